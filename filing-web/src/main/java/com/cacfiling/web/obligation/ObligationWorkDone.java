package com.cacfiling.web.obligation;

import java.util.UUID;

import com.cacfiling.domain.triage.ObligationKind;

/**
 * Work on a service's obligation was saved in the feature that does it (the security assessment's report, for one):
 * the register takes the obligation into work, and marks it done when {@code fulfilled}. Defined here so that the
 * features that do the work need not be known to the register.
 */
public record ObligationWorkDone(UUID companyId, UUID serviceId, String serviceName, ObligationKind kind,
        boolean fulfilled, String actor) {
}
