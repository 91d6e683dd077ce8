package dev.ordo.plugins.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * A cached prepared statement lent to one user: closing it gives the statement back to its {@link StatementCache}
 * instead of freeing it, and it refuses use after that, as a closed statement does. A statement whose settings were
 * changed in ways the cache does not undo is closed for real.
 */
final class LentStatement implements InvocationHandler {

    /** Settings that would outlive the loan: the statement is not kept after one of these. */
    private static final Set<String> LASTING_SETTINGS = Set.of("setQueryTimeout", "setFetchSize", "setFetchDirection",
        "setMaxFieldSize", "setEscapeProcessing", "setPoolable", "setCursorName", "closeOnCompletion", "addBatch",
        "setLargeMaxRows");

    private final Connection connection;
    private final StatementCache cache;
    private final String sql;
    private final PreparedStatement statement;
    private boolean closed;
    private boolean maxRowsChanged;
    private boolean keepable = true;

    private LentStatement(Connection connection, StatementCache cache, String sql, PreparedStatement statement) {
        this.connection = connection;
        this.cache = cache;
        this.sql = sql;
        this.statement = statement;
    }

    static PreparedStatement lend(Connection connection, StatementCache cache, String sql) throws SQLException {
        LentStatement handler = new LentStatement(connection, cache, sql, cache.take(sql));
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class}, handler);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return CachingConnection.objectMethod(proxy, name, args);
        }
        switch (name) {
            case "close" -> {
                giveBack();
                return null;
            }
            case "isClosed" -> {
                return closed || statement.isClosed();
            }
            case "getConnection" -> {
                return connection;
            }
            default -> {
                if (closed) {
                    throw new SQLException("The statement is closed");
                }
            }
        }
        if (name.equals("setMaxRows")) {
            maxRowsChanged = true;
        } else if (LASTING_SETTINGS.contains(name)) {
            keepable = false;
        }
        return CachingConnection.call(statement, method, args);
    }

    private void giveBack() {
        if (closed) {
            return;
        }
        closed = true;
        if (keepable) {
            cache.giveBack(sql, statement, maxRowsChanged);
        } else {
            StatementCache.closeQuietly(statement);
        }
    }
}
