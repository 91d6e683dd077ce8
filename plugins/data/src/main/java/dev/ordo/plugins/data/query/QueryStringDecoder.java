package dev.ordo.plugins.data.query;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a raw (percent-encoded) query string into nested maps, lists and strings exactly as the {@code qs} library
 * does for Directus: {@code a[b][c]=v} nests, {@code a[]=x} and {@code a[0]=x} build lists, repeated keys collect into a
 * list, {@code +} is a space, bracket groups past the depth limit stay part of the last key, and a list indexed past
 * the array limit (or grown past it) becomes a map keyed by index, which the sanitiser then rejects where a list is
 * expected. Only the first 1000 parameters are read, as {@code qs} does.
 *
 * <p>The result is deeply unmodifiable; its leaves are strings (and {@code true} where {@code qs} merges a plain value
 * into an object).
 */
final class QueryStringDecoder {

    static final int PARAMETER_LIMIT = 1000;

    private static final Pattern BRACKET_GROUP = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]{0,14}");
    // Lists are dense here (qs's are sparse): an index past this stays a map key whatever the configured limit, so a
    // single parameter cannot make the parser allocate a huge list.
    private static final int MAX_DENSE_INDEX = 100_000;
    // Names on Object.prototype: qs never turns them into keys when it merges a plain value into an object.
    private static final Set<String> PROTOTYPE_NAMES = Set.of("constructor", "hasOwnProperty", "isPrototypeOf",
        "propertyIsEnumerable", "toLocaleString", "toString", "valueOf", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__", "__proto__");

    private final int depth;
    private final int arrayLimit;

    QueryStringDecoder(int depth, int arrayLimit) {
        this.depth = depth;
        this.arrayLimit = arrayLimit;
    }

    Map<String, Object> decode(String rawQueryString) {
        if (rawQueryString == null || rawQueryString.isEmpty()) {
            return Map.of();
        }
        String query = rawQueryString.startsWith("?") ? rawQueryString.substring(1) : rawQueryString;
        Object result = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, Object> parameter : flatParameters(query).entrySet()) {
            Object nested = nest(parameter.getKey(), parameter.getValue());
            if (nested != null) {
                result = merge(result, nested);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) freeze(result);
        return frozen;
    }

    /** Step 1: {@code key=value} pairs, keys still bracketed, repeated keys combined. */
    private Map<String, Object> flatParameters(String query) {
        Map<String, Object> flat = new LinkedHashMap<>();
        int start = 0;
        for (int count = 0; count < PARAMETER_LIMIT && start <= query.length(); count++) {
            int end = query.indexOf('&', start);
            String part = end < 0 ? query.substring(start) : query.substring(start, end);
            int bracketEquals = part.indexOf("]=");
            int equals = bracketEquals < 0 ? part.indexOf('=') : bracketEquals + 1;
            String key = percentDecode(equals < 0 ? part : part.substring(0, equals));
            String value = equals < 0 ? "" : percentDecode(part.substring(equals + 1));
            flat.put(key, flat.containsKey(key) ? combine(flat.get(key), value) : value);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return flat;
    }

    /** Step 2: one parameter as a nested value, following its bracket groups up to the depth limit. */
    private Object nest(String key, Object value) {
        if (key.isEmpty()) {
            return null;
        }
        List<String> chain = new ArrayList<>();
        Matcher group = BRACKET_GROUP.matcher(key);
        boolean bracketed = depth > 0 && group.find();
        String parent = bracketed ? key.substring(0, group.start()) : key;
        if (!parent.isEmpty()) {
            chain.add(parent);
        }
        if (bracketed) {
            group.reset();
            int collected = 0;
            while (group.find()) {
                if (collected == depth) {
                    // Deeper groups stay one literal key, brackets and all.
                    chain.add("[" + key.substring(group.start()) + "]");
                    break;
                }
                chain.add(group.group());
                collected++;
            }
        }
        Object leaf = value;
        for (int i = chain.size() - 1; i >= 0; i--) {
            leaf = wrap(chain.get(i), leaf);
        }
        return leaf;
    }

    private Object wrap(String segment, Object leaf) {
        if (segment.equals("[]")) {
            return leaf instanceof Overflow ? leaf : combine(new ArrayList<>(), leaf);
        }
        boolean bracketed = segment.length() >= 2 && segment.startsWith("[") && segment.endsWith("]");
        String name = bracketed ? segment.substring(1, segment.length() - 1) : segment;
        if (bracketed && ARRAY_INDEX.matcher(name).matches()) {
            long index = Long.parseLong(name);
            if (index <= arrayLimit && index <= MAX_DENSE_INDEX) {
                List<Object> list = new ArrayList<>();
                setAt(list, (int) index, leaf);
                return list;
            }
            Overflow overflow = new Overflow();
            overflow.put(name, leaf);
            overflow.maxIndex = index;
            return overflow;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        if (!name.equals("__proto__")) {
            object.put(name, leaf);
        }
        return object;
    }

    /** qs {@code combine}: appends to a list, which turns into an index-keyed map once it outgrows the limit. */
    private Object combine(Object existing, Object value) {
        if (existing instanceof Overflow overflow) {
            overflow.append(value);
            return overflow;
        }
        List<Object> combined = new ArrayList<>();
        appendFlat(combined, existing);
        appendFlat(combined, value);
        if (combined.size() > arrayLimit) {
            Overflow overflow = new Overflow();
            for (int i = 0; i < combined.size(); i++) {
                if (combined.get(i) != null) {
                    overflow.put(String.valueOf(i), combined.get(i));
                }
            }
            overflow.maxIndex = combined.size() - 1L;
            return overflow;
        }
        return combined;
    }

    /** qs {@code merge}: how a parameter's nested value joins what earlier parameters built. */
    @SuppressWarnings("unchecked")
    private Object merge(Object target, Object source) {
        if (source == null || "".equals(source)) {
            return target;
        }
        boolean sourceIsContainer = source instanceof Map<?, ?> || source instanceof List<?>;
        if (!sourceIsContainer) {
            if (target instanceof List<?> list) {
                ((List<Object>) list).add(source);
            } else if (target instanceof Overflow overflow) {
                overflow.append(source);
            } else if (target instanceof Map<?, ?> map) {
                if (!PROTOTYPE_NAMES.contains(String.valueOf(source))) {
                    ((Map<String, Object>) map).put(String.valueOf(source), Boolean.TRUE);
                }
            } else {
                List<Object> pair = new ArrayList<>();
                pair.add(target);
                pair.add(source);
                return pair;
            }
            return target;
        }
        if (!(target instanceof Map<?, ?> || target instanceof List<?>)) {
            if (source instanceof Overflow sourceOverflow) {
                Overflow shifted = new Overflow();
                shifted.put("0", target);
                sourceOverflow.forEach((key, value) -> shifted.put(String.valueOf(Long.parseLong(key) + 1), value));
                shifted.maxIndex = sourceOverflow.maxIndex + 1;
                return shifted;
            }
            List<Object> joined = new ArrayList<>();
            joined.add(target);
            appendFlat(joined, source);
            return joined;
        }
        if (target instanceof List<?> targetList && source instanceof List<?> sourceList) {
            List<Object> list = (List<Object>) targetList;
            for (int i = 0; i < sourceList.size(); i++) {
                Object item = sourceList.get(i);
                if (item == null) {
                    continue; // a hole: forEach skips it
                }
                Object existing = i < list.size() ? list.get(i) : null;
                if (existing == null) {
                    setAt(list, i, item);
                } else if (isContainer(existing) && isContainer(item)) {
                    list.set(i, merge(existing, item));
                } else {
                    list.add(item);
                }
            }
            return list;
        }
        Map<String, Object> mergeTarget = target instanceof List<?> list ? indexKeyed(list) : (Map<String, Object>) target;
        for (Map.Entry<String, Object> entry : entriesOf(source).entrySet()) {
            String key = entry.getKey();
            mergeTarget.put(key, mergeTarget.containsKey(key) ? merge(mergeTarget.get(key), entry.getValue())
                : entry.getValue());
        }
        return mergeTarget;
    }

    private static Map<String, Object> entriesOf(Object container) {
        if (container instanceof List<?> list) {
            return indexKeyed(list);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) container;
        return map;
    }

    private static Map<String, Object> indexKeyed(List<?> list) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                map.put(String.valueOf(i), list.get(i));
            }
        }
        return map;
    }

    private static boolean isContainer(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    /** {@code [].concat(value)}: a list contributes its items (holes included), anything else itself. */
    private static void appendFlat(List<Object> target, Object value) {
        if (value instanceof List<?> list) {
            target.addAll(list);
        } else {
            target.add(value);
        }
    }

    private static void setAt(List<Object> list, int index, Object value) {
        while (list.size() <= index) {
            list.add(null);
        }
        list.set(index, value);
    }

    /** Drops list holes (qs {@code compact}) and makes everything unmodifiable. */
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), freeze(entry)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object entry : list) {
                if (entry != null) {
                    copy.add(freeze(entry));
                }
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * {@code decodeURIComponent} after turning {@code +} into spaces; text that does not decode (a stray {@code %},
     * bytes that are not UTF-8) is kept as it is, like qs does.
     */
    static String percentDecode(String text) {
        String withSpaces = text.replace('+', ' ');
        if (withSpaces.indexOf('%') < 0) {
            return withSpaces;
        }
        StringBuilder decoded = new StringBuilder(withSpaces.length());
        int i = 0;
        while (i < withSpaces.length()) {
            char c = withSpaces.charAt(i);
            if (c != '%') {
                decoded.append(c);
                i++;
                continue;
            }
            ByteBuffer bytes = ByteBuffer.allocate(withSpaces.length() / 3 + 1);
            while (i < withSpaces.length() && withSpaces.charAt(i) == '%') {
                if (i + 2 >= withSpaces.length()) {
                    return withSpaces;
                }
                int high = Character.digit(withSpaces.charAt(i + 1), 16);
                int low = Character.digit(withSpaces.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return withSpaces;
                }
                bytes.put((byte) (high * 16 + low));
                i += 3;
            }
            bytes.flip();
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
                decoded.append(chars);
            } catch (CharacterCodingException e) {
                return withSpaces;
            }
        }
        return decoded.toString();
    }

    /** A list that outgrew the array limit, now a map keyed by index; remembers the last index for appends. */
    private static final class Overflow extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        private long maxIndex = -1;

        void append(Object value) {
            maxIndex++;
            put(String.valueOf(maxIndex), value);
        }
    }
}
