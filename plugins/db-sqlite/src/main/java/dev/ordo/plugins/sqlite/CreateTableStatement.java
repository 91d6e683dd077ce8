package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.SqlIdentifier.quote;

import dev.ordo.plugins.sqlite.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A table's {@code CREATE TABLE} statement as {@code sqlite_master} keeps it, taken apart into its column
 * definitions and table constraints so one of them can be changed and the statement written again. Everything
 * not changed (types, checks, collations, other keys, {@code WITHOUT ROWID}) is copied back as it was written,
 * which is what SQLite's documented table rebuild needs: a new table that differs only where asked.
 */
final class CreateTableStatement {

    private static final Set<String> TABLE_CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
        "FOREIGN");
    private static final Set<String> CLAUSE_STARTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
        "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    /** A column definition or a table constraint, in statement order. */
    sealed interface Definition permits Column, TableConstraint {
        String text();
    }

    /**
     * A column definition.
     *
     * @param nameText the name as written (quoted or not)
     * @param type     the declared type as written; empty when the column has none
     * @param clauses  its column constraints, each with an optional {@code CONSTRAINT name} prefix
     */
    record Column(String name, String nameText, String type, List<Clause> clauses) implements Definition {

        Column {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder(nameText);
            if (!type.isEmpty()) {
                text.append(' ').append(type);
            }
            clauses.forEach(clause -> text.append(' ').append(clause.text()));
            return text.toString();
        }

        boolean has(String kind) {
            return clauses.stream().anyMatch(clause -> clause.kind().equals(kind));
        }

        boolean isAutoIncrement() {
            return clauses.stream().anyMatch(clause -> clause.kind().equals("PRIMARY")
                && SqlTokens.tokenize(clause.text()).stream().anyMatch(token -> token.isWord("AUTOINCREMENT")));
        }

        Column without(Predicate<Clause> unwanted) {
            return new Column(name, nameText, type, clauses.stream().filter(unwanted.negate()).toList());
        }

        Column with(Clause clause) {
            List<Clause> more = new ArrayList<>(clauses);
            more.add(clause);
            return new Column(name, nameText, type, more);
        }
    }

    /**
     * A column constraint.
     *
     * @param kind the keyword that starts it once any {@code CONSTRAINT name} is skipped, upper case
     *             ({@code PRIMARY}, {@code NOT}, {@code NULL}, {@code UNIQUE}, {@code CHECK}, {@code DEFAULT},
     *             {@code COLLATE}, {@code REFERENCES}, {@code GENERATED})
     */
    record Clause(String kind, String text) {
    }

    /**
     * A table constraint.
     *
     * @param kind    {@code PRIMARY}, {@code UNIQUE}, {@code CHECK} or {@code FOREIGN}
     * @param columns the columns it lists (its own columns for a foreign key); empty for a check
     */
    record TableConstraint(String kind, List<String> columns, String text) implements Definition {

        TableConstraint {
            columns = List.copyOf(columns);
        }

        boolean involves(String column) {
            return kind.equals("CHECK") ? SqlTokens.mentions(text, column)
                : columns.stream().anyMatch(name -> name.equalsIgnoreCase(column));
        }

        boolean isOnlyOn(String column) {
            return columns.size() == 1 && columns.get(0).equalsIgnoreCase(column);
        }
    }

    private final List<Definition> definitions;
    /** What follows the closing parenthesis: {@code WITHOUT ROWID}, {@code STRICT}. */
    private final String options;

    private CreateTableStatement(List<Definition> definitions, String options) {
        this.definitions = List.copyOf(definitions);
        this.options = options;
    }

    static CreateTableStatement parse(String sql) {
        List<Token> tokens = SqlTokens.tokenize(sql);
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("AS") && open < 0) {
                throw new IllegalArgumentException("a table created with CREATE TABLE ... AS SELECT cannot be changed: "
                    + sql);
            }
            if (tokens.get(i).isSymbol("(")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            throw new IllegalArgumentException("not a CREATE TABLE statement: " + sql);
        }
        int close = SqlTokens.closingParenthesis(tokens, open);
        List<Definition> definitions = new ArrayList<>();
        int itemStart = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close; i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && depth > 0) {
                depth--;
            } else if (depth == 0 && (token.isSymbol(",") || i == close)) {
                if (i > itemStart) {
                    definitions.add(definition(sql, tokens.subList(itemStart, i)));
                }
                itemStart = i + 1;
            }
        }
        String options = close + 1 < tokens.size() ? sql.substring(tokens.get(close).end()).strip() : "";
        return new CreateTableStatement(definitions, options);
    }

    List<Definition> definitions() {
        return definitions;
    }

    Optional<Column> column(String name) {
        return columns().stream().filter(column -> column.name().equalsIgnoreCase(name)).findFirst();
    }

    List<Column> columns() {
        return definitions.stream().filter(Column.class::isInstance).map(Column.class::cast).toList();
    }

    List<TableConstraint> tableConstraints() {
        return definitions.stream().filter(TableConstraint.class::isInstance).map(TableConstraint.class::cast).toList();
    }

    /** True when the primary key is a table constraint ({@code PRIMARY KEY (a)}) rather than a column clause. */
    boolean hasTablePrimaryKey() {
        return tableConstraints().stream().anyMatch(constraint -> constraint.kind().equals("PRIMARY"));
    }

    CreateTableStatement withColumn(Column replacement) {
        List<Definition> changed = new ArrayList<>();
        for (Definition definition : definitions) {
            changed.add(definition instanceof Column column && column.name().equalsIgnoreCase(replacement.name())
                ? replacement : definition);
        }
        return new CreateTableStatement(changed, options);
    }

    /** Without the column and the table constraints that involve it; refuses to drop part of the primary key. */
    CreateTableStatement withoutColumn(String name) {
        List<Definition> changed = new ArrayList<>();
        for (Definition definition : definitions) {
            if (definition instanceof Column column && column.name().equalsIgnoreCase(name)) {
                continue;
            }
            if (definition instanceof TableConstraint constraint && constraint.involves(name)) {
                if (constraint.kind().equals("PRIMARY")) {
                    throw new IllegalArgumentException("cannot drop " + name + ": it is part of the primary key");
                }
                continue;
            }
            changed.add(definition);
        }
        return new CreateTableStatement(changed, options);
    }

    /** Without the foreign keys of {@code column}: its REFERENCES clauses and single-column FOREIGN KEY constraints. */
    CreateTableStatement withoutForeignKeysOf(String column) {
        return withoutConstraintsOf(column, "REFERENCES", "FOREIGN");
    }

    /** Without the UNIQUE clauses of {@code column} and the UNIQUE table constraints on it alone. */
    CreateTableStatement withoutUniqueConstraintsOf(String column) {
        return withoutConstraintsOf(column, "UNIQUE", "UNIQUE");
    }

    /** The statement for a table named {@code table}. */
    String render(String table) {
        List<String> parts = definitions.stream().map(Definition::text).toList();
        return "CREATE TABLE " + quote(table) + " (\n  " + String.join(",\n  ", parts) + "\n)"
            + (options.isEmpty() ? "" : " " + options);
    }

    private CreateTableStatement withoutConstraintsOf(String column, String clauseKind, String tableKind) {
        List<Definition> changed = new ArrayList<>();
        for (Definition definition : definitions) {
            if (definition instanceof Column existing && existing.name().equalsIgnoreCase(column)) {
                changed.add(existing.without(clause -> clause.kind().equals(clauseKind)));
            } else if (definition instanceof TableConstraint constraint && constraint.kind().equals(tableKind)
                && constraint.isOnlyOn(column)) {
                continue;
            } else {
                changed.add(definition);
            }
        }
        return new CreateTableStatement(changed, options);
    }

    private static Definition definition(String sql, List<Token> tokens) {
        String text = sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        Token first = tokens.get(0);
        if (first.kind() == SqlTokens.Kind.WORD && TABLE_CONSTRAINT_STARTS.contains(first.upper())) {
            return tableConstraint(tokens, text);
        }
        return column(sql, tokens);
    }

    private static TableConstraint tableConstraint(List<Token> tokens, String text) {
        int i = tokens.get(0).isWord("CONSTRAINT") ? 2 : 0;
        String kind = i < tokens.size() ? tokens.get(i).upper() : "CHECK";
        List<String> columns = new ArrayList<>();
        if (!kind.equals("CHECK")) {
            int open = i;
            while (open < tokens.size() && !tokens.get(open).isSymbol("(")) {
                open++;
            }
            if (open < tokens.size()) {
                int close = SqlTokens.closingParenthesis(tokens, open);
                boolean expectName = true;
                int depth = 0;
                for (int j = open + 1; j < close; j++) {
                    Token token = tokens.get(j);
                    if (token.isSymbol("(")) {
                        depth++;
                    } else if (token.isSymbol(")")) {
                        depth--;
                    } else if (depth == 0 && token.isSymbol(",")) {
                        expectName = true;
                    } else if (expectName && depth == 0) {
                        columns.add(token.name());
                        expectName = false;
                    }
                }
            }
        }
        return new TableConstraint(kind, columns, text);
    }

    private static Column column(String sql, List<Token> tokens) {
        Token nameToken = tokens.get(0);
        int i = 1;
        while (i < tokens.size() && !isClauseStart(tokens.get(i))) {
            i = tokens.get(i).isSymbol("(") ? SqlTokens.closingParenthesis(tokens, i) + 1 : i + 1;
        }
        String type = i > 1 ? sql.substring(tokens.get(1).start(), tokens.get(i - 1).end()) : "";
        List<Clause> clauses = new ArrayList<>();
        while (i < tokens.size()) {
            int start = i;
            if (tokens.get(i).isWord("CONSTRAINT")) {
                i = Math.min(i + 2, tokens.size() - 1);
            }
            String kind = tokens.get(i).upper();
            if (kind.equals("AS")) {
                kind = "GENERATED";
            }
            i++;
            if (kind.equals("NOT") && i < tokens.size() && tokens.get(i).isWord("NULL")) {
                i++;
            } else if (kind.equals("DEFAULT") && i < tokens.size()) {
                i = afterDefaultValue(tokens, i);
            }
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                if (token.isSymbol("(")) {
                    i = SqlTokens.closingParenthesis(tokens, i) + 1;
                    continue;
                }
                if (isClauseStart(token) && !continuesClause(kind, tokens, i)) {
                    break;
                }
                i++;
            }
            clauses.add(new Clause(kind, sql.substring(tokens.get(start).start(), tokens.get(i - 1).end())));
        }
        return new Column(nameToken.name(), nameToken.text(), type, clauses);
    }

    /** A default is one term: a parenthesised expression, a signed number or a single literal or keyword. */
    private static int afterDefaultValue(List<Token> tokens, int i) {
        Token value = tokens.get(i);
        if (value.isSymbol("(")) {
            return SqlTokens.closingParenthesis(tokens, i) + 1;
        }
        if ((value.isSymbol("-") || value.isSymbol("+")) && i + 1 < tokens.size()) {
            return i + 2;
        }
        return i + 1;
    }

    /** Keywords that would start a clause but belong to the one being read: {@code ON DELETE SET NULL}, ... */
    private static boolean continuesClause(String kind, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token previous = tokens.get(i - 1);
        if (kind.equals("REFERENCES")) {
            if ((token.isWord("NULL") || token.isWord("DEFAULT")) && previous.isWord("SET")) {
                return true;
            }
            return token.isWord("NOT") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("DEFERRABLE");
        }
        return kind.equals("GENERATED") && token.isWord("AS");
    }

    private static boolean isClauseStart(Token token) {
        return token.kind() == SqlTokens.Kind.WORD && CLAUSE_STARTS.contains(token.text().toUpperCase(Locale.ROOT));
    }
}
