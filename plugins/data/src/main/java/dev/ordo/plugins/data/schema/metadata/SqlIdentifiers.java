package dev.ordo.plugins.data.schema.metadata;

import java.util.Objects;

/**
 * Quotes identifiers for the connected SQL flavour. Metadata tables have columns named after reserved words
 * ({@code group}), so every identifier is quoted.
 */
public final class SqlIdentifiers {

    private final char quote;

    /** @param vendor {@code sqlite}, {@code postgres}, {@code mysql} or {@code mariadb} */
    public SqlIdentifiers(String vendor) {
        Objects.requireNonNull(vendor, "vendor");
        this.quote = vendor.equals("mysql") || vendor.equals("mariadb") ? '`' : '"';
    }

    public String quote(String identifier) {
        String doubled = identifier.replace(String.valueOf(quote), String.valueOf(quote) + quote);
        return quote + doubled + quote;
    }
}
