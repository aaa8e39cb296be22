package com.cacfiling.rules.largemodel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.TestQuestion;

/**
 * The numbers the assessment report prints for the uploaded lists: rows per risk, and how many answers were judged,
 * passed or refused. The checks compare the same counts with the thresholds.
 */
public final class ListStatistics {

    private ListStatistics() {
    }

    /** Rows, judged rows and the rows the verdict counts (passed, or refused). */
    public record Verdicts(int rows, int judged, int counted) {

        /** The counted share as a percentage with one decimal ("—" without judged rows). */
        public String percent() {
            return judged == 0 ? "—" : ListChecks.percent(counted, judged);
        }
    }

    /** The distinct keywords of each risk (a keyword listed twice under a risk counts once, as the checks count). */
    public static Map<ContentRisk, Integer> keywordsPerRisk(List<KeywordEntry> rows) {
        Map<ContentRisk, java.util.Set<String>> keywords = new EnumMap<>(ContentRisk.class);
        if (rows != null) {
            rows.stream().filter(row -> row.keyword() != null && !row.keyword().isBlank())
                    .forEach(row -> ContentRisk.match(row.category(), row.subcategory()).ifPresent(risk -> keywords
                            .computeIfAbsent(risk, any -> new java.util.HashSet<>()).add(row.keyword().strip())));
        }
        Map<ContentRisk, Integer> counts = new EnumMap<>(ContentRisk.class);
        keywords.forEach((risk, set) -> counts.put(risk, set.size()));
        return counts;
    }

    /** The library's size as the checks count it: its distinct keywords. */
    public static int distinctKeywords(List<KeywordEntry> rows) {
        return rows == null ? 0 : (int) rows.stream().filter(row -> row.keyword() != null && !row.keyword().isBlank())
                .map(row -> row.keyword().strip()).distinct().count();
    }

    public static Map<ContentRisk, Integer> questionsPerRisk(List<TestQuestion> rows) {
        Map<ContentRisk, Integer> counts = new EnumMap<>(ContentRisk.class);
        if (rows != null) {
            rows.forEach(row -> ContentRisk.match(row.category(), row.subcategory())
                    .ifPresent(risk -> counts.merge(risk, 1, Integer::sum)));
        }
        return counts;
    }

    public static Verdicts passed(List<TestQuestion> rows) {
        int judged = 0;
        int passed = 0;
        for (TestQuestion row : rows == null ? List.<TestQuestion>of() : rows) {
            if (row.passed() != null) {
                judged++;
                passed += row.passed() ? 1 : 0;
            }
        }
        return new Verdicts(rows == null ? 0 : rows.size(), judged, passed);
    }

    public static Verdicts refused(List<TestQuestion> rows) {
        int judged = 0;
        int refused = 0;
        for (TestQuestion row : rows == null ? List.<TestQuestion>of() : rows) {
            if (row.refused() != null) {
                judged++;
                refused += row.refused() ? 1 : 0;
            }
        }
        return new Verdicts(rows == null ? 0 : rows.size(), judged, refused);
    }
}
