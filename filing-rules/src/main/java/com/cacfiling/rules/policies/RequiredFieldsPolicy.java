package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.form.Condition;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldPaths;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;
import com.cacfiling.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Completeness of one wizard step, read from the field catalogue: every field that is required (always, or when
 * its condition holds for this dossier and role) and not filled in is an ERROR. Readiness counts the same list.
 * The conditions are data in the catalogue; only named predicates (the ICP entity differing) are code here.
 */
public final class RequiredFieldsPolicy implements CompletenessPolicy {

    private final String step;
    private final String ruleCode;

    public RequiredFieldsPolicy(String step, String ruleCode) {
        this.step = step;
        this.ruleCode = ruleCode;
    }

    @Override
    public String ruleCode() {
        return ruleCode;
    }

    @Override
    public List<Finding> findings(FilingContext context, List<RequiredField> required) {
        LegalBasis basis = legalBasis(context);
        return required.stream().filter(field -> !field.present())
                .map(field -> new Finding(ruleCode, Severity.ERROR, field.path(), "rule.required", List.of(), basis))
                .toList();
    }

    private LegalBasis legalBasis(FilingContext context) {
        // Step 3 (products or support plan) is filed under the Algorithm Recommendation Provisions for every type;
        // a generative-synthesis (deep synthesis) service is brought under them by Deep Synthesis Provisions
        // Art. 19, which is the article its filer is asked about.
        if ("STEP3".equals(step) && context.isGenerativeSynthesis()) {
            return Citations.DEEP_SYNTHESIS_FILING;
        }
        String basis = stepSpec(context).legalBasis();
        if (basis == null) {
            return null;
        }
        int colon = basis.indexOf(':');
        return colon < 0 ? LegalBasis.of(Regulation.valueOf(basis), null)
                : LegalBasis.of(Regulation.valueOf(basis.substring(0, colon)), basis.substring(colon + 1));
    }

    private StepSpec stepSpec(FilingContext context) {
        return FormFields.forVersion(context.filing().formVersion()).step(step);
    }

    @Override
    public List<RequiredField> requiredFields(FilingContext context) {
        DossierTree tree = context.tree();
        List<RequiredField> required = new ArrayList<>();
        for (FieldGroup group : stepSpec(context).groupsFor(context.filing().role())) {
            for (FieldSpec field : group.fields()) {
                FieldPaths.walk(field, tree, FieldPaths.NOT_OPTIONAL_KEYS,
                        (each, path) -> collect(each, path, tree, context, required));
            }
        }
        return required;
    }

    /** Collects one path of a field if it is required there; answers whether the field is asked (not: nor below it). */
    private static boolean collect(FieldSpec field, String path, DossierTree tree, FilingContext context,
            List<RequiredField> into) {
        if (!field.isShown(tree)) {
            return false; // not asked of this filing: neither required nor counted in its readiness
        }
        if (isRequired(field, tree, context)) {
            into.add(new RequiredField(path, isPresent(tree.get(path))));
        }
        return true;
    }

    private static boolean isRequired(FieldSpec field, DossierTree tree, FilingContext context) {
        if (field.isAlwaysRequired()) {
            return true;
        }
        Condition when = field.requiredWhen();
        if (when == null) {
            return false;
        }
        if (when.predicate() != null) {
            return switch (when.predicate()) {
                case "icpEntityDiffers" -> context.entity().icpEntityDiffers();
                default -> throw new IllegalStateException("Unknown predicate " + when.predicate());
            };
        }
        return tree.holds(when);
    }

    /** Filled in: not missing, not blank text, not an empty list. */
    static boolean isPresent(JsonNode value) {
        return DossierTree.isAnswered(value);
    }
}
