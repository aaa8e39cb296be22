package com.cacfiling.domain.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The limits of the form definition checked on a whole dossier: characters of texts, bounds of numbers, rows of
 * groups. The wizard keeps an over-limit value as typed with its message; the API and imports refuse it with the
 * same limits, so no way in lets a dossier grow past what the form allows.
 */
public final class FormLimits {

    /** Where a catalogue path ({@code algorithm.basics.name}) is in the JSON dossier file. */
    public static String dossierPath(String catalogPath) {
        if (catalogPath.startsWith("algorithm.")) {
            return "$.algorithm.profile." + catalogPath.substring("algorithm.".length());
        }
        if (catalogPath.startsWith("step3.")) {
            return "$.filing.step3." + catalogPath.substring("step3.".length());
        }
        return "$." + catalogPath;
    }

    /** One value over its field's limit: where (catalogue path), which limit, and the limit and actual value. */
    public record Violation(String path, String limit, long allowed, String actual) {

        /** The JSON path in the dossier file ({@code $.algorithm.profile.basics.name}). */
        public String dossierPath() {
            return FormLimits.dossierPath(path);
        }

        /** What is wrong, in English for API clients. */
        public String reason() {
            return switch (limit) {
                case "characters" -> "longer than " + allowed + " characters (" + actual + ")";
                case "rows" -> "more than " + allowed + " rows (" + actual + ")";
                case "min" -> "less than " + allowed + " (" + actual + ")";
                case "earliestYear" -> "a year before " + allowed + " (" + actual + ")";
                case "latestYear" -> "a year after " + allowed + " (" + actual + ")";
                default -> "more than " + allowed + " (" + actual + ")";
            };
        }
    }

    /**
     * The years a date of the form can have (a company founded, a service launched, a document signed): outside them
     * a digit was dropped or swapped (found in a walk: 0202-09-28 for 2026, "overdue by 468,033 working days").
     */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2099;

    private FormLimits() {
    }

    /** Whether a date's year is one a date of the form can have. */
    public static boolean isPlausible(java.time.LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }

    public static List<Violation> check(DossierTree tree) {
        List<Violation> violations = new ArrayList<>();
        for (StepSpec step : tree.fields().steps()) {
            for (FieldGroup group : step.groups()) {
                for (FieldSpec field : group.fields()) {
                    FieldPaths.walk(field, tree, (each, path) -> check(each, path, tree, violations));
                }
            }
        }
        return violations;
    }

    /** Checks the value at one path of a field; answers whether there is one (none: nothing below it to check). */
    private static boolean check(FieldSpec field, String path, DossierTree tree, List<Violation> into) {
        JsonNode node = tree.get(path);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        switch (field.kind()) {
            case GROUP -> {
                if (node.size() > field.rowLimit()) {
                    into.add(new Violation(path, "rows", field.rowLimit(), String.valueOf(node.size())));
                }
            }
            case KEYED_GROUP -> {
                // No limit of its own: its rows' fields are checked at their paths.
            }
            case INTEGER, DECIMAL -> {
                BigDecimal value = node.decimalValue();
                if (field.min() != null && value.compareTo(field.min()) < 0) {
                    into.add(new Violation(path, "min", field.min().longValue(), value.toPlainString()));
                }
                if (field.max() != null && value.compareTo(field.max()) > 0) {
                    into.add(new Violation(path, "max", field.max().longValue(), value.toPlainString()));
                }
            }
            case DATE -> {
                try {
                    java.time.LocalDate date = java.time.LocalDate.parse(node.asString());
                    if (!isPlausible(date)) {
                        boolean early = date.getYear() < EARLIEST_YEAR;
                        into.add(new Violation(path, early ? "earliestYear" : "latestYear",
                                early ? EARLIEST_YEAR : LATEST_YEAR, node.asString()));
                    }
                }
                catch (java.time.format.DateTimeParseException notADate) {
                    // Refused where the dossier is read; nothing to limit here.
                }
            }
            case LINES, MULTI_CHOICE, EVIDENCE_LINKS -> {
                int length = 0;
                for (JsonNode item : node) {
                    length += item.asString().length() + 1;
                }
                int limit = field.characterLimit() > 0 ? field.characterLimit() : 5000;
                if (length > limit) {
                    into.add(new Violation(path, "characters", limit, String.valueOf(length)));
                }
            }
            default -> {
                int limit = field.characterLimit() > 0 ? field.characterLimit() : 200;
                int length = node.asString().length();
                if (length > limit) {
                    into.add(new Violation(path, "characters", limit, String.valueOf(length)));
                }
            }
        }
        return true;
    }
}
