package com.cacfiling.web.triage;

import java.util.UUID;

import com.cacfiling.domain.triage.ObligationKind;

/**
 * Where a service's work on one kind of obligation stands, for the badge beside its link on the service's result
 * (found in a walk: a submitted security assessment still read "write the report"). Implemented by the feature that
 * does the work, so the triage need not know it.
 */
public interface ObligationWorkStatus {

    ObligationKind kind();

    /** The message key of the state of the work, or null before any was saved. */
    String statusKey(UUID serviceId);
}
