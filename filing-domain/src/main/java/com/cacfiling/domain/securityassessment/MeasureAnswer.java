package com.cacfiling.domain.securityassessment;

/**
 * One measure as assessed: its state, what is actually in place (or, not applicable, why), and for a measure partly
 * or not in place the remedy and its deadline in words. Null state means not answered yet.
 */
public record MeasureAnswer(MeasureState state, String situation, String remedy) {

    public MeasureAnswer {
        situation = SecurityAssessment.text(situation);
        remedy = SecurityAssessment.text(remedy);
    }

    public static MeasureAnswer unanswered() {
        return new MeasureAnswer(null, null, null);
    }
}
