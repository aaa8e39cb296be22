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
}
