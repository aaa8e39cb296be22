package com.cacfiling.web.document;

import java.time.Duration;

/** The dossier is too large to be rendered within the budget (or the renderers are all busy with large ones). */
public class DocumentTooLargeException extends RuntimeException {

    private final boolean busy;

    DocumentTooLargeException(Duration budget, boolean busy) {
        super(busy ? "All document renderers are busy" : budget == null
                ? "The dossier has more rows than " + RenderedDocuments.MAX_ROWS
                : "The document could not be rendered within " + budget.toSeconds() + " s");
        this.busy = busy;
    }

    public boolean isBusy() {
        return busy;
    }
}
