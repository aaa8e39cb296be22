package com.cacfiling.web.review;

import java.util.List;

import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.Transition;

/** Why a returned filing came back and from whom: the note of the move that returned it. */
public record ReturnNotice(boolean byCac, String by, String reason) {

    /** The notice of a filing returned by the consultant or the CAC; null for any other filing. */
    public static ReturnNotice of(Filing filing) {
        if (filing.status() != FilingStatus.RETURNED && filing.status() != FilingStatus.RETURNED_BY_CAC) {
            return null;
        }
        List<Transition> history = filing.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Transition move = history.get(i);
            if (move.to() == filing.status()) {
                return new ReturnNotice(filing.status() == FilingStatus.RETURNED_BY_CAC, move.actor(), move.note());
            }
        }
        return new ReturnNotice(filing.status() == FilingStatus.RETURNED_BY_CAC, null, filing.cacReturnReason());
    }

    /** The notice naming who returned it as people see them ({@code by} is kept as a username). */
    public ReturnNotice namedBy(java.util.function.UnaryOperator<String> name) {
        return by == null ? this : new ReturnNotice(byCac, name.apply(by), reason);
    }
}
