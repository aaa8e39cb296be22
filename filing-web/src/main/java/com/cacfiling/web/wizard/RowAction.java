package com.cacfiling.web.wizard;

import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds, removes and reorders repeating rows (products, flow steps, risks, measures) on the server, so the wizard
 * works without scripts. The action names the list by its field path as posted: {@code add:step3.products},
 * {@code remove:algorithm.assessment.flow:2}, {@code up:step3.products:1},
 * {@code down:algorithm.assessment.risks[0].measures:0}.
 */
record RowAction(String operation, String list, int index) {

    private static final Pattern SHAPE = Pattern.compile("(add|remove|up|down):([A-Za-z0-9_.\\[\\]]{1,200})(?::(\\d{1,4}))?");

    /** The action of a submit button, or null for a plain save. */
    static RowAction parse(String action) {
        if (action == null) {
            return null;
        }
        Matcher matcher = SHAPE.matcher(action);
        if (!matcher.matches()) {
            return null;
        }
        return new RowAction(matcher.group(1), matcher.group(2),
                matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3)));
    }

    /**
     * Applies the action to the posted row numbers (in order); a new row has no number ({@code -1}, nothing
     * posted). Returns the position to come back to, or -1 for the list itself.
     */
    int apply(List<Integer> rows) {
        int at = rows.indexOf(index);
        switch (operation) {
            case "add" -> {
                rows.add(-1);
                return rows.size() - 1;
            }
            case "remove" -> {
                if (at >= 0) {
                    rows.remove(at);
                }
                return rows.isEmpty() ? -1 : Math.max(0, at - 1);
            }
            case "up" -> {
                if (at > 0) {
                    Collections.swap(rows, at, at - 1);
                    return at - 1;
                }
                return at;
            }
            case "down" -> {
                if (at >= 0 && at < rows.size() - 1) {
                    Collections.swap(rows, at, at + 1);
                    return at + 1;
                }
                return at;
            }
            default -> {
                return -1;
            }
        }
    }
}
