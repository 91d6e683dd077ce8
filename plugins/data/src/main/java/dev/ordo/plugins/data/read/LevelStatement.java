package dev.ordo.plugins.data.read;

import dev.ordo.plugins.data.sql.CompiledStatement;

/** The rendered statement of one level and how its rows are read back. */
record LevelStatement(CompiledStatement statement, LevelColumns columns) {
}
