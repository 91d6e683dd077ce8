package dev.ordo.platform.permissions;

import java.util.List;
import java.util.Random;

/**
 * The words fixture texts are made of: lower-case ASCII letters only, so that every database compares, sorts and
 * matches them alike (MariaDB's collation ignores case, PostgreSQL's LIKE does not; neither matters here). Some hold an
 * "o", which one permission filter looks for.
 */
final class Words {

    private static final List<String> WORDS = List.of("ada", "bob", "olga", "nora", "ivan", "kim", "lena", "otto",
        "mira", "sam", "tove", "yuri", "kai", "anna", "joel", "petra");

    private Words() {
    }

    static String pick(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
