package dev.ordo.api.query;

import java.util.List;
import java.util.Objects;

/**
 * A filter in the Directus query language, parsed: logical groups, conditions on fields of the current collection,
 * and conditions reached through a relation. Values are plain JSON values ({@code String}, {@code Number},
 * {@code Boolean}, {@code List}, {@code null}); dynamic variables such as {@code $NOW} or {@code $CURRENT_USER} are
 * still unresolved strings until {@link dev.ordo.api.items.ItemsService} resolves them for a caller.
 */
public sealed interface Filter {

    /** Matches every item: the empty filter {@code {}}. */
    Filter EVERYTHING = new And(List.of());

    /** {@code _and}: every filter matches (an empty list matches everything). */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    /** {@code _or}: at least one filter matches (an empty list matches nothing). */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    /**
     * {@code {"<field>": {"<operator>": value}}} on a field of the current collection.
     *
     * @param field    a field name, or a function of one: {@code year(date_created)}, {@code count(comments)}
     * @param operator the operator with its underscore: {@code _eq}, {@code _in}, {@code _between}, ...
     * @param value    the operand; {@code null} is a real JSON null (for {@code _eq}: IS NULL)
     */
    record Condition(String field, String operator, Object value) implements Filter {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }
    }

    /**
     * A filter on the collection reached through {@code field}: a many-to-one (the related item must match), a
     * one-to-many or many-to-many alias (some, or with {@link Quantifier#NONE} no, related item matches), or a
     * many-to-any scope written {@code item:<collection>}.
     */
    record Related(String field, Quantifier quantifier, Filter filter) implements Filter {
        public Related {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(quantifier, "quantifier");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** How a condition on a to-many relation counts its items. */
    enum Quantifier {
        /**
         * Written without a quantifier: for to-many relations as {@link #SOME}, except that an item without related
         * items matches when the conditions hold on a row of nulls (Directus's LEFT JOIN).
         */
        IMPLICIT,
        /** {@code _some}: at least one related item matches. */
        SOME,
        /** {@code _none}: no related item matches. */
        NONE
    }
}
