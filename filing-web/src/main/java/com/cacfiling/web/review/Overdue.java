package com.cacfiling.web.review;

import java.time.LocalDate;

import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.rules.calendar.WorkingCalendar;
import com.cacfiling.web.filing.FilingRecord;

/**
 * A filing past its deadline, as its workflow page says it: which deadline (filing, change, cancellation), since
 * when, by how many working days. The dashboard marked such a filing "late", its own pages said nothing. Shown on the
 * workflow page and above every wizard step. Once 其他事项 gives a reason, the banner stops asking for one, as the
 * deadline's finding does (found in a walk: it kept asking on every page, the consultant's too).
 */
public record Overdue(LocalDate due, int workingDaysLate, String textKey) {

    /** The filing's overdue deadline, or null when it has none or is not past it. */
    public static Overdue of(FilingRecord filing, LocalDate today, String otherMatters) {
        LocalDate due = filing.getDueDate();
        if (due == null || !due.isBefore(today)) {
            return null;
        }
        // What is left to do, by where the filing is (found in a walk: "submit for review at once" to the officer who
        // just had, and to the consultant at 待提交).
        String textKey = switch (filing.getStatus()) {
            case APPROVED -> "workflow.overdue.cancellation";
            case IN_REVIEW -> "workflow.overdue.inReview";
            case READY -> "workflow.overdue.ready";
            default -> (filing.getKind() == FilingKind.CHANGE ? "workflow.overdue.change" : "workflow.overdue.filing")
                    + (com.cacfiling.rules.policies.DeadlinePolicy.reasonStated(otherMatters) ? ".explained" : "");
        };
        return new Overdue(due, WorkingCalendar.official().workingDaysBetween(due, today), textKey);
    }
}
