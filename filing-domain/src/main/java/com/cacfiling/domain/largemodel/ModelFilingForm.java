package com.cacfiling.domain.largemodel;

import java.util.List;

import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;

/**
 * The large-model filing's form: its field catalogue ({@code model-fields-2025.1.yaml}, read once) and the steps
 * each route shows. The registration has no model-development part, no annotation rules and no assessment report
 * (the reference's registration dossier: 登记表, the called model, agreement and privacy policy, content-security
 * policies, keyword list, test questions, test channel), but the filed model it calls.
 */
public final class ModelFilingForm {

    public static final String VERSION = "model-2025.1";
    private static final FormFields FIELDS = FormFields.read("model-fields-2025.1.yaml");

    private static final List<String> FILING_STEPS = List.of("MODEL_BASIC", "MODEL_DEVELOPMENT", "MODEL_ANNOTATION",
            "MODEL_SERVICE", "MODEL_ASSESSMENT", "MODEL_AGREEMENTS");
    private static final List<String> REGISTRATION_STEPS = List.of("MODEL_BASIC", "MODEL_CALLED", "MODEL_SERVICE",
            "MODEL_AGREEMENTS");

    private ModelFilingForm() {
    }

    public static FormFields fields() {
        return FIELDS;
    }

    /** The catalogue steps of a route, in the order the wizard shows them. */
    public static List<StepSpec> steps(ModelFilingRoute route) {
        return (route == ModelFilingRoute.FILING ? FILING_STEPS : REGISTRATION_STEPS).stream().map(FIELDS::step)
                .toList();
    }

    /**
     * What a filing is called (in lists, file names, documents' headers): a filing by its model, a registration by
     * its service, as the app registers and calls another party's model (found in a walk: two apps calling the same
     * model read alike); each falls back to the other name while its own is not given.
     */
    public static String name(ModelFilingRoute route, String modelName, String serviceName) {
        String model = modelName == null ? "" : modelName;
        String service = serviceName == null ? "" : serviceName;
        if (route == ModelFilingRoute.REGISTRATION) {
            return service.isBlank() ? model : service;
        }
        return model.isBlank() ? service : model;
    }
}
