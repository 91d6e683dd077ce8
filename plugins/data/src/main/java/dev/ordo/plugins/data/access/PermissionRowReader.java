package dev.ordo.plugins.data.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.query.FilterParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the {@code directus_permissions} rows of some policies through the items service, as the system (so the
 * rows are read whatever the caller may see). A row whose filter cannot be parsed grants nothing: a broken rule
 * must close access, not open it.
 */
final class PermissionRowReader {

    private static final System.Logger LOG = System.getLogger(PermissionRowReader.class.getName());
    private static final String COLLECTION = "directus_permissions";
    private static final List<String> COLUMNS =
        List.of("policy", "collection", "action", "permissions", "validation", "presets", "fields");

    private final Supplier<ItemsService> items;
    private final FilterParser filters = new FilterParser();
    // Validation rules may use operators a query may not (_regex, _submitted).
    private final FilterParser validations = FilterParser.forValidationRules();
    private final ObjectMapper json = new ObjectMapper();

    PermissionRowReader(Supplier<ItemsService> items) {
        this.items = items;
    }

    List<PermissionRow> read(List<String> policies) {
        if (policies.isEmpty()) {
            return List.of();
        }
        Query query = Query.fields(COLUMNS)
            .withFilter(Optional.of(new Filter.Condition("policy", "_in", List.copyOf(policies))))
            .withSort(List.of("id"))
            .withLimit(Optional.of(-1));
        List<PermissionRow> rows = new ArrayList<>();
        for (Map<String, Object> row : items.get().read(COLLECTION, query, Accountability.system()).data()) {
            toRow(row).ifPresent(rows::add);
        }
        return rows;
    }

    private Optional<PermissionRow> toRow(Map<String, Object> row) {
        try {
            Grant grant = new Grant(fields(row.get("fields")), filter(row.get("permissions"), filters),
                filter(row.get("validation"), validations), presets(row.get("presets")));
            return Optional.of(new PermissionRow(String.valueOf(row.get("policy")), String.valueOf(row.get("collection")),
                String.valueOf(row.get("action")), grant));
        } catch (InvalidQueryException | JsonProcessingException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring a permission row of policy " + row.get("policy")
                + " on " + row.get("collection") + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code fields} reads as a list (a CSV column); {@code null} opens no field. */
    private static Set<String> fields(Object value) {
        List<?> names = value instanceof List<?> list ? list
            : value == null ? List.of() : List.of(String.valueOf(value).split(","));
        Set<String> fields = new LinkedHashSet<>();
        for (Object name : names) {
            String field = String.valueOf(name).trim();
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** An empty filter ({@code {}} or none) opens every item, which is no filter at all. */
    private Optional<Filter> filter(Object value, FilterParser parser) throws JsonProcessingException {
        Object parsed = parsed(value);
        if (parsed == null) {
            return Optional.empty();
        }
        Filter filter = parser.parse(parsed);
        return filter.equals(Filter.EVERYTHING) ? Optional.empty() : Optional.of(filter);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> presets(Object value) throws JsonProcessingException {
        Object parsed = parsed(value);
        if (parsed == null) {
            return Map.of();
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("presets are not an object");
        }
        return (Map<String, Object>) parsed;
    }

    /** JSON columns read parsed; a database that stored the text as a JSON string gives it once more. */
    private Object parsed(Object value) throws JsonProcessingException {
        if (value instanceof String text) {
            return text.isBlank() || text.equals("null") ? null : json.readValue(text, Object.class);
        }
        return value;
    }
}
