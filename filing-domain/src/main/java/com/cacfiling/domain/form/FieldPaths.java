package com.cacfiling.domain.form;

import tools.jackson.databind.JsonNode;

/**
 * The concrete paths of a field in a dossier, visited in form order: the field itself, then each row of a group as the
 * dossier has them ({@code path[i].child}) and each key of a keyed group as its enum lists them
 * ({@code path.KEY.child}), children in catalogue order. The texts searched, the paths a comment can take, the required
 * fields, the form's limits and the large-model readiness all walk the catalogue this one way, so they agree on which
 * paths a dossier has; each decides what it collects, whether to go below a field and which keys to visit.
 */
public final class FieldPaths {

    /** What is done at one concrete path of a field. */
    @FunctionalInterface
    public interface Visitor {

        /**
         * Visits the field at the path; answers whether to go on to its rows (a group) or keys (a keyed group). A
         * field of another kind has neither: either answer does the same.
         */
        boolean visit(FieldSpec field, String path);
    }

    /** Which keys of a keyed group are visited. */
    @FunctionalInterface
    public interface KeyFilter {

        boolean visits(FieldSpec keyedGroup, String key);
    }

    /** Every key of a keyed group. */
    public static final KeyFilter EVERY_KEY = (keyedGroup, key) -> true;

    /** A keyed group's keys less its {@link FieldSpec#optionalKeys()}, whose rows are never required. */
    public static final KeyFilter NOT_OPTIONAL_KEYS = (keyedGroup, key) -> !keyedGroup.optionalKeys().contains(key);

    private FieldPaths() {
    }

    /** Visits the field at its path, and below it every row and every key. */
    public static void walk(FieldSpec field, DossierTree tree, Visitor visitor) {
        walk(field, tree, EVERY_KEY, visitor);
    }

    /** Visits the field at its path, and below it every row and the keys {@code keys} lets through. */
    public static void walk(FieldSpec field, DossierTree tree, KeyFilter keys, Visitor visitor) {
        walk(field, field.path(), tree, keys, visitor);
    }

    private static void walk(FieldSpec field, String path, DossierTree tree, KeyFilter keys, Visitor visitor) {
        if (!visitor.visit(field, path)) {
            return;
        }
        if (field.kind() == FieldKind.GROUP) {
            JsonNode rows = tree.get(path);
            for (int i = 0; rows.isArray() && i < rows.size(); i++) {
                children(field, path + "[" + i + "].", tree, keys, visitor);
            }
        }
        else if (field.kind() == FieldKind.KEYED_GROUP) {
            for (String key : FormFields.enumConstants(field.options())) {
                if (keys.visits(field, key)) {
                    children(field, path + "." + key + ".", tree, keys, visitor);
                }
            }
        }
    }

    private static void children(FieldSpec group, String rowPath, DossierTree tree, KeyFilter keys, Visitor visitor) {
        for (FieldSpec child : group.fields()) {
            walk(child, rowPath + child.name(), tree, keys, visitor);
        }
    }
}
