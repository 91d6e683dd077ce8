package dev.ordo.plugins.data.read;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One output object of a read: a map over a shared {@link OutputLayout}, holding its values in an array. Every key of
 * the layout is present (with {@code null} until filled in), in layout order; keys outside the layout cannot be
 * added, and none can be removed. A read of ten thousand rows builds ten thousand of these, so they stay this small.
 */
final class OutputRow extends AbstractMap<String, Object> {

    private final OutputLayout layout;
    private final Object[] values;

    OutputRow(OutputLayout layout) {
        this.layout = layout;
        this.values = new Object[layout.size()];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return layout.position(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int position = layout.position(key);
        return position < 0 ? null : values[position];
    }

    /** Sets the value at {@code position} of the layout (see {@link OutputLayout#position}), as reading rows does. */
    void set(int position, Object value) {
        values[position] = value;
    }

    @Override
    public Object put(String key, Object value) {
        int position = layout.position(key);
        if (position < 0) {
            throw new IllegalArgumentException("\"" + key + "\" is not one of this level's output keys");
        }
        Object previous = values[position];
        values[position] = value;
        return previous;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(layout.key(i), values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int position = next++;
                        return new SimpleEntry<>(layout.key(position), values[position]) {
                            @Override
                            public Object setValue(Object value) {
                                values[position] = value;
                                return super.setValue(value);
                            }
                        };
                    }
                };
            }
        };
    }
}
