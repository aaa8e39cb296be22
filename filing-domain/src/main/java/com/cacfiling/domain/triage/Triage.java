package com.cacfiling.domain.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One version of the triage questionnaire and its rules, read from {@code triage-<version>.yaml}, and the pure
 * evaluation of answers against it.
 */
public record Triage(String version, List<TriageQuestion> questions, List<ObligationRule> rules) {

    public static final String CURRENT_VERSION = "2026.3";

    /**
     * Every version shipped, oldest first: a service keeps the version it was last saved with (its history and
     * obligations cite that version's bases) until its answers are saved again.
     */
    private static final Map<String, Triage> VERSIONS = java.util.stream.Stream.of("2026.1", "2026.2", CURRENT_VERSION)
            .collect(java.util.stream.Collectors.toMap(v -> v, Triage::load, (a, b) -> a, LinkedHashMap::new));

    private static final Triage CURRENT = VERSIONS.get(CURRENT_VERSION);

    public Triage {
        questions = List.copyOf(questions);
        rules = List.copyOf(rules);
        Set<String> ids = new java.util.HashSet<>();
        for (TriageQuestion question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalStateException("Triage question " + question.id() + " is listed twice");
            }
        }
        for (TriageQuestion question : questions) {
            requireKnown(ids, question.askedWhen().keySet(), question.id());
        }
        for (ObligationRule rule : rules) {
            requireKnown(ids, rule.when().keySet(), rule.kind().name());
        }
    }

    private static void requireKnown(Set<String> ids, Set<String> named, String where) {
        for (String id : named) {
            if (!ids.contains(id)) {
                throw new IllegalStateException(where + " names the unknown triage question " + id);
            }
        }
    }

    public static Triage current() {
        return CURRENT;
    }

    /** The version a service was triaged with. */
    public static Triage version(String version) {
        Triage triage = VERSIONS.get(version);
        if (triage == null) {
            throw new IllegalArgumentException("Unknown triage version " + version);
        }
        return triage;
    }

    /** Whether answers saved with {@code version} are evaluated differently today. */
    public static boolean isOutdated(String version) {
        return version != null && !CURRENT_VERSION.equals(version);
    }

    /**
     * Only the answers to questions that are asked given the other answers: answering "no" to the first question
     * drops the answers that depended on "yes", so a stored triage never holds answers nobody was asked.
     */
    public Map<String, Boolean> normalise(Map<String, Boolean> answers) {
        Map<String, Boolean> kept = new LinkedHashMap<>();
        for (TriageQuestion question : questions) {
            if (question.isAsked(kept) && answers.get(question.id()) != null) {
                kept.put(question.id(), answers.get(question.id()));
            }
        }
        return kept;
    }

    /** The questions asked given the answers so far, in order. */
    public List<TriageQuestion> asked(Map<String, Boolean> answers) {
        Map<String, Boolean> kept = normalise(answers);
        return questions.stream().filter(question -> question.isAsked(kept)).toList();
    }

    /** The obligations that apply; for each kind the first rule that holds decides. */
    public TriageResult evaluate(Map<String, Boolean> answers) {
        Map<String, Boolean> kept = normalise(answers);
        List<String> unanswered = asked(kept).stream().map(TriageQuestion::id)
                .filter(id -> !kept.containsKey(id)).toList();
        List<ApplicableObligation> found = new ArrayList<>();
        if (unanswered.isEmpty()) {
            Set<ObligationKind> decided = EnumSet.noneOf(ObligationKind.class);
            for (ObligationRule rule : rules) {
                if (!decided.contains(rule.kind()) && rule.holds(kept)) {
                    decided.add(rule.kind());
                    found.add(new ApplicableObligation(rule.kind(), rule.detail(), rule.basis(), rule.evidence()));
                }
            }
            found.sort(java.util.Comparator.comparing(ApplicableObligation::kind));
        }
        return new TriageResult(version, unanswered, found, Boolean.FALSE.equals(kept.get("PUBLIC")));
    }

    private static Triage load(String version) {
        String resource = "triage-" + version + ".yaml";
        try (InputStream in = Triage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data file " + resource);
            }
            Triage triage = YAMLMapper.builder().build().readValue(in, Triage.class);
            if (!version.equals(triage.version())) {
                throw new IllegalStateException(resource + " declares version " + triage.version());
            }
            return triage;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
