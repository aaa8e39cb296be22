package com.cacfiling.domain.form;

/**
 * When a field is required or asked: another answer equals (or does not equal) a value, equals it or is not given
 * yet ({@code equalsOrUnanswered}: asked until the answer rules it out), another answer is not empty, a list of
 * answers contains a code (the "other, please describe" text when OTHER is chosen), or a named predicate of the
 * dossier holds ({@code icpEntityDiffers}). Values compare as their JSON text ({@code "true"} for yes).
 */
public record Condition(String path, String equals, String notEquals, Boolean notEmpty, String contains,
        String predicate, String equalsOrUnanswered) {

    public Condition {
        int given = (equals != null ? 1 : 0) + (notEquals != null ? 1 : 0) + (notEmpty != null ? 1 : 0)
                + (contains != null ? 1 : 0) + (predicate != null ? 1 : 0) + (equalsOrUnanswered != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("A condition needs exactly one of equals, notEquals, notEmpty, contains, "
                    + "predicate, equalsOrUnanswered");
        }
        if (predicate == null && path == null) {
            throw new IllegalArgumentException("A condition on an answer needs its path");
        }
    }
}
