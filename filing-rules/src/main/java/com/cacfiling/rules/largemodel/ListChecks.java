package com.cacfiling.rules.largemodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.ContentRiskCategory;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.TestQuestion;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;
import com.cacfiling.rules.Severity;

/**
 * The keyword list and the three test banks against a standard's thresholds (TC260-003 §5 and §8–9, as the
 * reference gathers them). Every finding says what was counted and what the standard asks, so the filer sees how
 * far off a list is; rows whose risk cannot be read are counted and reported, never silently dropped.
 */
public final class ListChecks {

    public static final String KEYWORDS = "lists.keywords";
    public static final String CONTENT_BANK = "lists.contentBank";
    public static final String SHOULD_REFUSE = "lists.shouldRefuse";
    public static final String NON_REFUSAL = "lists.nonRefusal";

    private ListChecks() {
    }

    /** Keyword library: at least the total, covering the 17 risks of A.1 and A.2 with their minimum each. */
    public static List<Finding> keywords(List<KeywordEntry> rows, ModelThresholds thresholds) {
        List<Finding> findings = new ArrayList<>();
        String standard = thresholds.standard();
        if (rows == null) {
            findings.add(error("MODEL_KEYWORDS", KEYWORDS, "rule.model.list.missing", standard));
            return findings;
        }
        // Keywords are counted once each, overall and per risk: the library's size is its distinct keywords.
        Set<String> distinct = new HashSet<>();
        Map<ContentRisk, Set<String>> perRisk = new EnumMap<>(ContentRisk.class);
        int unknown = 0;
        String firstUnknown = null;
        int outsideCore = 0;
        for (KeywordEntry row : rows) {
            if (row.keyword() == null || row.keyword().isBlank()) {
                continue;
            }
            String keyword = row.keyword().strip();
            distinct.add(keyword);
            Optional<ContentRisk> risk = ContentRisk.match(row.category(), row.subcategory());
            if (risk.isEmpty()) {
                unknown++;
                firstUnknown = firstUnknown != null ? firstUnknown : categories(row.category(), row.subcategory());
            }
            else if (risk.get().category().isCoreRisk()) {
                perRisk.computeIfAbsent(risk.get(), any -> new HashSet<>()).add(keyword);
            }
            else {
                outsideCore++;
            }
        }
        int total = distinct.size();
        ModelThresholds.Keywords min = thresholds.keywords();
        // First: rows not counted explain the shortfalls listed after them (found in a walk: read last).
        if (unknown > 0) {
            findings.add(new Finding("MODEL_KEYWORDS", Severity.WARNING, KEYWORDS, "rule.model.list.unmatched",
                    List.of(unknown, ContentRisk.values().length, firstUnknown), null));
        }
        if (total < min.total()) {
            findings.add(error("MODEL_KEYWORDS", KEYWORDS, "rule.model.keywords.total", total, min.total(), standard));
        }
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int needed = risk.category() == ContentRiskCategory.A1 ? min.perA1Risk() : min.perA2Risk();
            int found = perRisk.getOrDefault(risk, Set.of()).size();
            if (found < needed) {
                findings.add(error("MODEL_KEYWORDS", KEYWORDS, "rule.model.list.riskShort", risk(risk), found, needed,
                        standard));
            }
        }
        // Risks A.3 to A.5 are of Appendix A, but the library is asked to cover the 17 of A.1 and A.2 only.
        if (outsideCore > 0) {
            findings.add(new Finding("MODEL_KEYWORDS", Severity.INFO, KEYWORDS, "rule.model.keywords.outsideCore",
                    List.of(outsideCore), null));
        }
        if (rows.size() - total > 0) {
            findings.add(new Finding("MODEL_KEYWORDS", Severity.INFO, KEYWORDS, "rule.model.keywords.duplicates",
                    List.of(rows.size() - total), null));
        }
        return findings;
    }

    /** Content bank: its size, the 31 risks each with their minimum, and the share of answers judged acceptable. */
    public static List<Finding> contentBank(List<TestQuestion> rows, ModelThresholds thresholds) {
        List<Finding> findings = new ArrayList<>();
        String standard = thresholds.standard();
        if (rows == null) {
            findings.add(error("MODEL_CONTENT_BANK", CONTENT_BANK, "rule.model.list.missing", standard));
            return findings;
        }
        ModelThresholds.ContentBank min = thresholds.contentBank();
        List<TestQuestion> questions = questions(rows);
        if (questions.size() < min.total()) {
            findings.add(error("MODEL_CONTENT_BANK", CONTENT_BANK, "rule.model.bank.total", questions.size(),
                    min.total(), standard));
        }
        Coverage coverage = coverage(questions);
        // First: rows not counted explain the shortfalls listed after them (found in a walk: read last).
        unmatched("MODEL_CONTENT_BANK", CONTENT_BANK, coverage, ContentRisk.values().length, findings);
        for (ContentRisk risk : ContentRisk.values()) {
            int needed = risk.category().isCoreRisk() ? min.perA1A2Risk() : min.perOtherRisk();
            int found = coverage.perRisk().getOrDefault(risk, 0);
            if (found < needed) {
                findings.add(error("MODEL_CONTENT_BANK", CONTENT_BANK, "rule.model.list.riskShort", risk(risk), found,
                        needed, standard));
            }
        }
        int judged = 0;
        int passed = 0;
        for (TestQuestion question : questions) {
            Boolean verdict = question.passed();
            if (verdict != null) {
                judged++;
                passed += verdict ? 1 : 0;
            }
        }
        if (judged == 0) {
            findings.add(error("MODEL_CONTENT_BANK", CONTENT_BANK, "rule.model.bank.noVerdicts", standard));
        }
        else if (rate(passed, judged).compareTo(min.minPassRate()) < 0) {
            findings.add(error("MODEL_CONTENT_BANK", CONTENT_BANK, "rule.model.content.passRate",
                    percent(passed, judged), percent(min.minPassRate()), passed, judged, standard));
        }
        if (judged > 0 && judged < questions.size()) {
            findings.add(new Finding("MODEL_CONTENT_BANK", Severity.WARNING, CONTENT_BANK, "rule.model.bank.unjudged",
                    List.of(questions.size() - judged), null));
        }
        return findings;
    }

    /** Should-refuse bank: its size, the 17 risks, and the refusal rate over at least the sampled number. */
    public static List<Finding> shouldRefuse(List<TestQuestion> rows, ModelThresholds thresholds) {
        List<Finding> findings = new ArrayList<>();
        String standard = thresholds.standard();
        if (rows == null) {
            findings.add(error("MODEL_SHOULD_REFUSE", SHOULD_REFUSE, "rule.model.list.missing", standard));
            return findings;
        }
        ModelThresholds.ShouldRefuseBank min = thresholds.shouldRefuse();
        List<TestQuestion> questions = questions(rows);
        if (questions.size() < min.total()) {
            findings.add(error("MODEL_SHOULD_REFUSE", SHOULD_REFUSE, "rule.model.bank.total", questions.size(),
                    min.total(), standard));
        }
        Coverage coverage = coverage(questions);
        // First: rows not counted explain the shortfalls listed after them (found in a walk: read last).
        unmatched("MODEL_SHOULD_REFUSE", SHOULD_REFUSE, coverage, ContentRisk.values().length, findings);
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int found = coverage.perRisk().getOrDefault(risk, 0);
            if (found < min.perRisk()) {
                findings.add(error("MODEL_SHOULD_REFUSE", SHOULD_REFUSE, "rule.model.list.riskShort", risk(risk), found,
                        min.perRisk(), standard));
            }
        }
        refusal("MODEL_SHOULD_REFUSE", SHOULD_REFUSE, questions, min.sampled(), min.minRefusalRate(), true, standard,
                findings);
        return findings;
    }

    /** Non-refusal bank: its size, its topics, and how rarely the model refused over at least the sample. */
    public static List<Finding> nonRefusal(List<TestQuestion> rows, ModelThresholds thresholds) {
        List<Finding> findings = new ArrayList<>();
        String standard = thresholds.standard();
        if (rows == null) {
            findings.add(error("MODEL_NON_REFUSAL", NON_REFUSAL, "rule.model.list.missing", standard));
            return findings;
        }
        ModelThresholds.NonRefusalBank min = thresholds.nonRefusal();
        List<TestQuestion> questions = questions(rows);
        if (questions.size() < min.total()) {
            findings.add(error("MODEL_NON_REFUSAL", NON_REFUSAL, "rule.model.bank.total", questions.size(),
                    min.total(), standard));
        }
        for (String topic : min.topics()) {
            long found = questions.stream().filter(q -> mentions(q.subcategory(), topic) || mentions(q.category(), topic))
                    .count();
            if (found < min.perTopic()) {
                // The topic in the reader's language (the standard names it in Chinese; the bundles translate).
                findings.add(error("MODEL_NON_REFUSAL", NON_REFUSAL, "rule.model.nonRefusal.topicShort",
                        new FindingArgument.Text("modelTopic." + topic), (int) found, min.perTopic(), standard));
            }
        }
        refusal("MODEL_NON_REFUSAL", NON_REFUSAL, questions, min.sampled(), min.maxRefusalRate(), false, standard,
                findings);
        return findings;
    }

    private static void refusal(String rule, String path, List<TestQuestion> questions, int sampled,
            BigDecimal limit, boolean shouldRefuse, String standard, List<Finding> findings) {
        int judged = 0;
        int refused = 0;
        for (TestQuestion question : questions) {
            Boolean verdict = question.refused();
            if (verdict != null) {
                judged++;
                refused += verdict ? 1 : 0;
            }
        }
        if (judged < sampled) {
            findings.add(error(rule, path, "rule.model.refusal.sampled", judged, sampled, standard));
        }
        if (judged == 0) {
            return;
        }
        BigDecimal rate = rate(refused, judged);
        if (shouldRefuse && rate.compareTo(limit) < 0) {
            findings.add(error(rule, path, "rule.model.refusal.tooLow", percent(refused, judged), percent(limit),
                    refused, judged, standard));
        }
        if (!shouldRefuse && rate.compareTo(limit) > 0) {
            findings.add(error(rule, path, "rule.model.refusal.tooHigh", percent(refused, judged), percent(limit),
                    refused, judged, standard));
        }
    }

    /** {@code firstUnmatched}: the first row's categories that name no risk, as {@link #categories} writes them. */
    private record Coverage(Map<ContentRisk, Integer> perRisk, int unmatched, String firstUnmatched) {
    }

    /**
     * A row's two categories as the sheet has them, for the filer to search the sheet for (found in a walk: "1 row
     * names no risk" did not say which); an empty one as a dash.
     */
    private static String categories(String category, String subcategory) {
        return (category == null || category.isBlank() ? "—" : category.strip()) + " / "
                + (subcategory == null || subcategory.isBlank() ? "—" : subcategory.strip());
    }

    private static Coverage coverage(List<TestQuestion> questions) {
        Map<ContentRisk, Integer> perRisk = new EnumMap<>(ContentRisk.class);
        int unmatched = 0;
        String firstUnmatched = null;
        for (TestQuestion question : questions) {
            Optional<ContentRisk> risk = ContentRisk.match(question.category(), question.subcategory());
            if (risk.isPresent()) {
                perRisk.merge(risk.get(), 1, Integer::sum);
            }
            else {
                unmatched++;
                firstUnmatched = firstUnmatched != null ? firstUnmatched
                        : categories(question.category(), question.subcategory());
            }
        }
        return new Coverage(perRisk, unmatched, firstUnmatched);
    }

    private static void unmatched(String rule, String path, Coverage coverage, int riskCount, List<Finding> findings) {
        if (coverage.unmatched() > 0) {
            findings.add(new Finding(rule, Severity.WARNING, path, "rule.model.list.unmatched",
                    List.of(coverage.unmatched(), riskCount, coverage.firstUnmatched()), null));
        }
    }

    private static List<TestQuestion> questions(List<TestQuestion> rows) {
        return rows.stream().filter(row -> row.question() != null && !row.question().isBlank()).toList();
    }

    private static boolean mentions(String text, String topic) {
        return text != null && text.contains(topic);
    }

    static BigDecimal rate(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    /** A share as a percentage with one decimal, rounded down so that 94.96 % never reads as 95.0 %. */
    static String percent(int part, int whole) {
        return percent(rate(part, whole));
    }

    /** A rate (0.95) as the percentage findings and documents print (95). */
    public static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString();
    }

    private static FindingArgument risk(ContentRisk risk) {
        return new FindingArgument.Text("risk." + risk.name());
    }

    /** An error whose last argument is the standard's code, which is also its legal basis. */
    static Finding error(String rule, String path, String key, Object... args) {
        String standard = (String) args[args.length - 1];
        return new Finding(rule, Severity.ERROR, path, key, List.of(args), basis(standard));
    }

    /** The standard a threshold comes from, as the legal basis of a finding. */
    public static LegalBasis basis(String standard) {
        return LegalBasis.of(standard.startsWith("GB/T 45654") ? Regulation.GB_T_45654 : Regulation.TC260_003, null);
    }
}
