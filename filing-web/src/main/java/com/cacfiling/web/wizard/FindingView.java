package com.cacfiling.web.wizard;

import com.cacfiling.rules.Severity;

/**
 * A finding as the wizard shows it: resolved message, the step and the form field it belongs to, and the anchor
 * to jump to.
 */
public record FindingView(String ruleCode, Severity severity, String path, Step step, String formPath, String anchor,
        String label, String message, String basis, boolean missing) implements FieldHtml.Note {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String severityCss() {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }
}
