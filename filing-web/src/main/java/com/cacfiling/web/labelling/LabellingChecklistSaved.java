package com.cacfiling.web.labelling;

import java.util.UUID;

/**
 * A labelling checklist was saved from a service's triage result ({@code serviceId}): the service's labelling
 * obligation is in work (found in a walk: it stayed "open" while the filings' obligations moved on).
 */
public record LabellingChecklistSaved(UUID companyId, UUID serviceId, String actor) {
}
