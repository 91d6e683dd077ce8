package dev.ordo.plugins.data.items;

import dev.ordo.api.db.Database;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.read.QueryLimits;
import java.util.function.UnaryOperator;

/** For tests outside this package: the items service's read side over a database, with the given rules. */
public final class ReadOnlyItemsServices {

    private ReadOnlyItemsServices() {
    }

    public static DataItemsService over(Database database, SchemaService schema, AccessRules rules) {
        ItemsEngine engine = ItemsEngine.create(database, rules, new QueryLimits(100, -1),
            (type, specials, operator, path) -> { }, caller -> UnaryOperator.identity(), 25000, sql -> { });
        return new DataItemsService(engine, new SchemaContexts(schema), null);
    }
}
