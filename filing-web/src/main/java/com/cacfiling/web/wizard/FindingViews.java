package com.cacfiling.web.wizard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.Finding;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the rules' findings into messages of the user's language and places them on steps and fields. */
@Component
public class FindingViews {

    private final MessageSource messages;
    private final FieldLabels labels;

    FindingViews(MessageSource messages, FieldLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public WizardView view(Evaluation evaluation, Locale locale) {
        return view(evaluation, locale, java.util.EnumSet.allOf(Step.class));
    }

    /** The view of a filing whose started steps are given: findings of the others are not shown at fields. */
    public WizardView view(Evaluation evaluation, Locale locale, java.util.Set<Step> started) {
        List<FindingView> findings = evaluation.findings().stream().map(f -> view(f, locale)).toList();
        Map<Step, Integer> readiness = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            if (step.rulesStep() != null) {
                readiness.put(step, (int) Math.floor(evaluation.readiness(step.rulesStep()) * 100));
            }
        }
        // The progress counts the steps started, as the step bar and the lists do (FilingService.startedSteps).
        java.util.Set<com.cacfiling.rules.WizardStep> counted = java.util.EnumSet.noneOf(
                com.cacfiling.rules.WizardStep.class);
        started.stream().map(Step::rulesStep).filter(java.util.Objects::nonNull).forEach(counted::add);
        return new WizardView(evaluation, findings, readiness,
                (int) Math.floor(evaluation.overallReadiness(counted) * 100), started, List.of());
    }

    private FindingView view(Finding finding, Locale locale) {
        Step step = Step.of(finding.step());
        String formPath = finding.fieldPath();
        Object[] args = finding.arguments().stream().map(arg -> argument(arg, locale)).toArray();
        String message = messages.getMessage(finding.messageKey(), args, finding.messageKey(), locale);
        String basis = finding.legalBasis() == null ? null
                : messages.getMessage("regulation." + finding.legalBasis().regulation(), null, locale)
                        + (finding.legalBasis().article() == null ? "" : " " + finding.legalBasis().article(locale));
        return new FindingView(finding.ruleCode(), finding.severity(), finding.fieldPath(), step, formPath,
                WizardView.anchor(formPath), labels.label(formPath, locale), message, basis,
                "rule.required".equals(finding.messageKey()));
    }

    /** An argument in words: a field by its label, an option by its label, a text from the bundles. */
    private Object argument(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            return date.toString();
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.FieldLabel field) {
            return labels.label(field.path(), locale);
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.OptionLabel option) {
            return com.cacfiling.domain.reference.ReferenceCatalog.standard().current().find(option.list(), option.code())
                    .map(found -> found.label(locale)).orElse(option.code());
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.Text text) {
            return messages.getMessage(text.key(), null, text.key(), locale);
        }
        return argument;
    }

    /** The values typed that are not valid yet as errors of their steps, for the checklist and the progress. */
    public java.util.List<FindingView> typedValues(TypedInputs typed, String formVersion, Locale locale) {
        if (typed.isEmpty()) {
            return java.util.List.of();
        }
        com.cacfiling.domain.form.FormFields fields = com.cacfiling.domain.form.FormFields.forVersion(formVersion);
        java.util.List<FindingView> views = new java.util.ArrayList<>();
        typed.entries().forEach((path, input) -> fields.stepOf(path).ifPresent(spec -> views.add(new FindingView(
                "TYPED_VALUE", com.cacfiling.rules.Severity.ERROR, path,
                Step.of(com.cacfiling.rules.WizardStep.valueOf(spec.step())), path, WizardView.anchor(path),
                label(path, locale), messages.getMessage(input.messageKey(), input.arguments().toArray(),
                        input.messageKey(), locale), null, false))));
        return views;
    }

    /** A filing's values typed that are not valid yet (which keep it from review), as errors of their steps. */
    public java.util.List<FindingView> typedValues(com.cacfiling.web.filing.FilingRecord filing, Locale locale) {
        return typedValues(WizardController.typedInputs(filing), filing.getFormVersion(), locale);
    }

    /** The label of a field path in the user's language. */
    public String label(String path, Locale locale) {
        return labels.label(path, locale);
    }
}
