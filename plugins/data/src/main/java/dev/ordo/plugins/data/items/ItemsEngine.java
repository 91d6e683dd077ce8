package dev.ordo.plugins.data.items;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ServiceUnavailableException;
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
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shared machinery of the data path for one database: SQL flavour, value conversion, limits, the permission seam,
 * and how statements are run. Built once when the data module starts.
 *
 * @param batchSize {@code RELATIONAL_BATCH_SIZE}: keys per statement when reading related items
 */
public record ItemsEngine(Database database, Sql sql, ValueCodec codec, AccessRules access, QueryLimits limits,
                          OperatorCheck operators, FilterVariables variables, int batchSize,
                          SqlRunner.StatementListener listener) {

    private static final System.Logger LOG = System.getLogger(ItemsEngine.class.getName());

    /** How often a write that the database rolled back to break a deadlock is tried in all. */
    private static final int CONFLICT_ATTEMPTS = 4;

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

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back entirely when anything throws. When
     * the database rolls it back to settle a conflict with a concurrent transaction (a deadlock), {@code work} runs
     * again from the start, a few times; so it must build everything it writes inside, from values it does not change.
     *
     * @throws ServiceUnavailableException 503 when the conflicts persist
     */
    public <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(work);
            } catch (RuntimeException failure) {
                if (!TransactionConflicts.isConflict(failure)) {
                    throw failure;
                }
                if (attempt == CONFLICT_ATTEMPTS) {
                    throw new ServiceUnavailableException("database", "The write kept conflicting with concurrent "
                        + "writes and was rolled back; nothing was written, try again");
                }
                LOG.log(System.Logger.Level.DEBUG, "A write was rolled back to settle a conflict with a concurrent "
                    + "one; running it again (attempt {0} of {1})", attempt + 1, CONFLICT_ATTEMPTS);
                pauseBeforeAttempt(attempt);
            }
        }
    }

    /** {@link #write} without the retry, for work that cannot run twice (it consumes a stream of items). */
    public <T> T writeOnce(Work<T> work) {
        try {
            return database.inTransaction(connection -> work.run(new SqlRunner(connection, sql, listener)));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** A short random pause, longer after each attempt, so the conflicting transactions do not meet again at once. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("database", "The write was interrupted");
        }
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SqlRunner runner) throws SQLException;
    }
}
