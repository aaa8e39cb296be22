package com.cacfiling.web.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Field-by-field comparison of two states of a filing in words: the field's label (with its row), and each side's
 * value as the form shows it (option labels, 是/否, dates as entered). Used where someone else saved first and in
 * the history of versions.
 */
@Component
public class FormComparison {

    private final StepForms stepForms;
    private final FieldLabels labels;
    private final MessageSource messages;

    FormComparison(StepForms stepForms, FieldLabels labels, MessageSource messages) {
        this.stepForms = stepForms;
        this.labels = labels;
        this.messages = messages;
    }

    /** One changed field: its label, the value before and after. */
    public record Difference(String label, String before, String after) {
    }

    /** The differences of one step's rendered fields. */
    public List<Difference> between(List<GroupView> before, List<GroupView> after, Locale locale) {
        return between(before, after, locale, labels);
    }

    /**
     * The same, with the fields named by another form's labels (the large-model filing's name a row's field with its
     * row: found in a walk, a version's changes to a further model read as the first model's).
     */
    public List<Difference> between(List<GroupView> before, List<GroupView> after, Locale locale,
            com.cacfiling.web.inbox.FieldNames labels) {
        String yes = messages.getMessage("wizard.yes", null, locale);
        String no = messages.getMessage("wizard.no", null, locale);
        String separator = messages.getMessage("list.separator", null, locale);
        Map<String, FieldView> left = new LinkedHashMap<>();
        StepForms.flatten(before).forEach(field -> left.put(field.path(), field));
        Map<String, FieldView> right = new LinkedHashMap<>();
        StepForms.flatten(after).forEach(field -> right.put(field.path(), field));
        LinkedHashSet<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            String a = left.containsKey(path) ? left.get(path).displayText(yes, no, separator) : "";
            String b = right.containsKey(path) ? right.get(path).displayText(yes, no, separator) : "";
            if (!a.equals(b)) {
                differences.add(new Difference(labels.label(path, locale), a, b));
            }
        }
        return differences;
    }

    /** A field that holds a value, with the value as the form shows it. */
    public record Value(String label, String value) {
    }

    /**
     * The fields of one step's rendered form that hold a value, in the form's order: a version with no earlier one to
     * compare with is shown by its values, not as changes from an empty form.
     */
    public List<Value> values(List<GroupView> groups, Locale locale) {
        return values(groups, locale, labels);
    }

    /** The same, with the fields named by another form's labels. */
    public List<Value> values(List<GroupView> groups, Locale locale,
            com.cacfiling.web.inbox.FieldNames labels) {
        String yes = messages.getMessage("wizard.yes", null, locale);
        String no = messages.getMessage("wizard.no", null, locale);
        String separator = messages.getMessage("list.separator", null, locale);
        List<Value> values = new ArrayList<>();
        StepForms.flatten(groups).forEach(field -> {
            String text = field.displayText(yes, no, separator);
            if (!text.isBlank()) {
                values.add(new Value(labels.label(field.path(), locale), text));
            }
        });
        return values;
    }

    /** The values of a whole dossier, step by step in form order (see {@link #values(List, Locale)}). */
    public List<Value> values(Dossier dossier, Locale locale) {
        List<Value> values = new ArrayList<>();
        for (StepSpec step : FormFields.forVersion(dossier.filing().formVersion()).steps()) {
            values.addAll(values(render(step, dossier, locale), locale));
        }
        String evidence = evidenceInWords(dossier, locale);
        if (!evidence.isEmpty()) {
            values.add(new Value(messages.getMessage("w.evidence.title", null, locale), evidence));
        }
        return values;
    }

    /** The differences between two whole dossiers of one filing, step by step in form order. */
    public List<Difference> between(Dossier before, Dossier after, Locale locale) {
        List<Difference> differences = new ArrayList<>();
        for (StepSpec step : FormFields.forVersion(after.filing().formVersion()).steps()) {
            differences.addAll(between(render(step, before, locale), render(step, after, locale), locale));
        }
        // The self-assessment's evidence files are no form field, yet an upload is a version (found in a walk: the
        // versions before and after one compared as "the same").
        String evidenceBefore = evidenceInWords(before, locale);
        String evidenceAfter = evidenceInWords(after, locale);
        if (!evidenceBefore.equals(evidenceAfter)) {
            differences.add(new Difference(messages.getMessage("w.evidence.title", null, locale), evidenceBefore,
                    evidenceAfter));
        }
        return differences;
    }

    /** The evidence files by title and file name, in the order uploaded. */
    private String evidenceInWords(Dossier dossier, Locale locale) {
        return dossier.filing().algorithm().profile().assessment().evidence().stream()
                .map(item -> messages.getMessage("history.evidenceItem", new Object[] {item.title(), item.fileName()},
                        locale))
                .collect(java.util.stream.Collectors.joining(messages.getMessage("list.separator", null, locale)));
    }

    private List<GroupView> render(StepSpec step, Dossier dossier, Locale locale) {
        return stepForms.render(step, dossier.filing().role(), DossierTree.of(dossier), TypedInputs.none(),
                new StepForms.Context(dossier.filing().formVersion(),
                        dossier.filing().algorithm().profile().assessment().evidence(), locale));
    }
}
