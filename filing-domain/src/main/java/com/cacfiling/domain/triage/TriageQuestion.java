package com.cacfiling.domain.triage;

import java.util.Map;

/** One yes/no question, asked only when the answers named in {@code askedWhen} were given as stated. */
public record TriageQuestion(String id, Map<String, Boolean> askedWhen) {

    public TriageQuestion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A triage question needs an id");
        }
        askedWhen = askedWhen == null ? Map.of() : Map.copyOf(askedWhen);
    }

    boolean isAsked(Map<String, Boolean> answers) {
        return askedWhen.entrySet().stream().allMatch(c -> c.getValue().equals(answers.get(c.getKey())));
    }
}
