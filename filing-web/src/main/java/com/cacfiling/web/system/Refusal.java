package com.cacfiling.web.system;

import org.springframework.http.HttpStatus;

/**
 * A request a feature refuses for a reason it explains in its own words (message keys of the bundles), answered by
 * {@link GlobalControllerAdvice} as the portal's error page, or under /api/ as problem JSON with the English text,
 * without the advice knowing the feature.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }

    public abstract HttpStatus status();

    /** The key of the text said to the user. */
    public abstract String textKey();

    /** The key of the page's title; null for the status's own. */
    public String titleKey() {
        return null;
    }

    /** The page the refusal leads back to; null for none (or the filing the request's path names). */
    public String backTo() {
        return null;
    }

    /** The key of the link back's text; null for the portal's "back to the filing". */
    public String backKey() {
        return null;
    }
}
