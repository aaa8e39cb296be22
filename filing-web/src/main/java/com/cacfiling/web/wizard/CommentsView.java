package com.cacfiling.web.wizard;

import java.util.List;

import com.cacfiling.rules.WizardStep;
import com.cacfiling.web.review.FieldComment;

/** The open field comments of a filing, placed at their fields in the wizard. */
public record CommentsView(List<FieldComment> open) {

    public List<FieldComment> at(Step step, String formPath) {
        return open.stream().filter(comment -> comment.getFieldPath().equals(formPath)).toList();
    }

    public long count() {
        return open.size();
    }

    /** The comments the company still has to deal with (neither resolved nor marked addressed). */
    public long awaiting() {
        return open.stream().filter(FieldComment::isAwaitingCompany).count();
    }

    /** The first step, in the wizard's order, with a comment the company still has to deal with. */
    public java.util.Optional<Step> firstStepAwaiting() {
        return java.util.Arrays.stream(Step.values()).filter(step -> awaitingOn(step) > 0).findFirst();
    }

    /** Where the first of them on a step is: its field's anchor, for the step's checklist; null when there is none. */
    public String firstAwaitingAnchor(Step step) {
        return awaitingAt(step).findFirst().map(comment -> WizardView.anchor(comment.getFieldPath())).orElse(null);
    }

    /** Those of them on one step's fields, for the step's tab. */
    public long awaitingOn(Step step) {
        return step == Step.REVIEW ? 0 : awaitingAt(step).count();
    }

    private java.util.stream.Stream<FieldComment> awaitingAt(Step step) {
        return open.stream().filter(comment -> comment.isAwaitingCompany()
                && Step.of(WizardStep.of(comment.getFieldPath())) == step);
    }
}
