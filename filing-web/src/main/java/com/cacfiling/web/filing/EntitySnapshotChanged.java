package com.cacfiling.web.filing;

import java.util.UUID;

/**
 * A filing took its own snapshot of Step 1 ({@code taken}: it left the draft states) or dropped it (back in draft,
 * it reads the company's Step 1 again). Published inside the transition's transaction, so that what else belongs to
 * Step 1 (the uploads) is kept or dropped with it.
 */
public record EntitySnapshotChanged(UUID filingId, boolean taken) {
}
