package com.cacfiling.docs.bundle;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import com.cacfiling.docs.build.Labels;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Severity;

/** The rules' findings as a plain-text report in one language, for the dossier bundle. */
final class FindingsReport {

    private FindingsReport() {
    }

    /** A message argument in words: fields and options by their labels, texts from the documents' bundle. */
    private static Object inWords(Object argument, Labels labels) {
        if (argument instanceof com.cacfiling.rules.FindingArgument.FieldLabel field) {
            return com.cacfiling.docs.build.FieldValues.labelOf(field.path(), labels.locale());
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.OptionLabel option) {
            return labels.option(option.list(), option.code()).value();
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.Text text) {
            return labels.text(text.key());
        }
        if (argument instanceof java.time.LocalDate date) {
            return labels.date(date);
        }
        return argument;
    }

    static String text(Evaluation evaluation, Labels labels) {
        ResourceBundle rules = ResourceBundle.getBundle("com.cacfiling.rules.messages",
                Labels.isEnglish(labels.locale()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder out = new StringBuilder(labels.text("findings.title")).append("\n\n");
        out.append(labels.text("findings.summary", evaluation.count(Severity.ERROR), evaluation.count(Severity.WARNING),
                evaluation.count(Severity.INFO))).append("\n\n");
        if (evaluation.findings().isEmpty()) {
            out.append(labels.text("findings.none")).append('\n');
        }
        for (Finding finding : evaluation.findings()) {
            Object[] arguments = finding.arguments().stream().map(argument -> inWords(argument, labels)).toArray();
            out.append('[').append(rules.getString("severity." + finding.severity())).append("] ")
                    .append(labels.text("findings.field")).append(": ")
                    .append(com.cacfiling.docs.build.FieldValues.labelOf(finding.fieldPath(), labels.locale()))
                    .append('\n')
                    .append("    ").append(new MessageFormat(rules.getString(finding.messageKey()), labels.locale())
                            .format(arguments)).append('\n');
            if (finding.legalBasis() != null) {
                out.append("    ").append(labels.text("findings.basis")).append(": ")
                        .append(rules.getString("regulation." + finding.legalBasis().regulation()))
                        .append(finding.legalBasis().article() == null ? ""
                                : " " + finding.legalBasis().article(labels.locale()))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
