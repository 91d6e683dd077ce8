package dev.ordo.platform.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads and the write of the benchmarks as hand-written SQL over one JDBC connection, rows read into maps: the
 * floor the API is compared with (no HTTP, no JSON, no query language, no permissions). Each read answers what the
 * API answers: {@code *} includes the m2m field {@code tags}, so the pages read their articles' junction ids too.
 */
final class BlogSql {

    private final Connection connection;

    BlogSql(Connection connection) {
        this.connection = connection;
    }

    int firstPage() throws SQLException {
        return withTagIds(rows("SELECT id, title, status, views, published_on, body, author FROM articles "
            + "ORDER BY id LIMIT 25"));
    }

    int filteredSortedWithAuthor() throws SQLException {
        return withTagIds(rows("SELECT a.id, a.title, a.status, a.views, a.published_on, a.body, a.author, au.name "
            + "FROM articles a LEFT JOIN authors au ON au.id = a.author WHERE a.views > 500 "
            + "ORDER BY a.published_on DESC LIMIT 100"));
    }

    List<Map<String, Object>> countByStatus() throws SQLException {
        return rows("SELECT status, COUNT(*) FROM articles GROUP BY status ORDER BY status LIMIT 100");
    }

    int allArticlesWithTagIds() throws SQLException {
        List<Map<String, Object>> articles = rows("SELECT id, title, status, views, published_on, body, author "
            + "FROM articles ORDER BY id");
        List<Map<String, Object>> links = rows("SELECT id, articles_id, tags_id FROM articles_tags ORDER BY articles_id, id");
        return articles.size() + links.size();
    }

    int createOne() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO articles (title, status, views, author) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, "New");
            insert.setString(2, "draft");
            insert.setInt(3, 0);
            insert.setInt(4, 1);
            return insert.executeUpdate();
        }
    }

    /** The junction ids of {@code articles}' tags, read for all of them at once as the API reads a relation. */
    private int withTagIds(List<Map<String, Object>> articles) throws SQLException {
        List<Object> ids = articles.stream().map(article -> article.get("id")).toList();
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return articles.size() + rows("SELECT id, articles_id FROM articles_tags WHERE articles_id IN (" + placeholders
            + ") ORDER BY articles_id, id", ids).size();
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        return rows(sql, List.of());
    }

    private List<Map<String, Object>> rows(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                String[] labels = new String[meta.getColumnCount()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = meta.getColumnLabel(i + 1);
                }
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < labels.length; i++) {
                        row.put(labels[i], rows.getObject(i + 1));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }
}
