package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Faces and voices. A service that edits biometric information, which includes one that takes faces or voices as
 * input, or one that generates or edits them (face editing, virtual humans, voice cloning), must have its users
 * inform the person and obtain separate consent (Deep Synthesis Provisions Art. 14 para. 2), stated as the answer
 * and as a measure with evidence. A tool that generates or edits faces or voices also needs its own security
 * assessment (Art. 15): a WARNING, since the filing can go ahead while the assessment is arranged.
 */
public final class BiometricPolicy implements FilingPolicy {

    static final String RULE = "BIOMETRIC";
    /** Usage scenarios that generate or edit a person's face or voice. */
    static final Set<String> BIOMETRIC_SCENARIOS = Set.of("FACE_EDITING", "VOICE_CLONING", "VIRTUAL_HUMAN");
    /** Words by which an "other" generation kind names a face or voice (the option's own label suggests them). */
    private static final List<String> BIOMETRIC_WORDS = List.of("人脸", "换脸", "脸部", "面部", "声音克隆", "克隆声音",
            "仿声", "人声", "数字人", "虚拟人", "face", "voice", "avatar", "digital human", "virtual human");

    @Override
    public List<Finding> check(FilingContext context) {
        AlgorithmProfile algorithm = context.algorithm();
        boolean input = Boolean.TRUE.equals(algorithm.details().data().inputBiometric());
        boolean generates = generatesBiometrics(algorithm);
        if (!input && !generates) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Boolean consent = algorithm.details().data().biometricSeparateConsent();
        // "No" is a refusal of the duty; for a generating service an unanswered question is too (the catalogue
        // asks it only after biometric input, so it would otherwise never come up).
        if (Boolean.FALSE.equals(consent) || (generates && consent == null)) {
            findings.add(Findings.error(RULE, "algorithm.details.data.biometricSeparateConsent",
                    "rule.biometric.consentRequired", Citations.BIOMETRIC_SEPARATE_CONSENT));
        }
        boolean measure = algorithm.assessment().risks().stream()
                .flatMap(risk -> risk.measures().stream())
                .anyMatch(m -> m.kind() == MeasureKind.SEPARATE_CONSENT);
        if (!measure) {
            findings.add(Findings.error(RULE, "algorithm.assessment.risks", "rule.biometric.consentMeasure",
                    Citations.BIOMETRIC_SEPARATE_CONSENT));
        }
        if (generates) {
            findings.add(Findings.warning(RULE, "algorithm.details.usageScenario",
                    "rule.biometric.securityAssessment", Citations.BIOMETRIC_TOOL_ASSESSMENT));
        }
        return findings;
    }

    /**
     * Whether the service generates or edits faces or voices, by its usage scenarios or an "other" generative
     * algorithm type that names them.
     */
    static boolean generatesBiometrics(AlgorithmProfile algorithm) {
        if (algorithm.details().usageScenario().stream().anyMatch(BIOMETRIC_SCENARIOS::contains)) {
            return true;
        }
        var model = algorithm.details().model();
        return names(model.generativeAlgorithmType().contains("OTHER") ? model.generativeAlgorithmTypeOther() : null) || names(algorithm.details().usageScenario().contains("OTHER")
                        ? algorithm.details().usageScenarioOther() : null);
    }

    private static boolean names(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return BIOMETRIC_WORDS.stream().anyMatch(lower::contains);
    }
}
