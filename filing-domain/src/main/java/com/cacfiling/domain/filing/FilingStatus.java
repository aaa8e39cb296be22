package com.cacfiling.domain.filing;

/** Where a filing stands between drafting in the portal and the CAC's decision. */
public enum FilingStatus {
    /** Being prepared by the company; editable. */
    DRAFT,
    /** Handed to a consultant for review; not editable by the officer. */
    IN_REVIEW,
    /** Sent back by the consultant with comments; reopened as a draft by the officer. */
    RETURNED,
    /** Reviewed and ready to be entered into the CAC system. */
    READY,
    /** Entered into the CAC system on a recorded date; awaiting the CAC's decision. */
    SUBMITTED,
    /** Approved by the CAC with a filing number. */
    APPROVED,
    /** Returned by the CAC with a reason; reopened as a draft for rework. */
    RETURNED_BY_CAC,
    /** Cancelled after the service ended (within 20 working days). */
    CANCELLED,
    /**
     * Given up before it was filed (a draft started by mistake or no longer wanted, a change whose original was
     * cancelled): closed, kept as a record, with no deadline.
     */
    WITHDRAWN;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == RETURNED_BY_CAC;
    }
}
