package dev.ordo.plugins.data.sql;

/** Hands out table aliases ({@code t0}, {@code t1}, ...) unique within one statement. */
public final class TableAliases {

    private int next;

    public String next() {
        return "t" + next++;
    }
}
