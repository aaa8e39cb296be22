package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;

import com.cacfiling.rules.Evaluation;

/** What every wizard page shows around its form: progress, steps with readiness, and the findings. */
public record WizardView(Evaluation evaluation, List<FindingView> findings, Map<Step, Integer> readiness,
        int overall) {

    public List<FindingView> on(Step step) {
        return findings.stream().filter(finding -> finding.step() == step).toList();
    }

    /** Findings for one form field of a step, for showing next to it. */
    public List<FindingView> at(Step step, String formPath) {
        return findings.stream().filter(f -> f.formPath().equals(formPath)).toList();
    }

    public int readiness(Step step) {
        return readiness.getOrDefault(step, 100);
    }

    public long errors() {
        return evaluation.errorCount();
    }

    public boolean ready() {
        return evaluation.isReady();
    }

    /** An id an HTML element can carry, from a form path such as {@code products[0].name}. */
    public static String anchor(String formPath) {
        return ("f-" + formPath.replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("-+$", "");
    }
}
