package com.cacfiling.web.filing;

import java.util.List;
import java.util.UUID;

/**
 * A save moved or removed rows of a filing's tables ({@code filingIds}: the filing, and the other filing of a
 * dual-role pair when the rows are their shared algorithm's). Published inside the save's transaction.
 */
public record RowsRenumbered(List<UUID> filingIds, RowChanges rows) {
}
