package com.cacfiling.domain.securityassessment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service's security assessment as its report states it (Art. 6): the basic facts (functions and scope, software
 * and hardware, where it is deployed, its licences and filings), why it was made, who made it and when, each
 * measure of Art. 5 with its state, the conclusion and other matters; and when and under which receipt it was
 * submitted (Art. 7). Texts are stripped, blank is null. {@code invalidInput} keeps what was typed into a date field
 * and could not be read, by field name ({@code assessedOn}, {@code submittedOn}), so that it is shown again as typed.
 */
public record SecurityAssessment(String functions, String facilities, String deployment, String licences,
        Set<AssessmentTrigger> triggers, Assessor assessor, String thirdParty, LocalDate assessedOn,
        Map<SecurityMeasure, MeasureAnswer> measures, String conclusion, String otherMatters, LocalDate submittedOn,
        String submissionReference, Map<String, String> invalidInput) {

    /** The longest text a field takes: a report's section, not a book. */
    public static final int MAX_TEXT = 4000;

    public SecurityAssessment {
        functions = text(functions);
        facilities = text(facilities);
        deployment = text(deployment);
        licences = text(licences);
        triggers = triggers == null || triggers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(triggers));
        thirdParty = text(thirdParty);
        EnumMap<SecurityMeasure, MeasureAnswer> all = new EnumMap<>(SecurityMeasure.class);
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            MeasureAnswer answer = measures == null ? null : measures.get(measure);
            all.put(measure, answer == null ? MeasureAnswer.unanswered() : answer);
        }
        measures = java.util.Collections.unmodifiableMap(all);
        conclusion = text(conclusion);
        otherMatters = text(otherMatters);
        submissionReference = text(submissionReference);
        Map<String, String> typed = new LinkedHashMap<>();
        if (invalidInput != null) {
            invalidInput.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    typed.put(field, value.strip());
                }
            });
        }
        invalidInput = Map.copyOf(typed);
    }

    public static SecurityAssessment empty() {
        return new SecurityAssessment(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    public MeasureAnswer measure(SecurityMeasure measure) {
        return measures.get(measure);
    }

    /** Recorded as submitted: a date of submission was given. */
    public boolean isSubmitted() {
        return submittedOn != null;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
