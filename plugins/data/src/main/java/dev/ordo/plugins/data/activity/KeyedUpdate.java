package dev.ordo.plugins.data.activity;

import dev.ordo.api.schema.CollectionOverview;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Sets the same column values on the rows with these primary keys. */
@FunctionalInterface
public interface KeyedUpdate {

    /** @param columns values as bound for each column ({@code ValueCodec.toDatabase}) */
    void update(CollectionOverview collection, Map<String, Object> columns, List<Object> keys) throws SQLException;
}
