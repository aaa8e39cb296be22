package com.cacfiling.domain.algorithm;

import java.time.LocalDate;
import java.util.List;

/**
 * What the self-assessment report needs beyond the form: the flow, the description of the assessed algorithm,
 * the risks with their measures, the evidence, and the report's own dates and conclusion.
 *
 * <p>Both filings of a dual-role entity share it, but not their audience: each says whom it serves and how many, a
 * provider the people using the service ({@code servedUsers}, {@code userCount}), a technical supporter
 * the businesses using its technology ({@code servedCustomers}, {@code customerCount}, 家). One answer for both
 * printed the provider's people as the supporter's businesses (found in a walk).
 */
public record SelfAssessment(
        List<FlowStep> flow,
        String scope,
        String servedUsers,
        Long userCount,
        String servedCustomers,
        Long customerCount,
        String socialImpact,
        String softwareHardware,
        String deploymentLocation,
        String otherDescription,
        String dataDescription,
        String modelDescription,
        String interventionStrategy,
        String resultLabelling,
        List<RiskAssessment> risks,
        List<EvidenceItem> evidence,
        LocalDate assessmentDate,
        LocalDate reportDate,
        String conclusion,
        String otherMatters) {

    public SelfAssessment {
        flow = flow == null ? List.of() : List.copyOf(flow);
        risks = risks == null ? List.of() : List.copyOf(risks);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The same assessment with other evidence (the measures' references are the caller's to keep consistent). */
    public SelfAssessment withEvidence(List<EvidenceItem> changed) {
        return new SelfAssessment(flow, scope, servedUsers, userCount, servedCustomers, customerCount, socialImpact, softwareHardware,
                deploymentLocation, otherDescription, dataDescription, modelDescription, interventionStrategy,
                resultLabelling, risks, changed, assessmentDate, reportDate, conclusion, otherMatters);
    }

    /**
     * The same assessment without its dates: a change filing reports a new assessment of the changed algorithm,
     * so the approved filing's dates are no date of it (its texts stay, to be revised).
     */
    public SelfAssessment undated() {
        return new SelfAssessment(flow, scope, servedUsers, userCount, servedCustomers, customerCount, socialImpact, softwareHardware,
                deploymentLocation, otherDescription, dataDescription, modelDescription, interventionStrategy,
                resultLabelling, risks, evidence, null, null, conclusion, otherMatters);
    }

    /**
     * What a change filing's assessment starts from: undated, and without the approved filing's other matters, which
     * said why that filing was late or what else concerned it (found in a walk: a change repeated the first filing's
     * explanation of its delay, and the change's own lateness then counted as explained).
     */
    public SelfAssessment forChange() {
        return new SelfAssessment(flow, scope, servedUsers, userCount, servedCustomers, customerCount, socialImpact, softwareHardware,
                deploymentLocation, otherDescription, dataDescription, modelDescription, interventionStrategy,
                resultLabelling, risks, evidence, null, null, conclusion, null);
    }

    public static SelfAssessment empty() {
        return new SelfAssessment(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
