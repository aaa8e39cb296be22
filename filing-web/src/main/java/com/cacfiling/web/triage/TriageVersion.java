package com.cacfiling.web.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.triage.ApplicableObligation;

/** One saved set of answers of a service and the obligations they gave: who, when, what. */
public record TriageVersion(long id, String triageVersion, Map<String, Boolean> answers,
        List<ApplicableObligation> obligations, String actor, Instant at) {
}
