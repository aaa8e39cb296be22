package com.cacfiling.web.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A service as pages and the API read it: its answers so far and when they were last saved. */
public record ServiceRow(UUID id, UUID companyId, String companyName, String name, String description,
        String triageVersion, Map<String, Boolean> answers, long version, Instant updatedAt, String updatedBy) {
}
