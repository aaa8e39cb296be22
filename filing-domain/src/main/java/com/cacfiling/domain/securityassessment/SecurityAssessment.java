package com.cacfiling.domain.securityassessment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
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
        // In Art. 3's order, wherever the set is shown or written (Set.copyOf kept no order).
        triggers = triggers == null || triggers.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(triggers));
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

    /**
     * Recorded as submitted: a date of submission was given. Not named as a getter, so that it is no property of the
     * stored JSON (it follows from the date).
     */
    public boolean recordedAsSubmitted() {
        return submittedOn != null;
    }

    /** The same report with every text changed by {@code change} (ID numbers masked, for instance). */
    public SecurityAssessment withTexts(UnaryOperator<String> change) {
        return withTextsFrom(this, (text, same) -> change.apply(text));
    }

    /**
     * The same report with each text combined with the same field's text in {@code other}: {@code combine} gets
     * this report's text and the other's (either may be null).
     */
    public SecurityAssessment withTextsFrom(SecurityAssessment other, BinaryOperator<String> combine) {
        BinaryOperator<String> c = (mine, theirs) -> mine == null ? null : combine.apply(mine, theirs);
        Map<SecurityMeasure, MeasureAnswer> changed = new EnumMap<>(SecurityMeasure.class);
        measures.forEach((measure, answer) -> {
            MeasureAnswer theirs = other.measure(measure);
            changed.put(measure, new MeasureAnswer(answer.state(), c.apply(answer.situation(), theirs.situation()),
                    c.apply(answer.remedy(), theirs.remedy())));
        });
        return new SecurityAssessment(c.apply(functions, other.functions), c.apply(facilities, other.facilities),
                c.apply(deployment, other.deployment), c.apply(licences, other.licences), triggers, assessor,
                c.apply(thirdParty, other.thirdParty), assessedOn, changed, c.apply(conclusion, other.conclusion),
                c.apply(otherMatters, other.otherMatters), submittedOn,
                c.apply(submissionReference, other.submissionReference), invalidInput);
    }

    /** Stripped, with a browser's line ends as one; blank is none. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
    }
}
