package com.cacfiling.rules.policies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldPaths;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.rules.FilingContext;
import tools.jackson.databind.JsonNode;

/**
 * Every text the filer types, by concrete field path, read from the form's field catalogue: entity, algorithm,
 * flow steps, risks and their measures, products or support plan, responsibility table. Derived from the catalogue
 * (not listed here) so that a field added to the form is searched for names and placeholders without anyone
 * remembering to add it (a walk found placeholders printed from fields a hand-written list had missed).
 */
final class FreeTexts {

    /** The kinds the filer types into; a list of lines is one text, its lines joined by line breaks. */
    static final Set<FieldKind> TEXT_KINDS = Set.of(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.ZI_TEXT,
            FieldKind.LINES);
    /** The narrative kinds: paragraphs a reviewer reads as answers (short texts such as names and addresses repeat). */
    static final Set<FieldKind> NARRATIVE_KINDS = Set.of(FieldKind.LONG_TEXT, FieldKind.ZI_TEXT);

    private FreeTexts() {
    }

    /** One typed text: where it is, what kind of field holds it, and what it says. */
    record Text(String path, FieldKind kind, String text) {
    }

    static Map<String, String> of(FilingContext context) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Text text : all(context)) {
            texts.put(text.path(), text.text());
        }
        return texts;
    }

    /**
     * The texts of the context read last on this thread: the policies of one evaluation ask for them in turn (each
     * walked the catalogue anew, three times per evaluation: measured, a third of the rules' time). Weakly held, so
     * a finished evaluation's context is not kept alive by it.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The texts in form order; fields not asked of this filing (its type, its role, an answer beside) left out. */
    @SuppressWarnings("unchecked")
    static List<Text> all(FilingContext context) {
        Object[] last = LAST.get();
        if (last != null && ((java.lang.ref.WeakReference<?>) last[0]).get() == context) {
            return (List<Text>) last[1];
        }
        List<Text> texts = List.copyOf(read(context));
        LAST.set(new Object[] {new java.lang.ref.WeakReference<>(context), texts});
        return texts;
    }

    private static List<Text> read(FilingContext context) {
        DossierTree tree = context.tree() != null ? context.tree() : DossierTree.of(context.dossier());
        FormFields form = FormFields.forVersion(context.filing().formVersion());
        List<Text> texts = new java.util.ArrayList<>();
        for (StepSpec step : form.steps()) {
            for (FieldGroup group : step.groupsFor(context.filing().role())) {
                for (FieldSpec field : group.fields()) {
                    FieldPaths.walk(field, tree, (each, path) -> collect(each, path, tree, texts));
                }
            }
        }
        return texts;
    }

    /** Collects the text at one path of a field; answers whether the field is asked there (not: nothing below it). */
    private static boolean collect(FieldSpec field, String path, DossierTree tree, List<Text> into) {
        if (!field.isShown(tree) || !field.isAskedIn(tree, path)) {
            return false; // not asked, not printed: what it still holds is not the filer's answer
        }
        if (TEXT_KINDS.contains(field.kind())) {
            String text = text(tree.get(path));
            if (text != null && !text.isBlank()) {
                into.add(new Text(path, field.kind(), text));
            }
        }
        return true;
    }

    private static String text(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isArray()) {
            StringBuilder lines = new StringBuilder();
            for (JsonNode line : value) {
                if (line.isString() && !line.asString().isBlank()) {
                    lines.append(lines.isEmpty() ? "" : "\n").append(line.asString());
                }
            }
            return lines.toString();
        }
        return null;
    }
}
