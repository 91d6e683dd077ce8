package dev.ordo.plugins.mysql;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** MySQL identifiers: quoted with backticks, and constraint names kept within the server's 64 characters. */
final class Identifiers {

    static final int MAX_LENGTH = 64;

    private Identifiers() {
    }

    /** {@code a`b} becomes {@code `a``b`}. */
    static String quote(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a usable MySQL identifier: \"" + name.replace("\0", "\\0") + "\"");
        }
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * {@code <table>_<column>_<suffix>}, as Directus names its constraints. A name over 64 characters keeps its
     * start and ends in a hash of the whole, so it stays unique and the server accepts it.
     */
    static String constraintName(String table, String column, String suffix) {
        String name = table + "_" + column + "_" + suffix;
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        int keep = MAX_LENGTH - hash.length() - 1;
        return name.substring(0, name.offsetByCodePoints(0, keep)) + "_" + hash;
    }
}
