package com.cacfiling.web.system;

/**
 * A change refused because what it changes is not being edited now (a large-model filing in review or ready to
 * file): answered 409 with the reason, as the algorithm filing's moves are.
 */
public class NotEditableException extends RuntimeException {

    private final String backTo;

    /** {@code backTo}: the page that says why (the filing's review page), linked from the refusal. */
    public NotEditableException(String what, String backTo) {
        super(what + " is not editable in its current status");
        this.backTo = backTo;
    }

    public String backTo() {
        return backTo;
    }
}
