package com.cacfiling.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every legal basis a rule cites, by name, and where each was checked. Policies cite only these constants, so
 * that a citation is corrected in one place and each one has its source recorded in {@code legal-basis.yaml}
 * (title, article, document number or address, how far the wording was verified). {@code docs/legal-basis.md} is
 * generated from both by a test and fails the build when it is stale.
 */
public final class Citations {

    /** Filing within 10 working days of launch, change within 10 of the change, cancellation within 20 of the end. */
    public static final LegalBasis FILING_PERIODS = LegalBasis.of(Regulation.ALGORITHM_RECOMMENDATION_PROVISIONS,
            "第二十四条");
    /** Biometric editing: the user is prompted to inform the person edited and to obtain separate consent. */
    public static final LegalBasis BIOMETRIC_SEPARATE_CONSENT = LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS,
            "第十四条第二款");
    /** Tools that generate or edit faces, voices and other biometric information need a security assessment. */
    public static final LegalBasis BIOMETRIC_TOOL_ASSESSMENT = LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS,
            "第十五条第二款");
    /** Deep-synthesis providers file under the Algorithm Recommendation Provisions; supporters likewise. */
    public static final LegalBasis DEEP_SYNTHESIS_FILING = LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS,
            "第十九条");
    /** Generative AI services with public-opinion attributes: security assessment and algorithm filing. */
    public static final LegalBasis GENERATIVE_ASSESSMENT_AND_FILING = LegalBasis.of(
            Regulation.GENERATIVE_AI_MEASURES, "第十七条");
    /** The five cases in which a provider assesses its service (a launch, a new technology, user growth, ...). */
    public static final LegalBasis SECURITY_ASSESSMENT_TRIGGERS = LegalBasis.of(
            Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第三条");
    /** The provider assesses itself or commissions a third party. */
    public static final LegalBasis SECURITY_ASSESSMENT_CONDUCT = LegalBasis.of(
            Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第四条");
    /** What the assessment examines: the eight measures, from the security officer to support for the police. */
    public static final LegalBasis SECURITY_ASSESSMENT_MEASURES = LegalBasis.of(
            Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第五条");
    /** The written report: basic facts, the measures and their effect, the conclusion, other matters. */
    public static final LegalBasis SECURITY_ASSESSMENT_REPORT = LegalBasis.of(
            Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第六条");
    /** The report goes to the city-level CAC and police through the national platform. */
    public static final LegalBasis SECURITY_ASSESSMENT_SUBMISSION = LegalBasis.of(
            Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第七条");
    /** Training data from lawful sources, personal information with consent or another legal ground. */
    public static final LegalBasis TRAINING_DATA_SOURCES = LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第七条");
    /** The legal grounds for processing personal information. */
    public static final LegalBasis PERSONAL_INFORMATION_GROUNDS = LegalBasis.of(
            Regulation.PERSONAL_INFORMATION_PROTECTION_LAW, "第十三条");
    /** Explicit labels on generated content, kept in downloaded, copied and exported files. */
    public static final LegalBasis EXPLICIT_LABEL = LegalBasis.of(Regulation.LABELLING_MEASURES, "第四条");
    /** Implicit labels in the metadata of generated content. */
    public static final LegalBasis IMPLICIT_LABEL = LegalBasis.of(Regulation.LABELLING_MEASURES, "第五条");
    /** The user agreement states the labelling and prompts users to read the labelling requirements. */
    public static final LegalBasis LABELLING_IN_USER_AGREEMENT = LegalBasis.of(Regulation.LABELLING_MEASURES,
            "第八条");
    /**
     * Deep synthesis other than that of paragraph 1 (which the provider labels itself): the provider offers a function
     * for prominent labels and prompts users that they may label. The filing's "can remind users to label".
     */
    public static final LegalBasis REMIND_USERS_TO_LABEL = LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS,
            "第十七条第二款");
    /** The unified social credit code (the number printed on a business licence). */
    public static final LegalBasis CREDIT_CODE_STANDARD = LegalBasis.of(Regulation.GB_32100, null);

    private static final String SOURCES = "legal-basis.yaml";

    private Citations() {
    }

    /** Every citation constant, by its name here. */
    public static Map<String, LegalBasis> all() {
        Map<String, LegalBasis> all = new LinkedHashMap<>();
        for (Field field : Citations.class.getDeclaredFields()) {
            if (field.getType() == LegalBasis.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    all.put(field.getName(), (LegalBasis) field.get(null));
                }
                catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return all;
    }

    /** The recorded sources: regulations by enum name, citations by {@link LegalBasis#key()}. */
    public static Sources sources() {
        try (InputStream in = Citations.class.getResourceAsStream(SOURCES)) {
            if (in == null) {
                throw new IllegalStateException(SOURCES + " missing");
            }
            return YAMLMapper.builder().build().readValue(in, Sources.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The file's content. */
    public record Sources(Map<String, RegulationSource> regulations, Map<String, CitationSource> citations) {
    }

    /** A regulation as published: its full title, issuing document and where its text was read. */
    public record RegulationSource(String title, String document, String inForce, String url) {
    }

    /**
     * A citation as checked: {@code verified} is PRIMARY (the article's wording read in the official text),
     * QUOTED (the wording read as quoted verbatim by an official announcement or a secondary source, named in
     * {@code source}) or UNVERIFIED (say what is missing in {@code note}); {@code says} is the duty in short.
     */
    public record CitationSource(String verified, String says, List<String> source, String note) {
    }
}
