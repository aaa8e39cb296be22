package com.cacfiling.docs.largemodel;

import java.time.LocalDate;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.rules.largemodel.ModelEvaluation;
import com.cacfiling.rules.largemodel.ModelFilingRules;

/**
 * Everything the large-model documents are made from: the form's answers, the lists, and what the checks found.
 * {@code pending}: values were typed that are not valid yet (kept as typed, outside the answers), so the documents
 * print the answers before them and are drafts whatever the checks say; the findings file names them.
 */
public record ModelDossier(ModelFilingRoute route, DossierTree tree, ModelLists lists, ModelThresholds thresholds,
        ModelEvaluation evaluation, LocalDate today, java.util.List<com.cacfiling.docs.PendingValue> pending) {

    public ModelDossier {
        pending = java.util.List.copyOf(pending);
    }

    /** Whether anything was typed that is not valid yet. */
    public boolean typedPending() {
        return !pending.isEmpty();
    }

    public static ModelDossier of(ModelFilingRoute route, DossierTree tree, ModelLists lists,
            ModelThresholds thresholds, LocalDate today) {
        return new ModelDossier(route, tree, lists, thresholds,
                ModelFilingRules.evaluate(tree, route, lists, thresholds, today), today, java.util.List.of());
    }

    /** Final documents: no error found and nothing typed that is not valid yet. */
    public boolean isReady() {
        return evaluation.isReady() && !typedPending();
    }

    /** What the filing is called: a filing by its model, a registration by its service. */
    public String name() {
        return com.cacfiling.domain.largemodel.ModelFilingForm.name(route,
                tree.get("model.basics.modelName").asString(""), tree.get("model.basics.serviceName").asString(""));
    }
}
