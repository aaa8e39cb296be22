package com.cacfiling.web.filing;

import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;

/**
 * The CAC's approval of an algorithm filing was recorded: the obligation to file it, of the services it was started
 * for, is done (found in a walk: the register still listed it as open after the approval).
 */
public record AlgorithmFilingApproved(UUID companyId, UUID filingId, UUID previousFilingId, FilingRole role,
        String actor) {
}
