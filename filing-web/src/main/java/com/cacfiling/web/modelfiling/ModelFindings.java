package com.cacfiling.web.modelfiling;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
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

    ModelFindings(MessageSource messages) {
        this.messages = messages;
    }

    /** What a page shows: the findings, the started steps, readiness. */
    public record Page(List<ModelFindingView> findings, Set<String> started, ModelEvaluation evaluation) {

        /** Findings at one field (the fragment's question), once its step is started. */
        public List<ModelFindingView> at(Object step, String path) {
            return findings.stream().filter(f -> f.path().equals(path)
                    && (f.step() == null || started.contains(f.step()))).toList();
        }

        /** The findings of a step, for its checklist, once it is started. */
        public List<ModelFindingView> on(String step) {
            return started.contains(step) ? findings.stream().filter(f -> step.equals(f.step())).toList() : List.of();
        }

        public List<ModelFindingView> under(String pathPrefix) {
            return findings.stream().filter(f -> f.path().equals(pathPrefix) || f.path().startsWith(pathPrefix + "."))
                    .toList();
        }

        public int readiness(String step) {
            return (int) Math.floor(evaluation.readiness().getOrDefault(step, 1.0) * 100);
        }

        public int overall() {
            return evaluation.overallReadiness();
        }

        public long errors() {
            return evaluation.errorCount();
        }
    }

    public Page page(ModelEvaluation evaluation, Set<String> started, Locale locale) {
        return new Page(evaluation.findings().stream().map(f -> view(f, locale)).toList(), started, evaluation);
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

    /** A path in words: a field by its label, a clause's field with its clause, a list by its name. */
    public String label(String path, Locale locale) {
        String[] parts = path.split("\\.");
        if (path.startsWith("model.assessment.clauses.") && parts.length == 5) {
            return messages.getMessage("field.inRow", new Object[] {
                    messages.getMessage("field.model.assessment.clauses." + parts[4], null, locale),
                    messages.getMessage("clause." + parts[3], null, locale)}, locale);
        }
        return messages.getMessage("field." + path, null, messages.getMessage("field.unknown", null, locale), locale);
    }
}
