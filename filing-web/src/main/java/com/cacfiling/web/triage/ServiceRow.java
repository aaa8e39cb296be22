package com.cacfiling.web.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A service as pages and the API read it: its answers so far and when they were last saved. */
public record ServiceRow(UUID id, UUID companyId, String companyName, String companyNameEn, String name,
        String description,
        String triageVersion, Map<String, Boolean> answers, long version, Instant updatedAt, String updatedBy) {

    /** The company's name as a page in {@code locale} shows it. */
    public String companyDisplayName(java.util.Locale locale) {
        return com.cacfiling.web.company.CompanyNames.shown(companyName, companyNameEn, locale);
    }
}
