package dev.ordo.plugins.data.read;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.query.JsonPath;
import dev.ordo.plugins.data.query.SortEntry;
import dev.ordo.plugins.data.relation.Reasons;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code sort} entry: {@code -published_on}, {@code author.name}, {@code -comments.score},
 * {@code -year(date_created)}, {@code comments.likes.score}, {@code item:headings.level}. A path walks many-to-ones,
 * one-to-manys (a many-to-many is one: to the junction, then a many-to-one) and many-to-any fields scoped to one of
 * their collections ({@link RelationSteps}); the path keeps a scoped step as it is written ({@code item:headings}).
 */
final class SortTerms {

    private SortTerms() {
    }

    static SortTerm parse(SchemaContext schema, CollectionOverview collection, String entry, String path) {
        SortEntry sort = FieldPaths.sortEntry(entry);
        boolean descending = sort.descending();
        List<String> segments = FieldPaths.segments(sort.expression());
        List<String> fields = new ArrayList<>();
        CollectionOverview current = collection;
        String function = "";
        Optional<JsonPath> jsonPath = Optional.empty();
        List<SortTerm.ToMany> toMany = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            Optional<FunctionCall> call = FieldPaths.functionCall(segment);
            if (call.isPresent() && last) {
                function = call.get().name();
                segment = call.get().field();
            }
            String step = segment;
            String name = last ? segment : RelationSteps.field(segment);
            CollectionOverview owner = current;
            FieldOverview field = owner.field(name)
                .orElseThrow(() -> new ForbiddenException(Reasons.field(name, owner.name(), path)));
            if (call.isPresent() && last) {
                FieldFunctions.check(call.get(), field.type());
                jsonPath = call.get().isJson() ? Optional.of(call.get().path()) : Optional.empty();
            } else if (last && field.isAlias()) {
                // A one-to-many, many-to-many or presentation field has no column: there is no value to order by.
                throw new InvalidQueryException("Field \"" + name + "\" has no value of its own to sort by"
                    + (RelationSteps.target(schema, owner, step).isPresent() ? ": sort by one of its fields" : ""));
            }
            fields.add(step);
            if (!last) {
                Optional<CollectionOverview> target = RelationSteps.target(schema, owner, step);
                if (target.isEmpty()) {
                    throw new InvalidQueryException("Sorting is only possible through many-to-one and one-to-many "
                        + "fields and many-to-any scopes, not \"" + step + "\"");
                }
                if (schema.relations().field(owner.name(), name).orElseThrow() instanceof RelationField.OneToMany) {
                    toMany.add(new SortTerm.ToMany(i));
                }
                current = target.get();
            }
        }
        return new SortTerm(fields, function, descending, jsonPath, Optional.empty(), toMany);
    }
}
