package com.cacfiling.web.filing;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;

/**
 * An algorithm filing (or a dual-role pair) was started from a service's triage result: the service's obligations to
 * file in those roles are in work, and what is done in the filings later is the service's too. {@code serviceId} is as
 * the form sent it; listeners match it within the company.
 */
public record AlgorithmFilingStarted(UUID companyId, UUID serviceId, List<FilingRole> roles, List<UUID> filingIds,
        String actor) {
}
