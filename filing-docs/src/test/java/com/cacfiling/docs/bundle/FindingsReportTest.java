package com.cacfiling.docs.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.docs.build.Labels;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Severity;
import org.junit.jupiter.api.Test;

class FindingsReportTest {

    private static Finding finding(Severity severity, String path) {
        return new Finding("TEST", severity, path, "rule.required", List.of(), null);
    }

    /** Errors, then warnings, then notes, as the review page lists them (found in a re-check: a note came first). */
    @Test
    void findingsAreListedByImportance() {
        Evaluation evaluation = new Evaluation(List.of(finding(Severity.INFO, "algorithm.basics.launchDate"),
                finding(Severity.WARNING, "algorithm.basics.name"), finding(Severity.ERROR, "entity.creditCode")),
                Map.of());
        String text = FindingsReport.text(evaluation, new Labels(Locale.SIMPLIFIED_CHINESE));
        assertThat(text.indexOf("[错误]")).isPositive().isLessThan(text.indexOf("[警告]"));
        assertThat(text.indexOf("[警告]")).isLessThan(text.indexOf("[提示]"));
    }

    /**
     * A deadline's notes name a holiday and a weekday with the rules' own words, which the documents' bundle does not
     * have: the findings report printed them only by the rules' bundle (it threw on the key before).
     */
    @Test
    void aDeadlinesNotesNameTheHolidayAndTheWeekdayInWords() {
        Evaluation evaluation = new Evaluation(List.of(
                new Finding("DEADLINE", Severity.INFO, "algorithm.basics.launchDate", "rule.deadline.holidayNotCounted",
                        List.of(new com.cacfiling.rules.FindingArgument.Text("holiday.NATIONAL_DAY"),
                                java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 10, 7)), null),
                new Finding("DEADLINE", Severity.INFO, "algorithm.basics.launchDate",
                        "rule.deadline.workingWeekendCounted", List.of(java.time.LocalDate.of(2026, 10, 10),
                                new com.cacfiling.rules.FindingArgument.Text("weekday.SATURDAY")), null)), Map.of());
        assertThat(FindingsReport.text(evaluation, new Labels(Locale.SIMPLIFIED_CHINESE)))
                .contains("国庆节假期", "（周六）为调休上班日").doesNotContain("holiday.", "weekday.");
        assertThat(FindingsReport.text(evaluation, new Labels(Locale.ENGLISH)))
                .contains("the National Day holiday", "a Saturday worked in lieu").doesNotContain("holiday.", "weekday.");
    }
}
