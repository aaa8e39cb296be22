package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;

import com.cacfiling.rules.Evaluation;

/** What every wizard page shows around its form: progress, steps with readiness, and the findings. */
public record WizardView(Evaluation evaluation, List<FindingView> findings, Map<Step, Integer> readiness,
        int overall, java.util.Set<Step> started, List<FindingView> typed) {

    /**
     * The same view with the values kept as typed that are not valid yet, as errors of their steps: the dossier
     * still holds the last valid value (or none), so the rules do not see them, yet the step is not done.
     */
    public WizardView withTyped(List<FindingView> typedValues) {
        return new WizardView(evaluation, findings, readiness, overall, started, List.copyOf(typedValues));
    }

    /**
     * The same view without the "missing" findings of one row (by its anchor, with its fields' anchors under it): a
     * row just added, shown empty on purpose. The progress is the rules' as before.
     */
    public WizardView withoutMissingIn(String rowAnchor) {
        return new WizardView(evaluation, findings.stream().filter(finding -> !(finding.missing()
                && (finding.anchor().equals(rowAnchor) || finding.anchor().startsWith(rowAnchor + "-")))).toList(),
                readiness, overall, started, typed);
    }

    /**
     * The findings of a started step (a step not started yet shows none: nothing was typed there), after the values
     * typed there that are not valid yet.
     */
    public List<FindingView> on(Step step) {
        List<FindingView> here = isStarted(step)
                ? findings.stream().filter(finding -> finding.step() == step && !hiddenByTyped(finding)).toList()
                : List.of();
        List<FindingView> typedHere = typed.stream().filter(value -> value.step() == step).toList();
        if (typedHere.isEmpty()) {
            return here;
        }
        List<FindingView> all = new java.util.ArrayList<>(typedHere);
        all.addAll(here);
        return all;
    }

    /**
     * Every finding for the review's table: errors first, then warnings, then information, each in step order (found
     * in a re-check: the table went by step, an error last after two notes; the large-model review puts errors first).
     */
    public List<FindingView> byImportance() {
        // Without those at a value typed invalidly, which the page lists with the typed value's own words, as the
        // dossier's findings files do (found in a re-check: "required" here beside "enter a whole number" there).
        return findings.stream().filter(f -> !hiddenByTyped(f))
                .sorted(java.util.Comparator.comparing(FindingView::severity)).toList();
    }

    /** A step whose rules are all met and that holds no value typed invalidly. */
    public boolean isDone(Step step) {
        return readiness(step) == 100;
    }

    /** Findings for one form field, for showing next to it, once its step is started. */
    public List<FindingView> at(Step step, String formPath) {
        return findings.stream().filter(f -> f.formPath().equals(formPath) && isStarted(f.step()) && !hiddenByTyped(f))
                .toList();
    }

    /**
     * The rules' findings at a field that holds a value typed invalidly speak of the value stored before it (or of
     * none): "required" beside 请输入整数, or a warning about 1,200,000 users beside "约120万". The typed value's
     * own message stands for them until it is corrected.
     */
    private boolean hiddenByTyped(FindingView finding) {
        return typed.stream().anyMatch(value -> value.formPath().equals(finding.formPath()));
    }

    /** A step the user saved at least once (or every step, once review was asked for); the review page is. */
    public boolean isStarted(Step step) {
        return step == null || step == Step.REVIEW || started.contains(step);
    }

    /** Whether every step is started: until then the progress line counts the started steps' errors only, and says so. */
    public boolean allStarted() {
        return java.util.Arrays.stream(Step.values()).allMatch(this::isStarted);
    }

    /** The errors of the started steps, for the progress line. */
    public long shownErrors() {
        return findings.stream().filter(f -> f.isError() && isStarted(f.step()) && !hiddenByTyped(f)).count()
                + typed.size();
    }

    /**
     * How complete a step is. A step holding a value typed invalidly is not complete, though the rules see the last
     * valid value there (or none): it never shows 100 % ("100 %, 6 errors" read as a contradiction).
     */
    public int readiness(Step step) {
        int ready = readiness.getOrDefault(step, 100);
        return ready == 100 && typed.stream().anyMatch(value -> value.step() == step) ? 99 : ready;
    }

    /** How complete the filing is; as for a step, never 100 % while a value typed invalidly waits anywhere. */
    @Override
    public int overall() {
        return overall == 100 && !typed.isEmpty() ? 99 : overall;
    }

    /** The errors in all, as the findings files count them: each value typed invalidly in place of the rules'. */
    public long errors() {
        return findings.stream().filter(f -> f.isError() && !hiddenByTyped(f)).count() + typed.size();
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
