package dev.ordo.platform.permissions;

import static dev.ordo.platform.permissions.FixtureSchema.ARTICLES;
import static dev.ordo.platform.permissions.FixtureSchema.AUTHORS;
import static dev.ordo.platform.permissions.FixtureSchema.COMMENTS;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The restricted caller's read permissions, each written twice: as Ordo stores it (a field list and a filter in JSON)
 * and as a Java rule the oracle applies to the raw rows. Two policies come through the caller's role, one is attached
 * to the caller directly. Some fields are never granted ({@code owner}, {@code secret}, {@code email}, {@code note});
 * {@code owner} is still what one of the filters reads.
 */
public final class FixturePolicies {

    private FixturePolicies() {
    }

    /** Whether a permission opens a stored row. */
    @FunctionalInterface
    public interface RowRule {
        boolean test(Row row, Dataset data);
    }

    /** One read permission: its collection, the fields it lists, its item filter (null: every item) and that in Java. */
    public record Grant(String collection, Set<String> fields, Map<String, Object> filter, RowRule rule) {
        public Grant {
            fields = Set.copyOf(fields);
        }

        public boolean covers(String field) {
            return fields.contains("*") || fields.contains(field);
        }
    }

    /** A policy, attached to the caller's role or to the caller. */
    public record Policy(String name, boolean onUser, List<Grant> grants) {
        public Policy {
            grants = List.copyOf(grants);
        }
    }

    public static List<Policy> of(String userId) {
        Policy published = new Policy("Published articles", false, List.of(
            new Grant(ARTICLES, Set.of("id", "title", "status", "author", "comments", "score"),
                Map.of("status", Map.of("_eq", "published")), (row, data) -> "published".equals(row.get("status"))),
            new Grant(AUTHORS, Set.of("id", "name"), Map.of("rank", Map.of("_gte", 2)),
                (row, data) -> row.get("rank") != null && (Long) row.get("rank") >= 2),
            new Grant(COMMENTS, Set.of("id", "text", "article", "author"), Map.of("stars", Map.of("_gte", 2)),
                (row, data) -> row.get("stars") != null && (Long) row.get("stars") >= 2)));
        Policy everyAuthor = new Policy("Every author's key", false, List.of(
            new Grant(AUTHORS, Set.of("id"), null, (row, data) -> true)));
        Policy own = new Policy("Own articles", true, List.of(
            new Grant(ARTICLES, Set.of("id", "body", "score", "author"), Map.of("owner", Map.of("_eq", "$CURRENT_USER")),
                (row, data) -> userId.equals(row.get("owner"))),
            new Grant(AUTHORS, Set.of("id", "rank"), Map.of("name", Map.of("_contains", "o")),
                (row, data) -> row.get("name") != null && ((String) row.get("name")).contains("o")),
            new Grant(COMMENTS, Set.of("id", "stars", "text"),
                Map.of("article", Map.of("owner", Map.of("_eq", "$CURRENT_USER"))),
                (row, data) -> data.row(ARTICLES, row.get("article"))
                    .map(article -> userId.equals(article.get("owner"))).orElse(false))));
        return List.of(published, everyAuthor, own);
    }
}
