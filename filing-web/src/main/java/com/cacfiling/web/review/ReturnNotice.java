package com.cacfiling.web.review;

import java.util.List;

import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.Transition;

/**
 * Why a returned filing came back and from whom: the note of the move that returned it. {@code byViewer}: the reader
 * is the one who returned it, and is addressed as such (found in a walk: a consultant read her own name as "returned by
 * the legal consultant").
 */
public record ReturnNotice(boolean byCac, String by, String reason, boolean byViewer) {

    /** The notice of a filing returned by the consultant or the CAC; null for any other filing. */
    public static ReturnNotice of(Filing filing) {
        if (filing.status() != FilingStatus.RETURNED && filing.status() != FilingStatus.RETURNED_BY_CAC) {
            return null;
        }
        List<Transition> history = filing.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Transition move = history.get(i);
            // The return itself, not an entry logged beside it since (the entity's approval leaves the status).
            if (move.to() == filing.status() && move.changesStatus()) {
                return new ReturnNotice(filing.status() == FilingStatus.RETURNED_BY_CAC, move.actor(), move.note(),
                        false);
            }
        }
        return new ReturnNotice(filing.status() == FilingStatus.RETURNED_BY_CAC, null, filing.cacReturnReason(), false);
    }

    /**
     * The notice as the viewer reads it: who returned it named as people see them ({@code by} is kept as a
     * username), or the viewer addressed when it was they.
     */
    public ReturnNotice readBy(String viewerUsername, java.util.function.UnaryOperator<String> name) {
        return by == null ? this : new ReturnNotice(byCac, name.apply(by), reason, by.equals(viewerUsername));
    }
}
