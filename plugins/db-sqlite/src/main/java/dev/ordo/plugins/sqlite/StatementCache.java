package dev.ordo.plugins.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The idle prepared statements of one SQLite connection, by SQL text, the least recently used closed past a bound.
 * SQLite compiles a statement when it is prepared, which for a small read costs about as much as running it, and
 * neither its driver nor the pool keeps statements; a data platform runs the same few over and over. Used by one
 * thread at a time, as its connection is.
 */
final class StatementCache {

    /** Statements kept per connection: the hot ones of a schema's reads and writes, a few MB at most per pool. */
    static final int CAPACITY = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > CAPACITY) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** An idle statement for {@code sql}, taken out of the cache while in use, or a new one. */
    PreparedStatement take(String sql) throws SQLException {
        PreparedStatement statement = idle.remove(sql);
        // A user may have closed the driver's statement itself (through a result set's getStatement()).
        return statement != null && !statement.isClosed() ? statement : connection.prepareStatement(sql);
    }

    /**
     * Keeps a statement its user is done with, reset: its results closed (which resets it in SQLite, ending the read
     * it held) and its values cleared. Closed instead when it cannot be reset or one for the same text is kept.
     */
    void giveBack(String sql, PreparedStatement statement, boolean maxRowsChanged) {
        try {
            statement.getMoreResults(Statement.CLOSE_CURRENT_RESULT);
            statement.clearParameters();
            if (maxRowsChanged) {
                statement.setMaxRows(0);
            }
        } catch (SQLException failure) {
            closeQuietly(statement);
            return;
        }
        if (idle.putIfAbsent(sql, statement) != null) {
            closeQuietly(statement);
        }
    }

    int size() {
        return idle.size();
    }

    /** Closes every kept statement, before the connection closes. */
    void closeAll() {
        List<PreparedStatement> statements = new ArrayList<>(idle.values());
        idle.clear();
        statements.forEach(StatementCache::closeQuietly);
    }

    static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // Only ever closed to free it: the connection is closing or the statement is of no further use.
        }
    }
}
