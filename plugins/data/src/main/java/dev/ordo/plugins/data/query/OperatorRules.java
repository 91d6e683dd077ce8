package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.schema.FieldType;
import java.util.List;
import java.util.Set;

/**
 * Which filter operators each field type allows (Directus's {@code getFilterOperatorsForType}), checked once the items
 * service has resolved a filter path to a field.
 *
 * <p>Kept as Directus has it: {@code timestamp}, {@code alias}, {@code unknown} and the geometry subtypes
 * ({@code geometry.Point}, ...) fall into the default list, so only a field typed exactly {@code geometry} takes the
 * spatial operators. {@code _nicontains}, {@code _ieq} and {@code _nieq} are in no list. A field with the
 * {@code conceal} special only allows the {@code hash} list, and a function ({@code year(date)},
 * {@code count(comments)}) is checked as its integer result.
 */
public final class OperatorRules {

    private static final Set<String> TEXT = Set.of("_eq", "_neq", "_contains", "_ncontains", "_icontains",
        "_starts_with", "_nstarts_with", "_istarts_with", "_nistarts_with", "_ends_with", "_nends_with", "_iends_with",
        "_niends_with", "_empty", "_nempty", "_null", "_nnull", "_in", "_nin");
    private static final Set<String> UUID = Set.of("_eq", "_neq", "_null", "_nnull", "_in", "_nin");
    private static final Set<String> BOOLEAN = Set.of("_eq", "_neq", "_null", "_nnull");
    private static final Set<String> ORDERED = Set.of("_eq", "_neq", "_lt", "_lte", "_gt", "_gte", "_between",
        "_nbetween", "_null", "_nnull", "_in", "_nin");
    private static final Set<String> JSON = Set.of("_null", "_nnull", "_json");
    private static final Set<String> HASH = Set.of("_empty", "_nempty", "_null", "_nnull");
    private static final Set<String> GEOMETRY = Set.of("_eq", "_neq", "_null", "_nnull", "_intersects",
        "_nintersects", "_intersects_bbox", "_nintersects_bbox");
    private static final Set<String> DEFAULT = Set.of("_contains", "_ncontains", "_eq", "_neq", "_lt", "_lte", "_gt",
        "_gte", "_between", "_nbetween", "_empty", "_nempty", "_null", "_nnull", "_in", "_nin");

    private static final String CONCEAL = "conceal";

    /** The operators (with their underscore) a field of {@code type} allows. */
    public Set<String> operatorsFor(FieldType type) {
        return switch (type) {
            case STRING, TEXT, CSV, BINARY -> TEXT;
            case UUID -> UUID;
            case BOOLEAN -> BOOLEAN;
            case INTEGER, BIG_INTEGER, FLOAT, DECIMAL, DATE, DATE_TIME, TIME -> ORDERED;
            case JSON -> JSON;
            case HASH -> HASH;
            case GEOMETRY -> GEOMETRY;
            default -> DEFAULT;
        };
    }

    /**
     * Fails when {@code operator} may not be used on the field.
     *
     * @param type      the field's type
     * @param specials  the field's specials ({@code conceal}, ...)
     * @param operator  the operator, with or without its leading underscore
     * @param fieldPath the path as written in the filter; when its last segment is a function call the function's
     *                  integer result is checked instead of the field
     * @throws InvalidQueryException {@code "<type>" field type does not contain the "<op>" filter operator}, or for a
     *                               concealed field {@code Field with "conceal" special does not allow the "<op>" filter
     *                               operator}
     */
    public void check(FieldType type, List<String> specials, String operator, String fieldPath) {
        String normalized = operator.startsWith("_") ? operator : "_" + operator;
        List<String> segments = FieldPaths.segments(fieldPath);
        boolean function = FieldPaths.functionCall(segments.get(segments.size() - 1)).isPresent();
        FieldType checkedType = function ? FieldType.INTEGER : type;
        if (!operatorsFor(checkedType).contains(normalized)) {
            throw new InvalidQueryException(
                "\"" + checkedType.id() + "\" field type does not contain the \"" + normalized + "\" filter operator");
        }
        if (!function && specials.contains(CONCEAL) && !HASH.contains(normalized)) {
            throw new InvalidQueryException(
                "Field with \"conceal\" special does not allow the \"" + normalized + "\" filter operator");
        }
    }
}
