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

    /**
     * A message argument in words: fields and options by their labels, texts from the documents' bundle, else from
     * the rules' own (a holiday's name, a weekday: the rules' words that no document prints otherwise).
     */
    private static Object inWords(Object argument, Labels labels, ResourceBundle rules) {
        if (argument instanceof com.cacfiling.rules.FindingArgument.FieldLabel field) {
            return com.cacfiling.docs.build.FieldValues.labelOf(field.path(), labels.locale());
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.OptionLabel option) {
            return labels.option(option.list(), option.code()).value();
        }
        if (argument instanceof com.cacfiling.rules.FindingArgument.Text text) {
            return labels.has(text.key()) ? labels.text(text.key()) : rules.getString(text.key());
        }
        if (argument instanceof java.time.LocalDate date) {
            return labels.date(date);
        }
        return argument;
    }

    static String text(Evaluation evaluation, Labels labels) {
        return text(evaluation, labels, java.util.List.of());
    }

    /**
     * As the review page: a value typed invalidly is an error in the portal's words for it, and the rules' findings
     * at its field (which speak of the empty answer, "required") give way to it (found in a walk).
     */
    static String text(Evaluation evaluation, Labels labels, java.util.List<com.cacfiling.docs.PendingValue> pending) {
        ResourceBundle rules = ResourceBundle.getBundle("com.cacfiling.rules.messages",
                Labels.isEnglish(labels.locale()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder out = new StringBuilder(labels.text("findings.title")).append("\n\n");
        java.util.Set<String> typedAt = new java.util.HashSet<>();
        pending.forEach(value -> typedAt.add(value.fieldPath()));
        // Errors first, then warnings, then notes, as the review page lists them (found in a re-check).
        java.util.List<Finding> shown = evaluation.findings().stream()
                .filter(finding -> !typedAt.contains(finding.fieldPath()))
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        out.append(labels.text("findings.summary", count(shown, Severity.ERROR) + pending.size(),
                count(shown, Severity.WARNING), count(shown, Severity.INFO))).append("\n\n");
        if (shown.isEmpty() && pending.isEmpty()) {
            out.append(labels.text("findings.none")).append('\n');
        }
        for (com.cacfiling.docs.PendingValue value : pending) {
            out.append('[').append(rules.getString("severity." + Severity.ERROR)).append("] ")
                    .append(labels.text("findings.field")).append(": ")
                    .append(com.cacfiling.docs.build.FieldValues.labelOf(value.fieldPath(), labels.locale()))
                    .append('\n').append("    ").append(value.message(labels.locale())).append('\n');
        }
        for (Finding finding : shown) {
            Object[] arguments = finding.arguments().stream().map(argument -> inWords(argument, labels, rules))
                    .toArray();
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

    private static long count(java.util.List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
