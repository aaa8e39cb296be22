package com.cacfiling.web.filing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldSpec;
import tools.jackson.databind.JsonNode;

/**
 * Which rows of a part's tables a whole replacement (the API's PUT) moved or removed, found by comparing the rows
 * before and after: a client sends the new list, not the row actions the wizard posts, so a row is recognised by its
 * content. An unchanged row is the same row wherever it went; of the rest, each new row is the old row it shares most
 * answers with (the nearest on a tie), so a row edited and moved at once is still itself; a row that shares none with
 * any is new, and an old row left over was removed. Comments on a row follow it ({@link RowChanges}).
 */
public final class RowMatching {

    private RowMatching() {
    }

    /** The rows moved or removed in the tables under {@code part} ({@code algorithm}, {@code step3}, …). */
    public static RowChanges between(DossierTree before, DossierTree after, String part) {
        Map<String, String> moved = new HashMap<>();
        Set<String> removed = new HashSet<>();
        for (FieldSpec field : before.fields().all()) {
            if (field.kind() == FieldKind.GROUP && field.path().startsWith(part + ".") && !field.path().contains("[]")) {
                match(field, field.path(), field.path(), before.get(field.path()), after.get(field.path()), moved,
                        removed);
            }
        }
        return new RowChanges(moved, removed);
    }

    private static void match(FieldSpec table, String beforePath, String afterPath, JsonNode beforeRows,
            JsonNode afterRows, Map<String, String> moved, Set<String> removed) {
        List<JsonNode> old = rows(beforeRows);
        List<JsonNode> now = rows(afterRows);
        int[] oldFor = new int[now.size()];
        java.util.Arrays.fill(oldFor, -1);
        boolean[] taken = new boolean[old.size()];
        // Unchanged rows first: in place, then anywhere.
        for (int j = 0; j < now.size(); j++) {
            if (j < old.size() && old.get(j).equals(now.get(j))) {
                oldFor[j] = j;
                taken[j] = true;
            }
        }
        for (int j = 0; j < now.size(); j++) {
            for (int i = 0; i < old.size() && oldFor[j] < 0; i++) {
                if (!taken[i] && old.get(i).equals(now.get(j))) {
                    oldFor[j] = i;
                    taken[i] = true;
                }
            }
        }
        // Edited rows: the old row with the most equal answers, the nearest on a tie.
        for (int j = 0; j < now.size(); j++) {
            if (oldFor[j] >= 0) {
                continue;
            }
            int best = -1;
            int bestShared = 0;
            for (int i = 0; i < old.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                int shared = sharedAnswers(old.get(i), now.get(j));
                if (shared > bestShared || (shared == bestShared && shared > 0
                        && Math.abs(i - j) < Math.abs(best - j))) {
                    best = i;
                    bestShared = shared;
                }
            }
            if (best >= 0) {
                oldFor[j] = best;
                taken[best] = true;
            }
        }
        for (int j = 0; j < now.size(); j++) {
            int i = oldFor[j];
            if (i < 0) {
                continue;
            }
            String from = beforePath + "[" + i + "]";
            String to = afterPath + "[" + j + "]";
            if (!from.equals(to)) {
                moved.put(from, to);
            }
            for (FieldSpec child : table.fields()) {
                if (child.kind() == FieldKind.GROUP) {
                    match(child, from + "." + child.name(), to + "." + child.name(), old.get(i).path(child.name()),
                            now.get(j).path(child.name()), moved, removed);
                }
            }
        }
        for (int i = 0; i < old.size(); i++) {
            if (!taken[i]) {
                removed.add(beforePath + "[" + i + "]");
            }
        }
    }

    private static List<JsonNode> rows(JsonNode table) {
        List<JsonNode> rows = new ArrayList<>();
        if (table != null && table.isArray()) {
            table.forEach(rows::add);
        }
        return rows;
    }

    /** How many of a row's answers (non-empty values) the other row has the same. */
    private static int sharedAnswers(JsonNode a, JsonNode b) {
        int shared = 0;
        for (Map.Entry<String, JsonNode> answer : a.properties()) {
            if (DossierTree.isAnswered(answer.getValue()) && answer.getValue().equals(b.get(answer.getKey()))) {
                shared++;
            }
        }
        return shared;
    }
}
