package com.cacfiling.web.securityassessment;

import java.util.Locale;

import com.cacfiling.rules.Severity;

/** A finding of the report as the page shows it: in words, beside its field and in the list that links to it. */
public record SecurityAssessmentFindingView(Severity severity, String field, String anchor, String label,
        String message, String basis) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String severityCss() {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
