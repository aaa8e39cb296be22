package com.cacfiling.web.obligation;

import java.util.UUID;

import com.cacfiling.domain.triage.ObligationKind;

/**
 * Work on a service's obligation was saved in the feature that does it (the security assessment's report, for one):
 * the register takes the obligation into work, marks it done when the work is {@link Progress#FULFILLED}, and takes a
 * done one into work again when the work starts anew ({@link Progress#STARTED_AGAIN}). Defined here so that the
 * features that do the work need not be known to the register.
 */
public record ObligationWorkDone(UUID companyId, UUID serviceId, String serviceName, ObligationKind kind,
        Progress progress, String actor) {

    public enum Progress {
        IN_WORK, FULFILLED, STARTED_AGAIN
    }
}
