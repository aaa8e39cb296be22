package com.cacfiling.docs.largemodel;

import java.time.LocalDate;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.rules.largemodel.ModelEvaluation;
import com.cacfiling.rules.largemodel.ModelFilingRules;

/** Everything the large-model documents are made from: the form's answers, the lists, and what the checks found. */
public record ModelDossier(ModelFilingRoute route, DossierTree tree, ModelLists lists, ModelThresholds thresholds,
        ModelEvaluation evaluation, LocalDate today) {

    public static ModelDossier of(ModelFilingRoute route, DossierTree tree, ModelLists lists,
            ModelThresholds thresholds, LocalDate today) {
        return new ModelDossier(route, tree, lists, thresholds,
                ModelFilingRules.evaluate(tree, route, lists, thresholds), today);
    }

    /** The model's name (a registration's own service name when it has no model name yet). */
    public String name() {
        String model = tree.get("model.basics.modelName").asString("");
        return model.isBlank() ? tree.get("model.basics.serviceName").asString("") : model;
    }
}
