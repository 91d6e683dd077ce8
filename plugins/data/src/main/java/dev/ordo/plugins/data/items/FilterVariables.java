package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import java.util.function.UnaryOperator;

/** Resolves the dynamic variables of filters ({@code $NOW}, {@code $CURRENT_USER}, ...) for one caller. */
@FunctionalInterface
public interface FilterVariables {

    UnaryOperator<Filter> forCaller(Accountability caller);

    /**
     * Resolves one value the same way (a permission's preset): a variable's value, or the value itself. Without an
     * implementation values are left as they are.
     */
    default UnaryOperator<Object> valuesForCaller(Accountability caller) {
        return UnaryOperator.identity();
    }
}
