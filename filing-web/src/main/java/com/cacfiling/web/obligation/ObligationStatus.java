package com.cacfiling.web.obligation;

/** Where the work on an obligation stands; open and in progress count as open on the dashboard. */
public enum ObligationStatus {
    OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
