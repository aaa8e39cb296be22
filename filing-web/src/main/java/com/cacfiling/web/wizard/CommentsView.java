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
}
