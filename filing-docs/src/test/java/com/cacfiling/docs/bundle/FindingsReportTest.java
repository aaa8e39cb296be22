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
}
