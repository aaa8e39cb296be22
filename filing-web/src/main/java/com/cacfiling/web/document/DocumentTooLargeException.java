package com.cacfiling.web.document;

import java.time.Duration;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/** The dossier is too large to be rendered within the budget (or the renderers are all busy with large ones). */
public class DocumentTooLargeException extends Refusal {

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

    @Override
    public HttpStatus status() {
        return busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String textKey() {
        return busy ? "document.busy" : "document.tooLarge";
    }

    @Override
    public String titleKey() {
        return "document.tooLarge.title";
    }
}
