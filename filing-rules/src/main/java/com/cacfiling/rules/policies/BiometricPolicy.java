package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/**
 * Biometric input (faces, voices): separate consent of the person is required, stated as such and as a measure
 * (Deep Synthesis Provisions Art. 14), and a separate security assessment is triggered.
 */
public final class BiometricPolicy implements FilingPolicy {

    static final String RULE = "BIOMETRIC";

    @Override
    public List<Finding> check(FilingContext context) {
        if (!Boolean.TRUE.equals(context.algorithm().details().data().inputBiometric())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        LegalBasis consent = LegalBasis.of(Regulation.DEEP_SYNTHESIS_PROVISIONS, "第十四条");
        if (Boolean.FALSE.equals(context.algorithm().details().data().biometricSeparateConsent())) {
            findings.add(Findings.error(RULE, "algorithm.details.data.biometricSeparateConsent",
                    "rule.biometric.consentRequired", consent));
        }
        boolean measure = context.algorithm().assessment().risks().stream()
                .flatMap(risk -> risk.measures().stream())
                .anyMatch(m -> m.kind() == MeasureKind.SEPARATE_CONSENT);
        if (!measure) {
            findings.add(Findings.error(RULE, "algorithm.assessment.risks", "rule.biometric.consentMeasure", consent));
        }
        findings.add(Findings.warning(RULE, "algorithm.details.data.inputBiometric",
                "rule.biometric.securityAssessment", LegalBasis.of(Regulation.SECURITY_ASSESSMENT_PROVISIONS, "第三条")));
        return findings;
    }
}
