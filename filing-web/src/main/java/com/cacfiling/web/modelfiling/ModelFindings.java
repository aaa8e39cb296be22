package com.cacfiling.web.modelfiling;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.Severity;
import com.cacfiling.rules.largemodel.ModelEvaluation;
import com.cacfiling.web.wizard.WizardView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checks' findings of a large-model filing in the reader's language, placed on their step and field. The
 * fields' writer ({@code FieldHtml}) asks {@code view.at(step, path)} for what to show under a field; {@link Page}
 * answers it as the algorithm wizard does, showing a step's findings only once the step was saved, so a new filing
 * opens calm.
 */
@Component
public class ModelFindings {

    private final MessageSource messages;
    private final com.cacfiling.web.wizard.FieldLabels labels;

    ModelFindings(MessageSource messages, com.cacfiling.web.wizard.FieldLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /**
     * What a page shows: the findings, the started steps, readiness, and the values kept as typed that are not valid
     * yet (errors of their steps, as in the algorithm filing's wizard: the rules see the last valid value there).
     */
    public record Page(List<ModelFindingView> findings, Set<String> started, ModelEvaluation evaluation,
            List<ModelFindingView> typed) {

        public Page(List<ModelFindingView> findings, Set<String> started, ModelEvaluation evaluation) {
            this(findings, started, evaluation, List.of());
        }

        /** Findings at one field (the fragment's question), once its step is started; a typed value's own speaks. */
        public List<ModelFindingView> at(Object step, String path) {
            return findings.stream().filter(f -> f.path().equals(path)
                    && (f.step() == null || started.contains(f.step())) && !hiddenByTyped(f)).toList();
        }

        /** The findings of a step, for its checklist: its values typed invalidly, then, once started, the rules'. */
        public List<ModelFindingView> on(String step) {
            List<ModelFindingView> here = new java.util.ArrayList<>(
                    typed.stream().filter(value -> step.equals(value.step())).toList());
            if (started.contains(step)) {
                findings.stream().filter(f -> step.equals(f.step()) && !hiddenByTyped(f)).forEach(here::add);
            }
            return here;
        }

        /**
         * Without the rules' findings in a row just added, whose fields are empty on purpose (found in a walk: six
         * "此项为必填项" under a row the user had only asked for), as the algorithm wizard shows a new row.
         */
        public Page withoutFindingsIn(String rowAnchor) {
            return new Page(findings.stream().filter(f -> !f.anchor().equals(rowAnchor)
                    && !f.anchor().startsWith(rowAnchor + "-")).toList(), started, evaluation, typed);
        }

        /** Every finding, for the review: the values typed invalidly first, then the rules' (not at those values). */
        public List<ModelFindingView> all() {
            List<ModelFindingView> all = new java.util.ArrayList<>(typed);
            findings.stream().filter(f -> !hiddenByTyped(f)).forEach(all::add);
            return all;
        }

        /** Every finding for the review, errors first, then warnings, then information, each in the form's order. */
        public List<ModelFindingView> byImportance() {
            return all().stream().sorted(java.util.Comparator.comparing(ModelFindingView::severity)).toList();
        }

        private boolean hiddenByTyped(ModelFindingView finding) {
            return typed.stream().anyMatch(value -> value.path().equals(finding.path()));
        }

        public List<ModelFindingView> under(String pathPrefix) {
            return findings.stream().filter(f -> f.path().equals(pathPrefix) || f.path().startsWith(pathPrefix + "."))
                    .toList();
        }

        /** Never 100 % while a value typed invalidly waits on the step. */
        public int readiness(String step) {
            int ready = (int) Math.floor(evaluation.readiness().getOrDefault(step, 1.0) * 100);
            return ready == 100 && typed.stream().anyMatch(value -> step.equals(value.step())) ? 99 : ready;
        }

        /** The filing's progress, as the lists show it too ({@link #progress}). */
        public int overall() {
            return progress(evaluation, started, !typed.isEmpty());
        }

        public long errors() {
            return all().stream().filter(ModelFindingView::isError).count();
        }

        /**
         * The errors of the steps started (and every value typed invalidly), as the algorithm filing's header counts
         * them (found in a walk: "完成度 28%" alone beside a step with five errors).
         */
        public long startedErrors() {
            return typed.size() + findings.stream().filter(f -> f.isError() && !hiddenByTyped(f)
                    && (f.step() == null || started.contains(f.step()))).count();
        }
    }

    /**
     * How complete a filing is, on its pages and in the lists alike: the steps started (saved) only, as its step bar
     * shows them (a new registration read "11 %" in the list while its Step 1, filled from the company, said "not
     * started"); never 100 % while a value typed invalidly waits.
     */
    static int progress(ModelEvaluation evaluation, Set<String> started, boolean typedWaiting) {
        int overall = evaluation.overallReadiness(started);
        return overall == 100 && typedWaiting ? 99 : overall;
    }

    public Page page(ModelEvaluation evaluation, Set<String> started, Locale locale) {
        return new Page(evaluation.findings().stream().map(f -> view(f, locale)).toList(), started, evaluation);
    }

    /** As above, with the values kept as typed that are not valid yet, each an error of its step. */
    public Page page(ModelEvaluation evaluation, Set<String> started, com.cacfiling.web.wizard.TypedInputs typed,
            Locale locale) {
        List<ModelFindingView> typedViews = new java.util.ArrayList<>();
        typed.entries().forEach((path, input) -> typedViews.add(new ModelFindingView(Severity.ERROR, path,
                stepOf(path), WizardView.anchor(path), label(path, locale),
                messages.getMessage(input.messageKey(), input.arguments().toArray(), input.messageKey(), locale),
                null)));
        return new Page(evaluation.findings().stream().map(f -> view(f, locale)).toList(), started, evaluation,
                List.copyOf(typedViews));
    }

    ModelFindingView view(Finding finding, Locale locale) {
        Object[] args = finding.arguments().stream().map(arg -> arg instanceof FindingArgument.Text text
                ? messages.getMessage(text.key(), null, text.key(), locale)
                : arg instanceof FindingArgument.FieldLabel field ? label(field.path(), locale) : arg).toArray();
        String message = messages.getMessage(finding.messageKey(), args, locale);
        String basis = null;
        if (finding.legalBasis() != null) {
            String article = finding.legalBasis().article(locale);
            basis = messages.getMessage("regulation." + finding.legalBasis().regulation(), null, locale)
                    + (article == null ? "" : " " + article);
        }
        return new ModelFindingView(finding.severity(), finding.fieldPath(), stepOf(finding.fieldPath()),
                WizardView.anchor(finding.fieldPath()), label(finding.fieldPath(), locale), message, basis);
    }

    /** The catalogue step a path belongs to; null for the lists (they have their own page). */
    static String stepOf(String path) {
        FormFields fields = ModelFilingForm.fields();
        return fields.stepOf(path).map(StepSpec::step).orElse(null);
    }

    /**
     * A path in words: a field by its label, a clause's field with its clause, a row's field with its row
     * (模型备案编号（其他已备案模型 1）), a list by its name: the wizard's labels in this form's catalogue.
     */
    public String label(String path, Locale locale) {
        return labels.label(path, locale, ModelFilingForm.fields());
    }
}
