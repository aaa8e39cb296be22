package com.cacfiling.web.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldPaths;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;

/**
 * The fields a comment can be attached to: every field of the catalogue this filing's role sees, rows as they are in
 * the dossier, grouped by wizard step, so comments use the same paths as findings and show at the same place.
 */
final class CommentablePaths {

    private static final Map<String, String> STEP_SLUGS = Map.of("ENTITY", "entity", "ALGORITHM_BASIC", "basic",
            "ALGORITHM_DETAILED", "detailed", "SELF_ASSESSMENT", "assessment", "STEP3", "step3");

    /** The fields of one step: the step's page name (its slug) and the field paths in form order. */
    record StepFields(String slug, List<String> paths) {
    }

    private CommentablePaths() {
    }

    static List<StepFields> of(Dossier dossier) {
        FormFields fields = FormFields.forVersion(dossier.filing().formVersion());
        DossierTree tree = DossierTree.of(dossier);
        List<StepFields> steps = new ArrayList<>();
        for (StepSpec step : fields.steps()) {
            List<String> paths = new ArrayList<>();
            for (FieldSpec field : step.fieldsFor(dossier.filing().role(), tree)) {
                FieldPaths.walk(field, tree, (each, path) -> {
                    paths.add(path); // every path, a group's own as well as its rows' and keys'
                    return true;
                });
            }
            steps.add(new StepFields(STEP_SLUGS.get(step.step()), paths));
        }
        return steps;
    }

    static boolean isCommentable(String path, Dossier dossier) {
        return path != null && of(dossier).stream().anyMatch(step -> step.paths().contains(path));
    }
}
