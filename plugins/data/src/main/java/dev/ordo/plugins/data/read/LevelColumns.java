package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.sql.DateParts;
import dev.ordo.plugins.data.sql.FilterCompiler;
import dev.ordo.plugins.data.sql.JsonSql;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The columns one level selects, in order, and how each one is read back into a {@link FetchedItem}. Every column is
 * named {@code c<n>} so levels can be wrapped in derived tables and read by position.
 */
final class LevelColumns {

    private final List<Field<?>> fields = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final OutputLayout layout;

    private LevelColumns(ReadNode node) {
        this.layout = OutputLayout.of(node.selections());
    }

    /**
     * @param shown per field, the condition under which the caller sees it (empty: on every item). Such fields are
     *              read as {@code CASE WHEN <condition> THEN <value> END}: null where the permissions hide them
     *              (PLATFORM.md §2.5).
     */
    static LevelColumns of(ReadNode node, String alias, FilterCompiler filters, ValueCodec codec,
                           Function<String, Optional<Condition>> shown) {
        LevelColumns columns = new LevelColumns(node);
        FieldOverview primaryKey = node.collection().field(node.primaryKey()).orElseThrow();
        columns.add(Sql.column(alias, primaryKey.name()), new Slot(SlotKind.PRIMARY_KEY, null, primaryKey, null));
        for (Selection selection : node.selections()) {
            if (selection instanceof Selection.Column column) {
                columns.add(visible(shown, column.field().name(), Sql.column(alias, column.field().name())),
                    new Slot(SlotKind.OUTPUT, column.outputKey(), column.field(), null));
            } else if (selection instanceof Selection.DatePart part) {
                columns.add(visible(shown, part.field().name(), DateParts.of(codec.vendor(), part.function(),
                    Sql.column(alias, part.field().name()), part.field().type())),
                    new Slot(SlotKind.NUMBER, part.outputKey(), null, null));
            } else if (selection instanceof Selection.JsonValue value) {
                columns.add(visible(shown, value.field().name(),
                    new JsonSql(codec.vendor()).json(Sql.column(alias, value.field().name()), value.path())),
                    new Slot(SlotKind.JSON, value.outputKey(), value.field(), null));
            } else if (selection instanceof Selection.JsonLength length) {
                columns.add(visible(shown, length.field().name(),
                    new JsonSql(codec.vendor()).arrayLength(Sql.column(alias, length.field().name()))),
                    new Slot(SlotKind.NUMBER, length.outputKey(), null, null));
            } else if (selection instanceof Selection.RelatedCount count) {
                columns.add(visible(shown, count.relation().field(), filters.countOf(count.relation(), node.collection(),
                    alias, count.counted())), new Slot(SlotKind.NUMBER, count.outputKey(), null, null));
            } else if (selection instanceof Selection.ManyToOne m2o) {
                columns.add(visible(shown, m2o.field().name(), Sql.column(alias, m2o.field().name())),
                    new Slot(SlotKind.LINK, null, m2o.field(), selection));
            } else if (selection instanceof Selection.AnyToOne a2o) {
                columns.add(visible(shown, a2o.field().name(), Sql.column(alias, a2o.field().name())),
                    new Slot(SlotKind.LINK, null, a2o.field(), selection));
                FieldOverview collectionField = node.collection().field(a2o.relation().collectionField()).orElseThrow();
                columns.add(visible(shown, a2o.field().name(), Sql.column(alias, collectionField.name())),
                    new Slot(SlotKind.LINKED_COLLECTION, null, collectionField, selection));
            } else if (selection instanceof Selection.OneToMany o2m) {
                Optional<Condition> listShown = shown.apply(o2m.relation().field());
                if (listShown.isPresent()) {
                    // The children are read by their own statement; this column says on which items the list shows.
                    columns.add(DSL.when(listShown.get(), DSL.inline(1)).else_(DSL.inline(0)),
                        new Slot(SlotKind.SHOWN, null, null, selection));
                }
            }
        }
        return columns;
    }

    /** The select list, each column named {@code c<n>}. */
    List<Field<?>> fields() {
        return fields;
    }

    int size() {
        return fields.size();
    }

    /** Reads the columns of this level from {@code row}, starting at column {@code first} (1-based). */
    FetchedItem read(ResultSet row, int first, ValueCodec codec) throws SQLException {
        FetchedItem item = new FetchedItem(layout);
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            int index = first + i;
            switch (slot.kind()) {
                case PRIMARY_KEY -> item.primaryKey = codec.read(row, index, slot.field());
                case OUTPUT -> item.output.set(slot.position(), codec.read(row, index, slot.field()));
                case NUMBER -> {
                    long value = row.getLong(index);
                    item.output.set(slot.position(), row.wasNull() ? null : value);
                }
                case JSON -> {
                    // JSON text from the database, parsed so the value keeps its JSON type.
                    String text = row.getString(index);
                    item.output.set(slot.position(), text == null ? null : codec.toWire(slot.field(), text));
                }
                case LINK -> item.link(slot.selection(), codec.read(row, index, slot.field()));
                case SHOWN -> {
                    if (row.getInt(index) == 0) {
                        item.hide(slot.selection());
                    }
                }
                case LINKED_COLLECTION -> {
                    Object collection = codec.read(row, index, slot.field());
                    item.linkedCollection(slot.selection(), collection == null ? null : collection.toString());
                }
            }
        }
        return item;
    }

    private void add(Field<?> field, Slot slot) {
        fields.add(field.as(DSL.name("c" + fields.size())));
        // Output columns are written by their place in the layout, found once here rather than per row.
        slots.add(slot.key() == null ? slot : slot.at(layout.position(slot.key())));
    }

    private enum SlotKind { PRIMARY_KEY, OUTPUT, NUMBER, JSON, LINK, LINKED_COLLECTION, SHOWN }

    /** {@code value} as the caller sees it: null on the items where {@code field} is hidden. */
    private static Field<?> visible(Function<String, Optional<Condition>> shown, String field, Field<?> value) {
        Optional<Condition> condition = shown.apply(field);
        return condition.isPresent() ? DSL.when(condition.get(), value) : value;
    }

    /** @param position the key's place in the output layout; -1 for columns that are not output */
    private record Slot(SlotKind kind, String key, FieldOverview field, Selection selection, int position) {

        Slot(SlotKind kind, String key, FieldOverview field, Selection selection) {
            this(kind, key, field, selection, -1);
        }

        Slot at(int place) {
            return new Slot(kind, key, field, selection, place);
        }
    }
}
