package dev.ordo.plugins.data.items;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.db.Database;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.sql.OperatorCheck;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.Temporals;
import dev.ordo.plugins.data.values.ValueCodec;
import dev.ordo.plugins.data.values.Vendor;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The shared machinery of the data path for one database: SQL flavour, value conversion, limits, the permission seam,
 * and how statements are run. Built once when the data module starts.
 *
 * @param batchSize {@code RELATIONAL_BATCH_SIZE}: keys per statement when reading related items
 */
public record ItemsEngine(Database database, Sql sql, ValueCodec codec, AccessRules access, QueryLimits limits,
                          OperatorCheck operators, FilterVariables variables, int batchSize,
                          SqlRunner.StatementListener listener) {

    public static ItemsEngine create(Database database, AccessRules access, QueryLimits limits, OperatorCheck operators,
                                     FilterVariables variables, int batchSize, SqlRunner.StatementListener listener) {
        Vendor vendor = Vendor.of(database.vendor());
        ValueCodec codec = new ValueCodec(vendor, new Temporals(ZoneId.systemDefault()), new ObjectMapper());
        return new ItemsEngine(database, new Sql(vendor), codec, access, limits, operators, variables, batchSize,
            listener);
    }

    /** Runs {@code work} on a pooled connection. */
    public <T> T read(Work<T> work) {
        try {
            return database.withConnection(connection -> work.run(new SqlRunner(connection, sql, listener)));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back entirely when anything throws. */
    public <T> T write(Work<T> work) {
        try {
            return database.inTransaction(connection -> work.run(new SqlRunner(connection, sql, listener)));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SqlRunner runner) throws SQLException;
    }
}
