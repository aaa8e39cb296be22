package com.cacfiling.docs.largemodel;

import java.util.Arrays;
import java.util.List;

import com.cacfiling.domain.largemodel.ModelFilingRoute;

/**
 * The documents of the large-model dossier, in the folder order practitioners use (上线备案表 first), and the route
 * that has each: the registration has no assessment report or annotation rules, but the called model's statement and
 * the content-security policies.
 */
public enum ModelDocumentKind {
    FORM("form", true, true),
    REPORT("report", true, false),
    CALLED("called", false, true),
    AGREEMENTS("agreements", true, true),
    ANNOTATION("annotation", true, false),
    POLICIES("policies", false, true);

    private final String key;
    private final boolean filing;
    private final boolean registration;

    ModelDocumentKind(String key, boolean filing, boolean registration) {
        this.key = key;
        this.filing = filing;
        this.registration = registration;
    }

    public String key() {
        return key;
    }

    public boolean appliesTo(ModelFilingRoute route) {
        return route == ModelFilingRoute.FILING ? filing : registration;
    }

    public static List<ModelDocumentKind> of(ModelFilingRoute route) {
        return Arrays.stream(values()).filter(kind -> kind.appliesTo(route)).toList();
    }

    public static ModelDocumentKind ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No document " + key));
    }
}
