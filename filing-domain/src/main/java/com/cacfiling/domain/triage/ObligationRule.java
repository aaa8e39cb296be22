package com.cacfiling.domain.triage;

import java.util.Map;

/**
 * An obligation of {@code kind} applies when every answer in {@code when} was given as stated; {@code detail}
 * says in which form (the algorithm type, the route), {@code basis} names the legal basis.
 */
public record ObligationRule(ObligationKind kind, String detail, String basis, Evidence evidence,
        Map<String, Boolean> when) {

    public ObligationRule {
        if (kind == null || basis == null || evidence == null || when == null || when.isEmpty()) {
            throw new IllegalArgumentException("An obligation rule needs kind, basis, evidence and a condition");
        }
        when = Map.copyOf(when);
    }

    boolean holds(Map<String, Boolean> answers) {
        return when.entrySet().stream().allMatch(c -> c.getValue().equals(answers.get(c.getKey())));
    }
}
