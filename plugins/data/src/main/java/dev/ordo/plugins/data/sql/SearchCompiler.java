package dev.ordo.plugins.data.sql;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.access.CollectionRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code search}: a case-insensitive substring match over the searchable text fields, and an exact match over
 * numeric and uuid fields when the term fits them (DATA-API.md §3.4). No applicable field matches nothing.
 */
public final class SearchCompiler {

    private SearchCompiler() {
    }

    public static Condition compile(String term, CollectionOverview collection, CollectionRules rules, String alias) {
        return compile(term, collection, rules, alias, field -> Optional.empty());
    }

    /**
     * @param shown per field, the condition under which the caller sees its value (empty: on every item); a field
     *              matches only where it is shown, so a search never reveals a hidden value
     */
    public static Condition compile(String term, CollectionOverview collection, CollectionRules rules, String alias,
                                    Function<String, Optional<Condition>> shown) {
        List<Condition> matches = new ArrayList<>();
        for (FieldOverview field : collection.fields().values()) {
            if (!searchable(field, rules)) {
                continue;
            }
            Condition match = match(term, field, alias);
            if (match != null) {
                Optional<Condition> condition = shown.apply(field.name());
                matches.add(condition.isPresent() ? condition.get().and(match) : match);
            }
        }
        return matches.isEmpty() ? DSL.falseCondition() : DSL.or(matches);
    }

    private static Condition match(String term, FieldOverview field, String alias) {
        var column = Sql.column(alias, field.name());
        FieldType type = field.type();
        if (type == FieldType.STRING || type == FieldType.TEXT) {
            return DSL.lower(column.coerce(SQLDataType.VARCHAR)).like(Operators.checkedPattern("%" + term.toLowerCase(Locale.ROOT) + "%"));
        }
        if (type == FieldType.INTEGER || type == FieldType.BIG_INTEGER) {
            try {
                return column.eq(DSL.val(Long.parseLong(term.trim())));
            } catch (NumberFormatException notAWholeNumber) {
                return null;
            }
        }
        if (type == FieldType.FLOAT || type == FieldType.DECIMAL) {
            try {
                return column.eq(DSL.val(new BigDecimal(term.trim())));
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        if (type == FieldType.UUID) {
            try {
                return column.eq(DSL.val(UUID.fromString(term.trim()).toString()));
            } catch (IllegalArgumentException notAUuid) {
                return null;
            }
        }
        return null;
    }

    private static boolean searchable(FieldOverview field, CollectionRules rules) {
        boolean flagged = field.meta().map(meta -> !Boolean.FALSE.equals(meta.get("searchable"))).orElse(true);
        return flagged && !field.isAlias() && !field.hasSpecial("conceal") && rules.allowsField(field.name());
    }
}
