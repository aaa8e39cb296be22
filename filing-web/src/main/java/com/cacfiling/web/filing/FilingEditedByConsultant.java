package com.cacfiling.web.filing;

import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;

/**
 * A consultant changed a client's filing (an algorithm filing, or a large-model filing or registration): the
 * company's officers are told, as the change is theirs to submit (found in a walk: an officer's draft changed without
 * a word to them). {@code role}: an algorithm filing's, null for a large-model filing.
 */
public record FilingEditedByConsultant(UUID companyId, UUID filingId, UUID modelFilingId, UUID consultantId,
        String name, FilingRole role) {

    public static FilingEditedByConsultant ofAlgorithmFiling(UUID companyId, UUID filingId, UUID consultantId,
            String algorithmName, FilingRole role) {
        return new FilingEditedByConsultant(companyId, filingId, null, consultantId, algorithmName, role);
    }

    public static FilingEditedByConsultant ofModelFiling(UUID companyId, UUID modelFilingId, UUID consultantId,
            String name) {
        return new FilingEditedByConsultant(companyId, null, modelFilingId, consultantId, name, null);
    }
}
