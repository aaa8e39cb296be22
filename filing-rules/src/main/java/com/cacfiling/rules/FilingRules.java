package com.cacfiling.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import com.cacfiling.domain.form.FormFields;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.rules.policies.BiometricPolicy;
import com.cacfiling.rules.policies.BoilerplatePolicy;
import com.cacfiling.rules.policies.CompletenessPolicy;
import com.cacfiling.rules.policies.DateOrderPolicy;
import com.cacfiling.rules.policies.DeadlinePolicy;
import com.cacfiling.rules.policies.EvidencePolicy;
import com.cacfiling.rules.policies.FilingBeforeLaunchPolicy;
import com.cacfiling.rules.policies.GenerationOutputPolicy;
import com.cacfiling.rules.policies.GenerativeRiskPolicy;
import com.cacfiling.rules.policies.RiskCoveragePolicy;
import com.cacfiling.rules.policies.RiskMeasurePolicy;
import com.cacfiling.rules.policies.UsageScenarioPolicy;
import com.cacfiling.rules.policies.IdNumberInTextPolicy;
import com.cacfiling.rules.policies.IdentifierPolicy;
import com.cacfiling.rules.policies.KnownCodesPolicy;
import com.cacfiling.rules.policies.LabellingMeasurePolicy;
import com.cacfiling.rules.policies.LabellingOutputPolicy;
import com.cacfiling.rules.policies.LabellingPolicy;
import com.cacfiling.rules.policies.LaunchStatusPolicy;
import com.cacfiling.rules.policies.NameConsistencyPolicy;
import com.cacfiling.rules.policies.OutputFormatPolicy;
import com.cacfiling.rules.policies.RequiredField;
import com.cacfiling.rules.policies.RequiredFieldsPolicy;
import com.cacfiling.rules.policies.TrainingDataPolicy;
import com.cacfiling.rules.policies.UserScalePolicy;
import com.cacfiling.rules.policies.ProductFormMentionPolicy;
import com.cacfiling.rules.policies.ZiLimitPolicy;

/** All rules, in one list; evaluating them is a pure function of the dossier and today's date. */
public final class FilingRules {

    public static final List<FilingPolicy> POLICIES = List.of(
            new RequiredFieldsPolicy("ENTITY", "ENTITY_COMPLETE"),
            new RequiredFieldsPolicy("ALGORITHM_BASIC", "ALGORITHM_COMPLETE"),
            new RequiredFieldsPolicy("ALGORITHM_DETAILED", "ALGORITHM_COMPLETE"),
            new RequiredFieldsPolicy("SELF_ASSESSMENT", "ASSESSMENT_COMPLETE"),
            new RequiredFieldsPolicy("STEP3", "STEP3_COMPLETE"),
            new ZiLimitPolicy(),
            new KnownCodesPolicy(),
            new IdentifierPolicy(),
            new IdNumberInTextPolicy(),
            new DateOrderPolicy(),
            new NameConsistencyPolicy(),
            new OutputFormatPolicy(),
            new BiometricPolicy(),
            new TrainingDataPolicy(),
            new LabellingPolicy(),
            new EvidencePolicy(),
            new BoilerplatePolicy(),
            new DeadlinePolicy(),
            new FilingBeforeLaunchPolicy(),
            new LabellingMeasurePolicy(),
            new GenerationOutputPolicy(),
            new LabellingOutputPolicy(),
            new LaunchStatusPolicy(),
            new GenerativeRiskPolicy(),
            new RiskCoveragePolicy(),
            new RiskMeasurePolicy(),
            new UsageScenarioPolicy(),
            new UserScalePolicy(),
            new ProductFormMentionPolicy());

    private FilingRules() {
    }

    public static Evaluation evaluate(Dossier dossier, LocalDate today) {
        return evaluate(FilingContext.of(dossier, today));
    }

    public static Evaluation evaluate(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        List<RequiredField> required = new ArrayList<>();
        for (FilingPolicy policy : POLICIES) {
            if (policy instanceof CompletenessPolicy completeness) {
                // Listed once, for its findings and for readiness.
                List<RequiredField> fields = completeness.requiredFields(context);
                findings.addAll(completeness.findings(context, fields));
                required.addAll(fields);
            }
            else {
                findings.addAll(policy.check(context));
            }
        }
        // A question not asked of this filing (a generative-synthesis question of a recommendation algorithm) is not
        // checked either: what it still holds from before the type changed is not the filer's to correct.
        FormFields form = FormFields.forVersion(context.filing().formVersion());
        List<String> hidden = form.hiddenPatterns(context.tree());
        if (!hidden.isEmpty()) {
            findings.removeIf(finding -> finding.fieldPath() != null && form.isUnder(finding.fieldPath(), hidden));
        }
        return new Evaluation(findings, readiness(required, findings));
    }

    /** Per step: the share of required fields that are filled in and carry no ERROR. */
    private static Map<WizardStep, Double> readiness(List<RequiredField> required, List<Finding> findings) {
        Set<String> pathsWithErrors = findings.stream().filter(Finding::isError).map(Finding::fieldPath)
                .collect(Collectors.toSet());
        Map<WizardStep, int[]> counts = new EnumMap<>(WizardStep.class);
        for (RequiredField field : required) {
            int[] count = counts.computeIfAbsent(WizardStep.of(field.path()), step -> new int[2]);
            count[1]++;
            if (field.present() && !pathsWithErrors.contains(field.path())) {
                count[0]++;
            }
        }
        Map<WizardStep, Double> readiness = new EnumMap<>(WizardStep.class);
        counts.forEach((step, count) -> readiness.put(step, count[1] == 0 ? 1.0 : (double) count[0] / count[1]));
        return readiness;
    }
}
