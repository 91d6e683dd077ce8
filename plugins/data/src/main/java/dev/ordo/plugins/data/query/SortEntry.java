package dev.ordo.plugins.data.query;

import java.util.Objects;

/**
 * One entry of {@code sort}: {@code -year(date)} is {@code year(date)} descending.
 *
 * @param expression the field path, function call or aggregate ({@code count.id}) to sort by
 */
public record SortEntry(String expression, boolean descending) {

    public SortEntry {
        Objects.requireNonNull(expression, "expression");
    }
}
