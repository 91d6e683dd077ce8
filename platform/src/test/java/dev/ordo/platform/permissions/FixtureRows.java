package dev.ordo.platform.permissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random rows for the fixture, from the test's seeded {@link Random}: words and small numbers that repeat (so filters
 * match several items and sorts meet ties), nulls in every nullable field, articles owned by the caller, by someone
 * else or by no one.
 */
public final class FixtureRows {

    private static final List<String> STATUSES = List.of("published", "draft", "archived");

    private final Random random;

    public FixtureRows(Random random) {
        this.random = random;
    }

    public List<Map<String, Object>> authors(int count) {
        List<Map<String, Object>> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            authors.add(row("name", orNull(Words.pick(random)), "email", Words.pick(random) + i + "@example.com",
                "rank", orNull((long) random.nextInt(5))));
        }
        return authors;
    }

    public List<Map<String, Object>> articles(int count, String caller, String someoneElse, List<Long> authors) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String owner = List.of(caller, caller, someoneElse).get(random.nextInt(3));
            articles.add(row("title", orNull(Words.pick(random)), "body", orNull(Words.pick(random) + Words.pick(random)),
                "status", orNull(STATUSES.get(random.nextInt(STATUSES.size()))), "owner", orNull(owner),
                "score", orNull((long) random.nextInt(26) - 5), "secret", Words.pick(random),
                "author", orNull(authors.get(random.nextInt(authors.size())))));
        }
        return articles;
    }

    public List<Map<String, Object>> comments(int count, List<Long> articles, List<Long> authors) {
        List<Map<String, Object>> comments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            comments.add(row("article", orNull(articles.get(random.nextInt(articles.size()))),
                "author", orNull(authors.get(random.nextInt(authors.size()))), "text", orNull(Words.pick(random)),
                "stars", orNull((long) random.nextInt(6)), "note", Words.pick(random)));
        }
        return comments;
    }

    /** {@code value}, or null one time in seven. */
    private Object orNull(Object value) {
        return random.nextInt(7) == 0 ? null : value;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
