package com.cacfiling.rules.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;

/**
 * The statutory periods (Algorithm Recommendation Provisions Art. 24): a first filing within 10 working days
 * of the launch of the service, a change within 10 working days of the change, a cancellation within 20 working
 * days of the end of the service.
 */
public final class Deadlines {

    public static final int FILING_WORKING_DAYS = 10;
    public static final int CHANGE_WORKING_DAYS = 10;
    public static final int CANCELLATION_WORKING_DAYS = 20;
    /** China's time, the portal's clock: deadlines and the times written into files. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Deadlines() {
    }

    /**
     * The day a first or change filing is triggered: the launch date, or the day the change took effect (ARP Art. 24:
     * "在变更之日起十个工作日内"). A change without its effective date falls back to the day the change draft was
     * started, which is never later than the change itself for a change filed on time.
     */
    public static Optional<LocalDate> trigger(Filing filing) {
        if (filing.kind() == FilingKind.CHANGE) {
            if (filing.changeEffectiveOn() != null) {
                return Optional.of(filing.changeEffectiveOn());
            }
            return filing.history().stream().findFirst().map(first -> first.at().atZone(BEIJING).toLocalDate());
        }
        return Optional.ofNullable(filing.algorithm().profile().basics().launchDate());
    }

    /**
     * Whether the periods bind the filing: Art. 24 binds service providers; a technical supporter only of a deep
     * synthesis (generative) algorithm, which files "参照" the provider's procedure (Deep Synthesis Provisions
     * Art. 19(2)). Found in a walk: a recommendation algorithm's supporter was told it was late.
     */
    public static boolean periodsApply(Filing filing) {
        return filing.role() != FilingRole.TECHNICAL_SUPPORTER
                || AlgorithmTypes.isGenerativeSynthesis(filing.algorithm().profile().basics().algorithmType());
    }

    /** When the filing must be in the CAC system, for filings not yet submitted and bound by the periods. */
    public static Optional<LocalDate> due(Filing filing, WorkingCalendar calendar) {
        if (isClosedForFiling(filing.status()) || !periodsApply(filing)) {
            return Optional.empty();
        }
        int days = filing.kind() == FilingKind.CHANGE ? CHANGE_WORKING_DAYS : FILING_WORKING_DAYS;
        return trigger(filing).map(trigger -> calendar.addWorkingDays(trigger, days));
    }

    /**
     * The next deadline the filing faces, as lists show it: its filing deadline until it is filed; once approved
     * with the end of its service recorded and not yet cancelled, the cancellation's.
     */
    public static Optional<LocalDate> nextDue(Filing filing, WorkingCalendar calendar) {
        if (filing.status() == FilingStatus.APPROVED && filing.serviceEndsOn() != null
                && filing.cancellation() == null && periodsApply(filing)) {
            return Optional.of(cancellationDue(filing.serviceEndsOn(), calendar));
        }
        return due(filing, calendar);
    }

    public static LocalDate cancellationDue(LocalDate serviceEndedOn, WorkingCalendar calendar) {
        return calendar.addWorkingDays(serviceEndedOn, CANCELLATION_WORKING_DAYS);
    }

    public static boolean isFiled(FilingStatus status) {
        return status == FilingStatus.SUBMITTED || status == FilingStatus.APPROVED || status == FilingStatus.CANCELLED;
    }

    /** Whether a filing still faces a filing deadline: not once filed, nor once withdrawn. */
    public static boolean isClosedForFiling(FilingStatus status) {
        return isFiled(status) || status == FilingStatus.WITHDRAWN;
    }
}
