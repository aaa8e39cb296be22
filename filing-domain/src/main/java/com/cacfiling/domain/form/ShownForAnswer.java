package com.cacfiling.domain.form;

import java.util.List;

/**
 * When a page shows a field of a row: while the row's answer {@code field} is one of {@code oneOf}. Presentation
 * only, as JSON Forms' SHOW rule: the field is still asked, saved and checked whatever the answer, and a page never
 * folds away one that holds a value, typing or a finding. The large-model report's clauses: 符合 asks for the
 * evidence, 不符合 for the reason and the measure, 不适用 for the reason; all three under each of the report's
 * clauses made the step about ten thousand pixels tall on a phone.
 */
public record ShownForAnswer(String field, List<String> oneOf) {

    public ShownForAnswer {
        if (field == null || oneOf == null || oneOf.isEmpty()) {
            throw new IllegalArgumentException("A field shown for an answer names the row's answer and its values");
        }
        oneOf = List.copyOf(oneOf);
    }

    /** Whether the row's answer (null while not given) calls for the field. */
    public boolean calledFor(String answer) {
        return answer != null && oneOf.contains(answer);
    }
}
