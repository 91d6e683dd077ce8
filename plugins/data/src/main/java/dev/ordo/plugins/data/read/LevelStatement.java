package dev.ordo.plugins.data.read;

import dev.ordo.plugins.data.sql.CompiledStatement;
import java.util.Optional;

/**
 * The rendered statement of one level and how its rows are read back.
 *
 * @param statement    the level's rows; for the children of a one-to-many, every child of the parents, uncut
 * @param cutPerParent for the children of a one-to-many with a limit: the same rows cut to each parent's limit and
 *                     offset by the database ({@code ROW_NUMBER()}), for when the uncut rows would be more than the
 *                     answer can hold
 */
record LevelStatement(CompiledStatement statement, LevelColumns columns, Optional<CompiledStatement> cutPerParent) {

    LevelStatement(CompiledStatement statement, LevelColumns columns) {
        this(statement, columns, Optional.empty());
    }
}
