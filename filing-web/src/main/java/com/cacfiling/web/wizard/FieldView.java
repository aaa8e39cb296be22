package com.cacfiling.web.wizard;

import java.util.List;

import com.cacfiling.domain.form.FieldKind;

/**
 * A field as the page shows it: its concrete path and anchor, label, what is in it (as typed when it is not valid,
 * with the error), its options, and for groups its rows, and for a field of a row shown for some of the row's
 * answers, which. Every text is already in the user's language.
 */
public record FieldView(FieldKind kind, String path, String anchor, String label, String help, String value,
        List<String> values, List<Option> options, String error, List<Row> rows, boolean canAddRow,
        int characterLimit, Suggestion suggestion, boolean required,
        com.cacfiling.domain.form.IdentifierType identifier, ShownFor shownFor,
        com.cacfiling.domain.form.Condition requiredWhen) {

    /** A field required always or never, or by an answer the page does not follow as it is typed. */
    public FieldView(FieldKind kind, String path, String anchor, String label, String help, String value,
            List<String> values, List<Option> options, String error, List<Row> rows, boolean canAddRow,
            int characterLimit, Suggestion suggestion, boolean required,
            com.cacfiling.domain.form.IdentifierType identifier, ShownFor shownFor) {
        this(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow, characterLimit,
                suggestion, required, identifier, shownFor, null);
    }

    /** A field shown whatever the answers of its row. */
    public FieldView(FieldKind kind, String path, String anchor, String label, String help, String value,
            List<String> values, List<Option> options, String error, List<Row> rows, boolean canAddRow,
            int characterLimit, Suggestion suggestion, boolean required,
            com.cacfiling.domain.form.IdentifierType identifier) {
        this(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow, characterLimit,
                suggestion, required, identifier, null);
    }

    /** A field that holds no identifier (or whose kind of identifier the page does not need). */
    public FieldView(FieldKind kind, String path, String anchor, String label, String help, String value,
            List<String> values, List<Option> options, String error, List<Row> rows, boolean canAddRow,
            int characterLimit, Suggestion suggestion, boolean required) {
        this(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow, characterLimit,
                suggestion, required, null);
    }

    /** A field the checks do not require (or whose requirement the page does not know). */
    public FieldView(FieldKind kind, String path, String anchor, String label, String help, String value,
            List<String> values, List<Option> options, String error, List<Row> rows, boolean canAddRow,
            int characterLimit, Suggestion suggestion) {
        this(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow, characterLimit,
                suggestion, false);
    }

    /**
     * Shown for some answers of its row: the answer's input (its id), the answers that call for the field, and
     * whether the answer now is one of them.
     */
    public record ShownFor(String answerId, List<String> answers, boolean calledFor) {
    }

    /** The same field, shown for some answers of its row. */
    public FieldView shownFor(ShownFor when) {
        return new FieldView(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow,
                characterLimit, suggestion, required, identifier, when, requiredWhen);
    }

    /**
     * The same field, required by another answer the page follows as it is typed: its mark shows and hides with that
     * answer (found in a walk: 营业期限至 stayed marked required after 长期 was answered yes, until a save).
     */
    public FieldView requiredWhen(com.cacfiling.domain.form.Condition when) {
        return new FieldView(kind, path, anchor, label, help, value, values, options, error, rows, canAddRow,
                characterLimit, suggestion, required, identifier, shownFor, when);
    }

    /**
     * Folded away on the page: shown for answers of its row that the answer now is not, and holding nothing (no value,
     * no typing, no error); what the checks note on it keeps it shown too, which the page decides.
     */
    public boolean foldedAway() {
        return shownFor != null && !shownFor.calledFor() && error == null && values.isEmpty()
                && (value == null || value.isBlank());
    }

    /** A value typed elsewhere in the filing, offered for this empty field (the user takes it with one click). */
    public record Suggestion(String value, String from) {
    }

    /** A choice: code, label, whether chosen, and whether the current list still offers it. */
    public record Option(String code, String label, boolean selected, boolean retired) {
    }

    /** One row of a repeating or keyed group. */
    public record Row(int index, String path, String anchor, String title, List<FieldView> fields,
            boolean movable) {
    }

    /** The same field not marked as required: in a row the form lets stay empty (a keyed group's optional key). */
    public FieldView optional() {
        return required || requiredWhen != null ? new FieldView(kind, path, anchor, label, help, value, values,
                options, error, rows, canAddRow, characterLimit, suggestion, false, identifier, shownFor, null) : this;
    }

    /** Answered with boxes (check boxes or yes/no) in a fieldset, not one input with a label. */
    public boolean boxes() {
        return kind == FieldKind.MULTI_CHOICE || kind == FieldKind.EVIDENCE_LINKS || kind == FieldKind.YES_NO;
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean isChecked(String code) {
        return values.contains(code);
    }

    /**
     * The value in words, for comparisons and read-only views: option labels (joined by the language's list
     * separator, 、 or a comma), 是/否, dates as stored.
     */
    public String displayText(String yes, String no, String separator) {
        return switch (kind) {
            case YES_NO -> "true".equals(value) ? yes : "false".equals(value) ? no : "";
            case SINGLE_CHOICE -> options.stream().filter(Option::selected).map(Option::label).findFirst()
                    .orElse(value == null ? "" : value);
            case MULTI_CHOICE, EVIDENCE_LINKS -> String.join(separator,
                    options.stream().filter(Option::selected).map(Option::label).toList());
            // As the documents print counts: "1,200,000" (a walk's comparison read "1200000").
            case INTEGER, DECIMAL -> grouped(value);
            default -> value == null ? "" : value;
        };
    }

    private static String grouped(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return format.format(new java.math.BigDecimal(value.strip()));
        }
        catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
