package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.query.JsonPath;
import dev.ordo.plugins.data.relation.RelationField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One entry of a level's output: a column, a function of one, or a related level. */
public sealed interface Selection {

    /** The key the value is written under. */
    String outputKey();

    /** A column, or the raw key of a relation read without sub-fields. */
    record Column(String outputKey, FieldOverview field) implements Selection {
    }

    /** A date part of a column: {@code year(date_created)} as {@code date_created_year}. */
    record DatePart(String outputKey, String function, FieldOverview field) implements Selection {
    }

    /** {@code json(metadata, a.b)}: the JSON value at a path inside a JSON column, keeping its JSON type. */
    record JsonValue(String outputKey, FieldOverview field, JsonPath path) implements Selection {
    }

    /** {@code count(tags)} of a JSON column: the length of the array it holds. */
    record JsonLength(String outputKey, FieldOverview field) implements Selection {
    }

    /**
     * {@code count(comments)}: the number of related items.
     *
     * @param counted the items counted: those matching the caller's permission filter on the related collection
     *                (variables resolved); every one when empty
     */
    record RelatedCount(String outputKey, RelationField.OneToMany relation, Optional<Filter> counted)
        implements Selection {
        public RelatedCount {
            Objects.requireNonNull(counted, "counted");
        }
    }

    /** The related item, read with its own selections. */
    record ManyToOne(String outputKey, FieldOverview field, RelationField.ManyToOne relation, ReadNode nested)
        implements Selection {
    }

    /**
     * The related items, read with their own selections and query; with {@code keysOnly} the output is the list of
     * their primary keys.
     */
    record OneToMany(String outputKey, RelationField.OneToMany relation, ReadNode nested, boolean keysOnly)
        implements Selection {
    }

    /** The item in whichever collection the row names, read with that collection's selections. */
    record AnyToOne(String outputKey, FieldOverview field, RelationField.AnyToOne relation,
                    Map<String, ReadNode> nested) implements Selection {
        public AnyToOne {
            nested = Collections.unmodifiableMap(new LinkedHashMap<>(nested));
        }
    }
}
