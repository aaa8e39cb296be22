package com.cacfiling.web.securityassessment;

import java.util.Locale;

import com.cacfiling.rules.Severity;

/**
 * A finding of the report as the page shows it: in words, beside its field and in the list that links to it. The
 * page names the Provisions once and each finding its article ({@code basis}); the API, read one finding at a time,
 * names both ({@code basisInFull}; found in a walk: "Art. 6" of what).
 */
public record SecurityAssessmentFindingView(Severity severity, String field, String anchor, String label,
        String message, String basis, String basisInFull) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String severityCss() {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
