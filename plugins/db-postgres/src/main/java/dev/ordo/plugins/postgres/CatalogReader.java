package dev.ordo.plugins.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the tables and views of {@code current_schema()} from {@code pg_catalog} in exactly four queries,
 * whatever their number. {@code information_schema} is avoided: its views are slow on large schemas and hide
 * what the current role does not own.
 */
final class CatalogReader {

    /** The number of queries {@link #read} runs. */
    static final int QUERY_COUNT = 4;

    /**
     * Tables, partitioned tables, views and materialized views of the current schema. Partitions are left out
     * (their parent stands for them), and so are objects that belong to an extension (PostGIS's
     * {@code spatial_ref_sys}, {@code geometry_columns}, ...). The other queries take the oids found here as
     * their one parameter, so this filter runs once.
     */
    private static final String RELATION_QUERY = """
        SELECT c.oid, c.relname, c.relkind, n.nspname, d.description
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_description d
          ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
        WHERE n.nspname = current_schema()
          AND c.relkind IN ('r', 'p', 'v', 'm')
          AND NOT c.relispartition
          AND NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_depend dep
            WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')
        ORDER BY c.relname
        """;

    /**
     * Type names are formatted once per column (twice only for domains and PostGIS types). A default is
     * printed without its relation ({@code pg_get_expr(adbin, 0)}): defaults cannot refer to columns, and
     * opening each relation for its column names would cost more than the rest of the query. Generated
     * columns do refer to columns, so their expressions are printed with the relation.
     */
    private static final String COLUMN_QUERY = """
        SELECT a.attrelid, a.attname, a.attnum,
          format_type(a.atttypid, NULL) AS data_type,
          CASE WHEN t.typbasetype <> 0 THEN format_type(t.typbasetype, NULL) END AS domain_base_type,
          CASE WHEN t.typname IN ('geometry', 'geography') THEN format_type(a.atttypid, a.atttypmod) END
            AS postgis_type,
          COALESCE(NULLIF(t.typbasetype, 0), a.atttypid) AS base_type_oid,
          CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END AS type_modifier,
          a.attnotnull, a.attidentity, a.attgenerated,
          CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) ELSE pg_get_expr(ad.adbin, ad.adrelid) END
            AS expression,
          d.description
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_catalog.pg_description d
          ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
        WHERE a.attrelid = ANY (?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attrelid, a.attnum
        """;

    /** Clones of a partitioned table's foreign keys (conparentid <> 0) would repeat the parent's. */
    private static final String CONSTRAINT_QUERY = """
        SELECT con.conrelid, con.conname, con.contype, con.conkey::int4[] AS columns,
          fn.nspname AS foreign_schema, fc.relname AS foreign_table, fa.attname AS foreign_column,
          COALESCE(array_length(con.confkey, 1), 0) AS foreign_column_count,
          con.confupdtype, con.confdeltype
        FROM pg_catalog.pg_constraint con
        LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
        LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
        LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[1]
        WHERE con.conrelid = ANY (?::oid[]) AND con.contype IN ('p', 'f') AND con.conparentid = 0
        ORDER BY con.conrelid, con.conname
        """;

    /** Unique constraints are read here too: each is backed by a unique index. */
    private static final String INDEX_QUERY = """
        SELECT i.indrelid, i.indkey[0] AS first_column, i.indnkeyatts,
          i.indisunique, i.indisprimary, i.indpred IS NOT NULL AS partial
        FROM pg_catalog.pg_index i
        WHERE i.indrelid = ANY (?::oid[]) AND i.indisvalid
        """;

    private CatalogReader() {
    }

    static CatalogSnapshot read(Connection connection) throws SQLException {
        List<CatalogSnapshot.Relation> relations = relations(connection);
        String oids = relations.stream().map(relation -> Long.toString(relation.oid()))
            .collect(Collectors.joining(",", "{", "}"));
        return new CatalogSnapshot(
            relations,
            columns(connection, oids),
            constraints(connection, oids),
            indexes(connection, oids));
    }

    /** Runs a query whose one parameter is the relation oids, as an {@code oid[]} literal. */
    private static ResultSet forRelations(PreparedStatement statement, String oids) throws SQLException {
        statement.setString(1, oids);
        return statement.executeQuery();
    }

    private static List<CatalogSnapshot.Relation> relations(Connection connection) throws SQLException {
        List<CatalogSnapshot.Relation> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(RELATION_QUERY)) {
            while (result.next()) {
                rows.add(new CatalogSnapshot.Relation(
                    result.getLong("oid"),
                    result.getString("relname"),
                    result.getString("relkind"),
                    result.getString("nspname"),
                    Optional.ofNullable(result.getString("description"))));
            }
        }
        return rows;
    }

    private static List<CatalogSnapshot.Column> columns(Connection connection, String oids) throws SQLException {
        List<CatalogSnapshot.Column> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMN_QUERY);
             ResultSet result = forRelations(statement, oids)) {
            while (result.next()) {
                String dataType = result.getString("data_type");
                rows.add(new CatalogSnapshot.Column(
                    result.getLong("attrelid"),
                    result.getString("attname"),
                    result.getInt("attnum"),
                    dataType,
                    Optional.ofNullable(result.getString("domain_base_type")).orElse(dataType),
                    Optional.ofNullable(result.getString("postgis_type")).orElse(dataType),
                    result.getLong("base_type_oid"),
                    result.getInt("type_modifier"),
                    result.getBoolean("attnotnull"),
                    charColumn(result, "attidentity"),
                    charColumn(result, "attgenerated"),
                    Optional.ofNullable(result.getString("expression")),
                    Optional.ofNullable(result.getString("description"))));
            }
        }
        return rows;
    }

    private static List<CatalogSnapshot.Constraint> constraints(Connection connection, String oids) throws SQLException {
        List<CatalogSnapshot.Constraint> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINT_QUERY);
             ResultSet result = forRelations(statement, oids)) {
            while (result.next()) {
                rows.add(new CatalogSnapshot.Constraint(
                    result.getLong("conrelid"),
                    result.getString("conname"),
                    result.getString("contype"),
                    integers(result.getArray("columns")),
                    Optional.ofNullable(result.getString("foreign_schema")),
                    Optional.ofNullable(result.getString("foreign_table")),
                    Optional.ofNullable(result.getString("foreign_column")),
                    result.getInt("foreign_column_count"),
                    charColumn(result, "confupdtype"),
                    charColumn(result, "confdeltype")));
            }
        }
        return rows;
    }

    private static List<CatalogSnapshot.Index> indexes(Connection connection, String oids) throws SQLException {
        List<CatalogSnapshot.Index> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INDEX_QUERY);
             ResultSet result = forRelations(statement, oids)) {
            while (result.next()) {
                rows.add(new CatalogSnapshot.Index(
                    result.getLong("indrelid"),
                    result.getInt("first_column"),
                    result.getInt("indnkeyatts"),
                    result.getBoolean("indisunique"),
                    result.getBoolean("indisprimary"),
                    result.getBoolean("partial")));
            }
        }
        return rows;
    }

    /** A {@code "char"} column; its empty value (a zero byte) arrives as an empty string or null. */
    private static String charColumn(ResultSet result, String column) throws SQLException {
        String value = result.getString(column);
        return value == null ? "" : value.replace("\0", "").trim();
    }

    private static List<Integer> integers(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((Integer[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
