package com.cacfiling.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmData;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;

/** Variations of the complete sample filing, one field at a time, for pass/fail cases of each rule. */
public final class Samples {

    /** Before the sample's launch (2026-12-15) and its due date: no deadline finding above INFO. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Samples() {
    }

    public static Dossier provider() {
        return SampleDossiers.completeProvider();
    }

    public static Evaluation evaluate(Dossier dossier) {
        return FilingRules.evaluate(dossier, TODAY);
    }

    public static List<Finding> findings(Dossier dossier, String ruleCode) {
        return evaluate(dossier).findings().stream().filter(f -> f.ruleCode().equals(ruleCode)).toList();
    }

    public static Dossier withProfile(Dossier dossier, UnaryOperator<AlgorithmProfile> change) {
        dossier.filing().algorithm().update(change.apply(dossier.filing().algorithm().profile()));
        return dossier;
    }

    public static Dossier withBasics(Dossier dossier, UnaryOperator<AlgorithmBasics> change) {
        return withProfile(dossier, p -> p.withBasics(change.apply(p.basics())));
    }

    public static Dossier withDetails(Dossier dossier, UnaryOperator<AlgorithmDetails> change) {
        return withProfile(dossier, p -> p.withDetails(change.apply(p.details())));
    }

    public static Dossier withData(Dossier dossier, UnaryOperator<AlgorithmData> change) {
        return withDetails(dossier, d -> d.withData(change.apply(d.data())));
    }

    public static Dossier withModel(Dossier dossier, UnaryOperator<AlgorithmModel> change) {
        return withDetails(dossier, d -> d.withModel(change.apply(d.model())));
    }

    public static Dossier withRisk(Dossier dossier, UnaryOperator<RiskPrevention> change) {
        return withDetails(dossier, d -> d.withRiskPrevention(change.apply(d.riskPrevention())));
    }

    public static Dossier withAssessment(Dossier dossier, UnaryOperator<SelfAssessment> change) {
        return withProfile(dossier, p -> p.withAssessment(change.apply(p.assessment())));
    }

    /** The self-assessment's 其他事项 replaced (where a late filing's reason goes, and texts are searched). */
    public static Dossier withOtherMatters(Dossier dossier, String text) {
        return withAssessment(dossier, a -> new SelfAssessment(a.flow(), a.scope(), a.servedUsers(), a.userCount(),
                a.servedCustomers(), a.customerCount(),
                a.socialImpact(), a.softwareHardware(), a.deploymentLocation(), a.otherDescription(),
                a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(), a.risks(),
                a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), text));
    }

    public static Dossier withDisclosure(Dossier dossier, UnaryOperator<PublicDisclosure> change) {
        return withProfile(dossier, p -> p.withDisclosure(change.apply(p.disclosure())));
    }

    public static Dossier withEntity(Dossier dossier, UnaryOperator<EntityProfile> change) {
        return new Dossier(change.apply(dossier.entity()), dossier.filing());
    }

    public static Dossier withIcp(Dossier dossier, IcpFiling icp) {
        return withEntity(dossier, e -> new EntityProfile(e.name(), e.creditCode(), e.entityType(),
                e.registeredAddress(), e.registeredCapitalWanYuan(), e.establishedOn(), e.operatingTermEnd(),
                e.operatingTermUnlimited(), e.certificateType(), e.certificateNumber(), e.legalRepresentative(),
                e.securityOfficer(), e.contact(), icp, e.responsibilityTable()));
    }

    public static AlgorithmData data(List<String> outputModalities, List<String> outputFormats, Boolean biometric,
            Boolean consent) {
        return new AlgorithmData(List.of("TEXT"), biometric, false, outputModalities, outputFormats, "1MB", true,
                consent);
    }
}
