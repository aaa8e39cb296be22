package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;

import com.cacfiling.rules.Evaluation;

/** What every wizard page shows around its form: progress, steps with readiness, and the findings. */
public record WizardView(Evaluation evaluation, List<FindingView> findings, Map<Step, Integer> readiness,
        int overall, java.util.Set<Step> started) {

    /** The findings of a started step (a step not started yet shows none: nothing was typed there). */
    public List<FindingView> on(Step step) {
        return isStarted(step) ? findings.stream().filter(finding -> finding.step() == step).toList() : List.of();
    }

    /** Findings for one form field, for showing next to it, once its step is started. */
    public List<FindingView> at(Step step, String formPath) {
        return findings.stream().filter(f -> f.formPath().equals(formPath) && isStarted(f.step())).toList();
    }

    /** A step the user saved at least once (or every step, once review was asked for); the review page is. */
    public boolean isStarted(Step step) {
        return step == null || step == Step.REVIEW || started.contains(step);
    }

    /** The errors of the started steps, for the progress line. */
    public long shownErrors() {
        return findings.stream().filter(f -> f.isError() && isStarted(f.step())).count();
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

    /**
     * An id an HTML element can carry, from a form path such as {@code products[0].name}: "f-" and the path with each
     * run of characters other than ASCII letters and digits as one dash, trailing dashes dropped. Made for every
     * field of every page, so a loop rather than two regular expressions (3 % of a step page).
     */
    public static String anchor(String formPath) {
        StringBuilder id = new StringBuilder(formPath.length() + 2).append("f-");
        boolean inRun = false;
        for (int i = 0; i < formPath.length(); i++) {
            char c = formPath.charAt(i);
            boolean kept = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (kept) {
                id.append(c);
            }
            else if (!inRun) {
                id.append('-');
            }
            inRun = !kept;
        }
        int end = id.length();
        while (end > 0 && id.charAt(end - 1) == '-') {
            end--;
        }
        id.setLength(end);
        return id.toString();
    }
}
