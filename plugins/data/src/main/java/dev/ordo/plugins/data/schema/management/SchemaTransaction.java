package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.plugins.data.errors.ConstraintErrors;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema change in progress: its connection (in a transaction), the overview as it was before the change,
 * the metadata writer, and the DDL of the backend with its refusals translated. A constraint the rows break
 * (NULLs under a new NOT NULL, duplicates under a new unique index, keys pointing nowhere under a new foreign
 * key) becomes its Directus error, placed on the table and column being changed when the database does not say;
 * a definition the backend cannot build, or the database refuses (a default or rows the type cannot hold), is 400
 * {@code INVALID_PAYLOAD}.
 */
public final class SchemaTransaction {

    @FunctionalInterface
    private interface Ddl {
        void run() throws SQLException;
    }

    private final Connection connection;
    private final SchemaBackend backend;
    private final String vendor;
    private final SchemaOverview overview;
    private final MetadataWriter metadata;
    private DatabaseSchema tables;

    SchemaTransaction(Connection connection, SchemaBackend backend, String vendor, SchemaOverview overview) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.overview = Objects.requireNonNull(overview, "overview");
        this.metadata = new MetadataWriter(connection, vendor);
    }

    /** The overview before this change. */
    public SchemaOverview overview() {
        return overview;
    }

    MetadataWriter metadata() {
        return metadata;
    }

    String vendor() {
        return vendor;
    }

    /** False on MySQL and MariaDB, where every DDL statement commits at once. */
    boolean transactionalDdl() {
        return !vendor.equals("mysql") && !vendor.equals("mariadb");
    }

    /** Rolls back what the transaction wrote since it began (on MySQL: since its last DDL statement). */
    void rollback() throws SQLException {
        connection.rollback();
    }

    /** The database's tables now, with this transaction's changes; read again after each DDL statement. */
    DatabaseSchema tables() throws SQLException {
        if (tables == null) {
            tables = backend.introspect(connection);
        }
        return tables;
    }

    boolean hasTable(String table) throws SQLException {
        return tables().table(table).isPresent();
    }

    void createTable(TableDefinition table, Map<String, ?> payload) throws SQLException {
        requireFits("Collection", table.name(), connection.getMetaData().getMaxTableNameLength());
        int columnLimit = connection.getMetaData().getMaxColumnNameLength();
        for (ColumnDefinition column : table.columns()) {
            requireFits("Field", column.name(), columnLimit);
        }
        ddl(table.name(), null, payload, () -> backend.createTable(connection, table));
    }

    void addColumn(String table, ColumnDefinition column, Map<String, ?> payload) throws SQLException {
        requireFits("Field", column.name(), connection.getMetaData().getMaxColumnNameLength());
        ddl(table, column.name(), payload, () -> backend.addColumn(connection, table, column));
    }

    void alterColumn(String table, ColumnDefinition column, Map<String, ?> payload) throws SQLException {
        ddl(table, column.name(), payload, () -> backend.alterColumn(connection, table, column));
    }

    void dropColumn(String table, String column) throws SQLException {
        ddl(table, column, Map.of(), () -> backend.dropColumn(connection, table, column));
    }

    void dropTable(String table) throws SQLException {
        ddl(table, null, Map.of(), () -> backend.dropTable(connection, table));
    }

    void addForeignKey(String table, String column, ForeignKeyDefinition key) throws SQLException {
        ddl(table, column, Map.of(), () -> backend.addForeignKey(connection, table, column, key));
    }

    void dropForeignKey(String table, String column) throws SQLException {
        ddl(table, column, Map.of(), () -> backend.dropForeignKey(connection, table, column));
    }

    /**
     * Refuses a name longer than the database allows ({@code limit} as its driver reports it, 0 for none):
     * PostgreSQL would cut it silently, leaving a table that does not match its metadata, and MariaDB fails. Counted
     * in UTF-8 bytes as PostgreSQL counts them, which is stricter than MariaDB's characters only for non-ASCII names.
     */
    private static void requireFits(String kind, String name, int limit) {
        if (limit > 0 && name.getBytes(StandardCharsets.UTF_8).length > limit) {
            throw new InvalidPayloadException(kind + " name \"" + name + "\" is longer than the database allows ("
                + limit + " bytes)");
        }
    }

    private void ddl(String table, String column, Map<String, ?> payload, Ddl statement) throws SQLException {
        try {
            statement.run();
        } catch (SQLException failure) {
            Optional<ConstraintViolation> violation = backend.constraintViolation(failure);
            if (violation.isEmpty() && backend.refusesDefinition(failure)) {
                throw new InvalidPayloadException(refusal(table, column, failure));
            }
            if (violation.isEmpty()) {
                throw failure;
            }
            ConstraintViolation found = violation.get();
            boolean thisTable = found.table().map(table::equals).orElse(true);
            ConstraintViolation located = thisTable
                ? new ConstraintViolation(found.kind(), Optional.of(table),
                    found.column().or(() -> Optional.ofNullable(column)))
                : found;
            throw ConstraintErrors.toError(located, table, payload);
        } catch (IllegalArgumentException | UnsupportedOperationException refused) {
            throw new InvalidPayloadException(reason(refused.getMessage()));
        } finally {
            tables = null;
        }
    }

    /** Names what was refused; the database's first line says why (a value, a type, a key). */
    private static String refusal(String table, String column, SQLException failure) {
        String what = column == null ? "Collection \"" + table + "\"" : "Field \"" + column + "\" of \"" + table + "\"";
        String why = failure.getMessage() == null ? "" : failure.getMessage().strip().lines().findFirst().orElse("");
        return what + " cannot be changed as asked: " + reason(why.replaceFirst("^ERROR: ", "")
            .replaceFirst("^\\(conn=\\d+\\) ", ""));
    }

    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "The database cannot make this change";
        }
        String reason = message.strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
