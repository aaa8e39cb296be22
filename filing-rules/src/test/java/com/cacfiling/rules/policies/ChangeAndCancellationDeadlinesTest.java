package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.time.ZoneId;

import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Samples;
import com.cacfiling.rules.Severity;
import com.cacfiling.rules.calendar.Deadlines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * ARP Art. 24 counts a change from the day it took effect and a cancellation from the end of the service: an
 * approved filing whose product changed on 2027-03-01 and whose change draft was opened on 2027-03-20.
 */
class ChangeAndCancellationDeadlinesTest {

    private static Actor at(LocalDate day) {
        return new Actor("officer.a", day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static Dossier approved() {
        Dossier dossier = Samples.provider();
        Filing filing = dossier.filing();
        filing.submitForReview(at(LocalDate.of(2026, 11, 20)));
        filing.markReady(at(LocalDate.of(2026, 11, 25)));
        filing.recordSubmission(at(LocalDate.of(2026, 11, 26)), LocalDate.of(2026, 11, 26));
        filing.recordApproval(at(LocalDate.of(2027, 2, 1)), new FilingNumber("网信算备110108823483901230031号"),
                LocalDate.of(2027, 2, 1));
        return dossier;
    }

    private static Dossier change(LocalDate effectiveOn) {
        Dossier approved = approved();
        Filing change = approved.filing().startChange(FilingId.random(), AlgorithmId.random(), "2025.2",
                at(LocalDate.of(2027, 3, 20)), effectiveOn);
        return new Dossier(approved.entity(), change);
    }

    @Test
    void aChangeIsDueTenWorkingDaysAfterItTookEffectNotAfterTheDraftWasOpened() {
        Dossier change = change(LocalDate.of(2027, 3, 1));
        // 10 working days from Monday 2027-03-01 (no holidays in March): Monday 2027-03-15.
        assertThat(Deadlines.due(change.filing(), com.cacfiling.rules.calendar.WorkingCalendar.official()))
                .contains(LocalDate.of(2027, 3, 15));
        assertThat(FilingRules.evaluate(change, LocalDate.of(2027, 3, 20)).findings())
                .filteredOn(f -> f.ruleCode().equals("DEADLINE"))
                .extracting(Finding::messageKey, Finding::severity, Finding::fieldPath)
                .contains(tuple("rule.deadline.change.overdue", Severity.WARNING, "filing.changeEffectiveOn"));
        // Due in words of a change, not of a launch; and the service, filed and live, is not told to file first.
        assertThat(FilingRules.evaluate(change, LocalDate.of(2027, 3, 2)).findings()).extracting(Finding::messageKey)
                .contains("rule.deadline.change.due").doesNotContain("rule.deadline.due", "rule.launch.beforeApproval",
                        "rule.launch.tooSoon");
    }

    @Test
    void aChangeWithoutItsEffectiveDateCountsFromTheDraftAndSaysSo() {
        Dossier change = change(null);
        assertThat(Deadlines.trigger(change.filing())).contains(LocalDate.of(2027, 3, 20));
        assertThat(FilingRules.evaluate(change, LocalDate.of(2027, 3, 20)).findings())
                .extracting(Finding::messageKey).contains("rule.deadline.changeDateMissing")
                .doesNotContain("rule.deadline.overdue", "rule.deadline.change.overdue");
    }

    @Test
    void theEndOfTheServiceRemindsOfTheCancellationUntilItIsRecorded() {
        Dossier dossier = approved();
        assertThat(cancellationFindings(dossier, LocalDate.of(2027, 4, 1))).isEmpty();
        dossier.filing().recordServiceEnd(at(LocalDate.of(2027, 4, 1)), LocalDate.of(2027, 4, 30));
        // 20 working days after Friday 2027-04-30, with the May Day holidays of 2027 per the official calendar.
        LocalDate due = Deadlines.cancellationDue(LocalDate.of(2027, 4, 30),
                com.cacfiling.rules.calendar.WorkingCalendar.official());
        assertThat(cancellationFindings(dossier, LocalDate.of(2027, 4, 20))).extracting(Finding::messageKey,
                Finding::severity).containsExactly(tuple("rule.deadline.cancellationPlanned", Severity.INFO));
        assertThat(cancellationFindings(dossier, LocalDate.of(2027, 5, 10))).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("rule.deadline.cancellationDue");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.legalBasis()).isEqualTo(Citations.FILING_PERIODS);
            assertThat(f.arguments().get(1)).isEqualTo(due);
        });
        assertThat(cancellationFindings(dossier, due.plusDays(7))).extracting(Finding::messageKey)
                .containsExactly("rule.deadline.cancellationOverdue");
        // Cancelled in time: no reminder any more, and no late cancellation.
        dossier.filing().cancel(at(due), LocalDate.of(2027, 4, 30), due, "产品下线");
        assertThat(cancellationFindings(dossier, due.plusDays(7))).isEmpty();
    }

    private static java.util.List<Finding> cancellationFindings(Dossier dossier, LocalDate today) {
        return FilingRules.evaluate(dossier, today).findings().stream()
                .filter(f -> f.fieldPath().equals("filing.cancellation")).toList();
    }

}
