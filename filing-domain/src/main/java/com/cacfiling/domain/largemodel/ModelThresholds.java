package com.cacfiling.domain.largemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The numbers a keyword list, the test banks and the sampling results are checked against, as one standard sets
 * them. Versioned reference data ({@code model-thresholds.yaml}): TC260-003 and its successor GB/T 45654-2025 each
 * have their own entry, so a change of the standard is a new entry, never an edit of the old one. Rates are
 * fractions (0.95 for 95 %).
 *
 * @param standard the standard's code, as filings and findings name it
 * @param effective the day it applies from (ISO)
 */
public record ModelThresholds(String standard, String effective, Keywords keywords, ContentBank contentBank,
        ShouldRefuseBank shouldRefuse, NonRefusalBank nonRefusal, CorpusSampling corpusSampling,
        GeneratedSampling generatedSampling) {

    /** Keyword library: total size, and rows per A.1 and per A.2 risk (the 17 risks). */
    public record Keywords(int total, int perA1Risk, int perA2Risk) {
    }

    /** Content test bank over all 31 risks, and the share of its answers judged acceptable. */
    public record ContentBank(int total, int perA1A2Risk, int perOtherRisk, BigDecimal minPassRate) {
    }

    /** Should-refuse bank over the 17 risks; of at least {@code sampled} questions, the share refused. */
    public record ShouldRefuseBank(int total, int perRisk, int sampled, BigDecimal minRefusalRate) {
    }

    /** Non-refusal bank over its topics; of at least {@code sampled} questions, the share wrongly refused. */
    public record NonRefusalBank(int total, int perTopic, int sampled, BigDecimal maxRefusalRate,
            List<String> topics) {

        public NonRefusalBank {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /** Corpus sampling: manual (items, pass rate), keyword plus classifier (share of corpus, pass rate). */
    public record CorpusSampling(int manualItems, BigDecimal manualPassRate, BigDecimal machineShare,
            BigDecimal machinePassRate, BigDecimal maxIllegalShare) {
    }

    /** Generated content: items sampled per method (manual, keyword, classifier) and the pass rate of each. */
    public record GeneratedSampling(int perMethod, BigDecimal passRate) {
    }

    private record Catalogue(List<ModelThresholds> standards) {
    }

    private static final List<ModelThresholds> ALL = load();

    /** Every standard, oldest first. */
    public static List<ModelThresholds> standards() {
        return ALL;
    }

    public static Optional<ModelThresholds> of(String standard) {
        return ALL.stream().filter(t -> t.standard.equals(standard)).findFirst();
    }

    /** The standard a new filing is checked against: the newest. */
    public static ModelThresholds current() {
        return ALL.get(ALL.size() - 1);
    }

    private static List<ModelThresholds> load() {
        YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = ModelThresholds.class.getResourceAsStream(
                "/com/cacfiling/domain/reference/model-thresholds.yaml")) {
            if (in == null) {
                throw new IllegalStateException("Missing model-thresholds.yaml");
            }
            List<ModelThresholds> standards = yaml.readValue(in, Catalogue.class).standards();
            if (standards.isEmpty()) {
                throw new IllegalStateException("model-thresholds.yaml lists no standard");
            }
            return List.copyOf(standards);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
