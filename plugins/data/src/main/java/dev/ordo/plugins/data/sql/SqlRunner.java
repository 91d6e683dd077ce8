package dev.ordo.plugins.data.sql;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.plugins.data.values.Vendor;
import org.jooq.Query;

/**
 * Runs statements over plain JDBC on one connection: jOOQ-built ones (rendered with {@code ?} placeholders on the
 * way) or {@link CompiledStatement}s rendered earlier; binds the values and hands each row to a mapper. Every statement of the data path goes through here, so it is also
 * where statements are counted.
 */
public final class SqlRunner {

    private final Connection connection;
    private final Sql sql;
    private final StatementListener listener;

    public SqlRunner(Connection connection, Sql sql, StatementListener listener) {
        this.connection = connection;
        this.sql = sql;
        this.listener = listener;
    }

    public Connection connection() {
        return connection;
    }

    public <T> List<T> query(Query query, RowMapper<T> mapper) throws SQLException {
        return query(CompiledStatement.of(sql, query), mapper);
    }

    /** Runs a statement rendered earlier (its key slot, if any, filled). */
    public <T> List<T> query(CompiledStatement compiled, RowMapper<T> mapper) throws SQLException {
        return query(compiled, mapper, 0);
    }

    /**
     * Runs a statement rendered earlier and reads at most {@code maxRows} of its rows ({@code 0}: all). The database
     * stops there (JDBC's {@code setMaxRows}), so the cap costs no change to the statement's text.
     */
    public <T> List<T> query(CompiledStatement compiled, RowMapper<T> mapper, int maxRows) throws SQLException {
        if (compiled.hasKeySlot()) {
            throw new IllegalStateException("a statement must have its key slot filled before it runs");
        }
        listener.statement(compiled.sql());
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            }
            bind(statement, compiled.binds());
            try (ResultSet rows = statement.executeQuery()) {
                List<T> mapped = new ArrayList<>();
                while (rows.next()) {
                    mapped.add(mapper.map(rows));
                }
                return mapped;
            }
        }
    }

    /** Runs an insert, update or delete and returns the number of rows it changed. */
    public int execute(Query query) throws SQLException {
        CompiledStatement compiled = CompiledStatement.of(sql, query);
        listener.statement(compiled.sql());
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            bind(statement, compiled.binds());
            return statement.executeUpdate();
        }
    }

    private void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof BoundList.Values list) {
                for (Object element : list.values()) {
                    statement.setObject(index++, bindable(element));
                }
            } else {
                statement.setObject(index++, bindable(value));
            }
        }
    }

    private Object bindable(Object value) {
        if (sql.vendor() == Vendor.POSTGRES && value instanceof String text && text.indexOf('\u0000') >= 0) {
            // PostgreSQL's text cannot hold it and refuses the whole statement. Written values are refused earlier,
            // naming their field (ValueCodec); what gets here is a filter pattern or a search.
            throw new InvalidQueryException("PostgreSQL text cannot hold the NUL character (\\u0000)");
        }
        return value instanceof BigInteger big && sql.vendor() == Vendor.SQLITE ? big.toString() : value;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Hears every statement before it runs (to count them in tests, or to log them). */
    @FunctionalInterface
    public interface StatementListener {
        StatementListener NONE = sql -> { };

        void statement(String sql);
    }
}
