package dev.ordo.plugins.data.transfer;

/**
 * Makes field names and text safe for XML 1.0. Field names can hold anything a database column name can, so a name
 * that is not an XML name is repaired rather than refused: each character an XML name cannot hold becomes {@code _}
 * (colons too, which namespace-aware parsers would read as an unbound prefix), and {@code _} goes in front of a name
 * that cannot start as it does ({@code 2fa} becomes {@code _2fa}). Distinct fields may therefore share an element name.
 */
final class XmlNames {

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private XmlNames() {
    }

    static String elementName(String name) {
        if (name.isEmpty()) {
            return "_";
        }
        StringBuilder safe = new StringBuilder(name.length() + 1);
        int first = name.codePointAt(0);
        if (!isNameStart(first) && isNameChar(first)) {
            safe.append('_');
        }
        name.codePoints().forEach(c -> {
            if (isNameChar(c)) {
                safe.appendCodePoint(c);
            } else {
                safe.append('_');
            }
        });
        return safe.toString();
    }

    /** {@code text} with every character XML 1.0 cannot carry (most control characters, lone surrogates) replaced by U+FFFD. */
    static String characters(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean valid = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!valid && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                if (valid) {
                    safe.appendCodePoint(c);
                } else {
                    safe.append(REPLACEMENT_CHARACTER);
                }
            }
            i += width;
        }
        return safe == null ? text : safe.toString();
    }

    // NameStartChar of XML 1.0 (fifth edition), without ':'.
    private static boolean isNameStart(int c) {
        return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z')
            || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
            || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
            || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
            || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
            || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
    }
}
