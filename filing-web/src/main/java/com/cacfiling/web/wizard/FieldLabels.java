package com.cacfiling.web.wizard;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The label of a field path for checklists, comments, histories and comparisons, from the catalogue's one label
 * namespace; a path inside a row names the row too ({@code 产品名称 · 关联产品 2}). Paths outside the catalogue (the
 * filing's lifecycle) have their own {@code field.} keys.
 */
@Component("fieldLabels")
public class FieldLabels implements com.cacfiling.web.inbox.FieldNames {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Where a field is in the wizard: its step's page and the field's anchor there (the workflow page's comments lead
     * to their fields; found in a walk: only the inline comment under the field did).
     */
    public String wizardHref(java.util.UUID filingId, String path) {
        return "/filings/" + filingId + "/steps/" + Step.of(com.cacfiling.rules.WizardStep.of(path)).slug() + "#"
                + WizardView.anchor(path);
    }

    @Override
    public String label(String path, Locale locale) {
        return label(path, locale, FormFields.current());
    }

    /** The same in another form's catalogue (the large-model filing's: a clause's field, a further model's). */
    public String label(String path, Locale locale, FormFields fields) {
        Optional<FieldSpec> spec = fields.findOrEnclosing(path);
        if (spec.isEmpty()) {
            return messages.getMessage("field." + path.replaceAll("\\[\\d+]", ""), null,
                    messages.getMessage("field.unknown", null, locale), locale);
        }
        String label = text(spec.get().labelKey(), locale);
        String row = rowOf(path, spec.get(), fields, locale);
        return row == null ? label : messages.getMessage("field.inRow", new Object[] {label, row}, locale);
    }

    /**
     * The rows a path lies in, in words, outermost first (措施类型 in the first measure of the second risk is
     * 风险 2 · 防范措施 1: each risk has a first measure), or null for a path outside rows.
     */
    private String rowOf(String path, FieldSpec spec, FormFields fields, Locale locale) {
        for (FieldSpec keyed : fields.all()) {
            if (keyed.kind() == FieldKind.KEYED_GROUP && path.startsWith(keyed.path() + ".")) {
                String key = path.substring(keyed.path().length() + 1).split("\\.")[0];
                return text(keyed.labelPrefix() + key, locale);
            }
        }
        String rows = null;
        Matcher row = ROW.matcher(path);
        while (row.find()) {
            String groupPath = path.substring(0, row.start());
            int number = Integer.parseInt(row.group(1)) + 1;
            String groupLabel = fields.find(groupPath).map(group -> text(group.labelKey(), locale)).orElse(groupPath);
            String named = messages.getMessage("form.row", new Object[] {groupLabel, number}, locale);
            rows = rows == null ? named : messages.getMessage("form.rowInRow", new Object[] {rows, named}, locale);
        }
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
