package dev.ordo.plugins.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one table's indexes say about its columns.
 *
 * @param primaryKey     the primary key's columns in key order
 * @param uniqueColumns  columns that alone make up a unique index, in lower case
 * @param leadingColumns columns that come first in some index, in lower case
 */
record TableIndexes(List<String> primaryKey, Set<String> uniqueColumns, Set<String> leadingColumns) {

    static final TableIndexes NONE = new TableIndexes(List.of(), Set.of(), Set.of());

    /** MySQL names the primary key index PRIMARY, always. */
    private static final String PRIMARY = "PRIMARY";

    TableIndexes {
        primaryKey = List.copyOf(primaryKey);
        uniqueColumns = Set.copyOf(uniqueColumns);
        leadingColumns = Set.copyOf(leadingColumns);
    }

    /** Groups index rows (ordered by table, index and position) by table. */
    static Map<String, TableIndexes> byTable(List<Catalog.IndexRow> rows) {
        Map<String, Map<String, List<Catalog.IndexRow>>> indexesByTable = new HashMap<>();
        for (Catalog.IndexRow row : rows) {
            indexesByTable.computeIfAbsent(row.table(), t -> new LinkedHashMap<>())
                .computeIfAbsent(row.index(), i -> new ArrayList<>())
                .add(row);
        }
        Map<String, TableIndexes> byTable = new HashMap<>();
        indexesByTable.forEach((table, indexes) -> byTable.put(table, of(indexes)));
        return byTable;
    }

    private static TableIndexes of(Map<String, List<Catalog.IndexRow>> indexes) {
        List<String> primaryKey = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        Set<String> leading = new HashSet<>();
        indexes.forEach((name, parts) -> {
            if (name.equals(PRIMARY)) {
                parts.forEach(part -> primaryKey.add(part.column()));
            }
            // A part without a column is an expression (MySQL's functional indexes).
            Catalog.IndexRow first = parts.get(0);
            if (first.column() != null) {
                leading.add(key(first.column()));
                if (first.unique() && parts.size() == 1) {
                    unique.add(key(first.column()));
                }
            }
        });
        return new TableIndexes(primaryKey, unique, leading);
    }

    boolean isPrimaryKey(String column) {
        return primaryKey.stream().anyMatch(part -> part.equalsIgnoreCase(column));
    }

    boolean isUnique(String column) {
        return uniqueColumns.contains(key(column));
    }

    boolean isIndexed(String column) {
        return leadingColumns.contains(key(column)) || isUnique(column) || isPrimaryKey(column);
    }

    /** Column names are case-insensitive in MySQL, and the catalog's tables need not agree on their case. */
    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT);
    }
}
