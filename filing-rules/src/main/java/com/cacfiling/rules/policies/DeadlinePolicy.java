package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.cacfiling.domain.filing.Cancellation;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.calendar.Deadlines;
import com.cacfiling.rules.calendar.WorkingCalendar;

/**
 * Filing deadlines in official working days (Algorithm Recommendation Provisions Art. 24): overdue is a WARNING
 * once the service has launched (a late filing must still be filed, at once, with the reason kept: an error would
 * block the very submission that ends the breach), due within 3 working days a WARNING, otherwise the due date is
 * given as INFO.
 * A late cancellation is a WARNING. Years without official calendar data count Monday to Friday, and say so.
 */
public final class DeadlinePolicy implements FilingPolicy {

    static final String RULE = "DEADLINE";
    static final int DUE_SOON_WORKING_DAYS = 3;
    private static final LegalBasis ARTICLE_24 = Citations.FILING_PERIODS;

    @Override
    public List<Finding> check(FilingContext context) {
        Filing filing = context.filing();
        WorkingCalendar calendar = context.calendar();
        LocalDate today = context.today();
        List<Finding> findings = new ArrayList<>();
        TreeSet<Integer> fallbackYears = new TreeSet<>();
        String path = filing.kind() == FilingKind.CHANGE ? "filing.changeEffectiveOn" : "algorithm.basics.launchDate";
        if (filing.kind() == FilingKind.CHANGE && filing.changeEffectiveOn() == null && !Deadlines.isClosedForFiling(filing.status())) {
            findings.add(Findings.info(RULE, path, "rule.deadline.changeDateMissing", ARTICLE_24));
        }

        if (!Deadlines.periodsApply(filing)) {
            if (!Deadlines.isClosedForFiling(filing.status())) {
                findings.add(Findings.info(RULE, path, "rule.deadline.supporterNoPeriod", ARTICLE_24));
            }
            return findings;
        }
        LegalBasis basis = filing.role() == FilingRole.TECHNICAL_SUPPORTER ? Citations.DEEP_SYNTHESIS_FILING
                : ARTICLE_24;
        Optional<LocalDate> trigger = Deadlines.trigger(filing);
        Optional<LocalDate> due = Deadlines.due(filing, calendar);
        if (trigger.isPresent() && due.isPresent()) {
            collectYears(fallbackYears, calendar, trigger.get(), due.get());
            LocalDate dueDate = due.get();
            if (!trigger.get().isAfter(today) && today.isAfter(dueDate)) {
                // Once 其他事项 says something, the officer has done what the warning asked (found in a walk: it
                // stayed a warning after the reason was written); a note keeps the lateness and asks to submit.
                findings.add(reasonStated(context.algorithm().assessment().otherMatters())
                        ? Findings.info(RULE, path, byKind(filing, "rule.deadline.overdueExplained",
                                "rule.deadline.change.overdueExplained"), basis, dueDate,
                                calendar.workingDaysBetween(dueDate, today))
                        : Findings.warning(RULE, path,
                                byKind(filing, "rule.deadline.overdue", "rule.deadline.change.overdue"), basis, dueDate,
                                calendar.workingDaysBetween(dueDate, today)));
            }
            else if (!today.isAfter(dueDate) && calendar.workingDaysBetween(today, dueDate) <= DUE_SOON_WORKING_DAYS) {
                findings.add(Findings.warning(RULE, path, "rule.deadline.dueSoon", basis, dueDate,
                        calendar.workingDaysBetween(today, dueDate)));
            }
            else {
                findings.add(Findings.info(RULE, path, byKind(filing, "rule.deadline.due", "rule.deadline.change.due"),
                        basis, dueDate));
            }
            countedOver(findings, calendar, path, trigger.get(), dueDate);
        }
        Cancellation cancellation = filing.cancellation();
        if (cancellation == null && filing.status() == FilingStatus.APPROVED && filing.serviceEndsOn() != null) {
            remindOfCancellation(findings, fallbackYears, filing.serviceEndsOn(), today, calendar, basis);
        }
        if (cancellation != null) {
            LocalDate cancellationDue = Deadlines.cancellationDue(cancellation.serviceEndedOn(), calendar);
            collectYears(fallbackYears, calendar, cancellation.serviceEndedOn(), cancellationDue);
            if (cancellation.cancelledOn().isAfter(cancellationDue)) {
                findings.add(Findings.warning(RULE, "filing.cancellation", "rule.deadline.lateCancellation",
                        basis, cancellationDue));
            }
        }
        if (!fallbackYears.isEmpty()) {
            findings.add(Findings.info(RULE, path, "rule.deadline.calendarFallback", null,
                    fallbackYears.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        return findings;
    }

    /**
     * How the working days to the deadline were counted, where a holiday or a weekend worked in lieu lies between:
     * each holiday left out and each such weekend counted, in words (found in a walk: 2026-10-16 for a launch on
     * 09-28 looked wrong to anyone counting ten days by hand, and nothing said why).
     */
    private static void countedOver(List<Finding> findings, WorkingCalendar calendar, String path, LocalDate from,
            LocalDate due) {
        for (WorkingCalendar.HolidayPeriod holiday : calendar.holidaysWithin(from, due)) {
            findings.add(Findings.info(RULE, path, "rule.deadline.holidayNotCounted", null,
                    new com.cacfiling.rules.FindingArgument.Text("holiday." + holiday.code()), holiday.from(),
                    holiday.to()));
        }
        for (LocalDate weekend : calendar.workingWeekendsWithin(from, due)) {
            findings.add(Findings.info(RULE, path, "rule.deadline.workingWeekendCounted", null, weekend,
                    new com.cacfiling.rules.FindingArgument.Text("weekday." + weekend.getDayOfWeek())));
        }
    }

    /** Answers that say there is nothing to add. */
    private static final java.util.Set<String> NOTHING = java.util.Set.of("无", "暂无", "没有", "无其他事项", "none",
            "n/a", "na", "nil", "-", "—", "/");

    /** Whether 其他事项 says more than "nothing": the reason for a late filing is asked for there. */
    public static boolean reasonStated(String otherMatters) {
        if (otherMatters == null) {
            return false;
        }
        String said = otherMatters.strip().replaceAll("[。.！!；;，,\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
        return said.length() >= 2 && !NOTHING.contains(said);
    }

    /**
     * Between the end of the service and the cancellation deadline (20 working days, ARP Art. 24) the approved
     * filing reminds its officer: a WARNING from the day the service ends (due, then overdue), a note before.
     */
    private static void remindOfCancellation(List<Finding> findings, TreeSet<Integer> fallbackYears, LocalDate endsOn,
            LocalDate today, WorkingCalendar calendar, LegalBasis basis) {
        LocalDate due = Deadlines.cancellationDue(endsOn, calendar);
        collectYears(fallbackYears, calendar, endsOn, due);
        if (today.isBefore(endsOn)) {
            findings.add(Findings.info(RULE, "filing.cancellation", "rule.deadline.cancellationPlanned", basis,
                    endsOn, due));
        }
        else if (!today.isAfter(due)) {
            findings.add(Findings.warning(RULE, "filing.cancellation", "rule.deadline.cancellationDue", basis,
                    endsOn, due, calendar.workingDaysBetween(today, due)));
        }
        else {
            findings.add(Findings.warning(RULE, "filing.cancellation", "rule.deadline.cancellationOverdue", basis,
                    endsOn, due, calendar.workingDaysBetween(due, today)));
        }
    }

    private static void collectYears(TreeSet<Integer> years, WorkingCalendar calendar, LocalDate from,
            LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!calendar.hasOfficialData(year)) {
                years.add(year);
            }
        }
    }

    /** A change filing's deadline runs from the day the change took effect, not from the launch: its own wording. */
    private static String byKind(Filing filing, String key, String changeKey) {
        return filing.kind() == FilingKind.CHANGE ? changeKey : key;
    }
}
