package com.cacfiling.web.filing;

import java.util.Map;
import java.util.Set;

/**
 * What a step's save did to the rows of its tables (products, flow steps, risks, measures): the rows that moved,
 * from their path on the page the user saw to their path now, and the rows removed. Comments made on a row follow it.
 */
public record RowChanges(Map<String, String> moved, Set<String> removed) {

    public static final RowChanges NONE = new RowChanges(Map.of(), Set.of());

    public RowChanges {
        moved = Map.copyOf(moved);
        removed = Set.copyOf(removed);
    }

    public boolean isEmpty() {
        return moved.isEmpty() && removed.isEmpty();
    }
}
