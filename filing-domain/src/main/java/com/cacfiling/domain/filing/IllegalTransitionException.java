package com.cacfiling.domain.filing;

/** A lifecycle move the filing's current status does not allow. */
public class IllegalTransitionException extends IllegalStateException {

    private final FilingStatus status;
    private final String action;

    public IllegalTransitionException(FilingStatus status, String action) {
        super("A filing in status " + status + " cannot " + action);
        this.status = status;
        this.action = action;
    }

    public FilingStatus status() {
        return status;
    }

    public String action() {
        return action;
    }
}
