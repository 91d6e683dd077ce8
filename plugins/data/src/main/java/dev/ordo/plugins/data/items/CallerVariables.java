package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.query.DynamicVariables;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The dynamic variables of the data module: {@link DynamicVariables}, with {@code $CURRENT_USER.<path>} and its kin
 * read from the caller's own user, role and policy rows ({@link UserVariables}).
 */
final class CallerVariables implements FilterVariables {

    private final DynamicVariables variables;
    private final Supplier<ItemsService> items;

    /** @param items the items service, looked up when a path variable is first resolved (it is built after this) */
    CallerVariables(DynamicVariables variables, Supplier<ItemsService> items) {
        this.variables = variables;
        this.items = items;
    }

    @Override
    public UnaryOperator<Filter> forCaller(Accountability caller) {
        UserVariables source = new UserVariables(items, caller);
        return filter -> variables.resolve(filter, caller, source);
    }

    @Override
    public UnaryOperator<Object> valuesForCaller(Accountability caller) {
        UserVariables source = new UserVariables(items, caller);
        return value -> variables.resolveValue(value, caller, source);
    }
}
