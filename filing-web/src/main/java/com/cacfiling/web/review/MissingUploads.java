package com.cacfiling.web.review;

import java.util.EnumSet;
import java.util.List;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.evidence.EntityDocumentKind;
import com.cacfiling.web.evidence.EntityDocuments;
import com.cacfiling.web.filing.FilingRecord;

/**
 * Step 1's uploads the CAC's system will ask for and the company has not uploaded, while the filing is still being
 * prepared (until it is submitted); none after. The rules see only the dossier's values, not files.
 */
public final class MissingUploads {

    // Returned by the CAC is prepared again: it is when the files can be uploaded (found in a walk: the list vanished
    // just then, and came back in review, where nothing can be uploaded).
    private static final EnumSet<FilingStatus> PREPARED = EnumSet.of(FilingStatus.DRAFT, FilingStatus.IN_REVIEW,
            FilingStatus.RETURNED, FilingStatus.READY, FilingStatus.RETURNED_BY_CAC);

    private MissingUploads() {
    }

    public static List<EntityDocumentKind> of(FilingRecord filing, EntityDocuments documents) {
        return PREPARED.contains(filing.getStatus()) ? of(filing, documents.ofFiling(filing.getId())) : List.of();
    }

    /** The same from the filing's slots the caller has read already (the review page reads them once). */
    public static List<EntityDocumentKind> of(FilingRecord filing, List<EntityDocuments.Slot> slots) {
        if (!PREPARED.contains(filing.getStatus())) {
            return List.of();
        }
        return slots.stream().filter(slot -> !slot.uploaded()).map(EntityDocuments.Slot::kind).toList();
    }
}
