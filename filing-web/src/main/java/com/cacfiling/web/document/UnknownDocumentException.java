package com.cacfiling.web.document;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A document address naming no document of the filing: 404 as before, now saying which documents there are (an API
 * caller guessing {@code self-assessment.pdf} was told only "not found"). Asked after the filing's load, so a filing
 * the caller may not see still answers the plain 404.
 */
public class UnknownDocumentException extends Refusal {

    UnknownDocumentException(String kind, String extension) {
        super("No document " + kind + "." + extension);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String textKey() {
        return "document.unknown";
    }
}
