package com.cacfiling.web.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.cacfiling.domain.triage.Evidence;
import com.cacfiling.domain.triage.ObligationKind;

/** One obligation of the register, with the names the pages show (company, service, owner). */
public record ObligationRow(UUID id, UUID companyId, String companyName, String companyNameEn, UUID serviceId,
        String serviceName,
        ObligationKind kind, String detail, String basis, Evidence evidence, boolean applies, ObligationStatus status,
        UUID ownerId, String ownerName, boolean ownerActive, String evidenceLink, String note, LocalDate nextReview, long version,
        Instant updatedAt, String updatedBy) {

    /** Overdue for review: open, and the review date has passed. */
    public boolean reviewDue(LocalDate today) {
        return applies && status.isOpen() && nextReview != null && nextReview.isBefore(today);
    }

    /** The company's name as a page in {@code locale} shows it. */
    public String companyDisplayName(java.util.Locale locale) {
        return com.cacfiling.web.company.CompanyNames.shown(companyName, companyNameEn, locale);
    }

    public boolean confirmWithLocalCac() {
        return evidence.confirmWithLocalCac();
    }
}
