package dev.ordo.plugins.data.query;

import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Filter.Quantifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of one {@code _and} written under the same relational field, gathered under it once: they must all
 * hold on one related item (or, where there is none, on the row of nulls standing for it). For a to-many field that is
 * the point (DATA-API.md §3.3.5: Directus joins the related item once for all of them); for a to-one field, whose
 * related item is one anyway, it changes nothing. {@code _some} and {@code _none} are left apart, as Directus leaves them.
 */
final class SameItemConditions {

    private SameItemConditions() {
    }

    /** {@code conjuncts} with every group of implicit filters on one field merged into one, in first-seen order. */
    static List<Filter> merged(List<Filter> conjuncts) {
        Map<String, List<Filter>> byField = new LinkedHashMap<>();
        for (Filter conjunct : conjuncts) {
            if (conjunct instanceof Filter.Related related && related.quantifier() == Quantifier.IMPLICIT) {
                byField.computeIfAbsent(related.field(), field -> new ArrayList<>()).add(related.filter());
            }
        }
        List<Filter> merged = new ArrayList<>(conjuncts.size());
        for (Filter conjunct : conjuncts) {
            if (!(conjunct instanceof Filter.Related related) || related.quantifier() != Quantifier.IMPLICIT) {
                merged.add(conjunct);
                continue;
            }
            List<Filter> inner = byField.remove(related.field());
            if (inner == null) {
                continue;
            }
            merged.add(inner.size() == 1 ? conjunct
                : new Filter.Related(related.field(), Quantifier.IMPLICIT, together(inner)));
        }
        return merged;
    }

    /** The filters of one related item as one, merged again a level down. */
    private static Filter together(List<Filter> filters) {
        List<Filter> conjuncts = new ArrayList<>();
        for (Filter filter : filters) {
            if (filter instanceof Filter.And and) {
                conjuncts.addAll(and.filters());
            } else {
                conjuncts.add(filter);
            }
        }
        List<Filter> merged = merged(conjuncts);
        return merged.size() == 1 ? merged.get(0) : new Filter.And(merged);
    }
}
