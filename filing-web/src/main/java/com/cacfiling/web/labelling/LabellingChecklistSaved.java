package com.cacfiling.web.labelling;

import java.util.UUID;

/**
 * A filing's labelling checklist was saved, from a service's triage result ({@code serviceId}) or from the filing's
 * own pages (null): the labelling obligation of that service, or of the services the filing was started for, is in
 * work (found in walks: it stayed "open" while the filings' obligations moved on).
 */
public record LabellingChecklistSaved(UUID companyId, UUID filingId, UUID serviceId, String actor) {
}
