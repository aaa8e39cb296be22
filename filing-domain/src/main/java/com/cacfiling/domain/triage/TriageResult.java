package com.cacfiling.domain.triage;

import java.util.List;

/**
 * What the answers mean: the obligations that apply (empty until every asked question is answered), the questions
 * still open, and whether the service is outside the Interim Measures (not offered to the public in mainland
 * China), in which case the reason must be recorded.
 */
public record TriageResult(String version, List<String> unanswered, List<ApplicableObligation> obligations,
        boolean outOfScope) {

    public TriageResult {
        unanswered = List.copyOf(unanswered);
        obligations = List.copyOf(obligations);
    }

    public boolean complete() {
        return unanswered.isEmpty();
    }

    public boolean applies(ObligationKind kind) {
        return obligations.stream().anyMatch(o -> o.kind() == kind);
    }
}
