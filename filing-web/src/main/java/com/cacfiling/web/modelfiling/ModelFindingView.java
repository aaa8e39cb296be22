package com.cacfiling.web.modelfiling;

import java.util.Locale;

import com.cacfiling.rules.Severity;

/** A finding of a large-model filing as a page shows it: in words, with the field it concerns and where to jump. */
public record ModelFindingView(Severity severity, String path, String step, String anchor, String label,
        String message, String basis) implements com.cacfiling.web.wizard.FieldHtml.Note {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String severityCss() {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** Where the review's entry leads: its step's page at the field, or the lists' page for a list's finding. */
    public String href(java.util.UUID filingId) {
        return "/model-filings/" + filingId + (step == null ? "/lists" : "/steps/" + ModelFilingController.slug(step)
                + "#" + anchor);
    }
}
