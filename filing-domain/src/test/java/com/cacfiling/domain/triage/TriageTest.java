package com.cacfiling.domain.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageTest {

    private final Triage triage = Triage.current();

    private static Map<String, Boolean> answers(Object... pairs) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], (Boolean) pairs[i + 1]);
        }
        return answers;
    }

    /** The demo company's public chat service on its own model (issue 16, "done when"). */
    static Map<String, Boolean> selfBuiltChat() {
        return answers("PUBLIC", true, "GENERATIVE", true, "PUBLIC_OPINION", true, "OWN_MODEL", true,
                "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false, "MOBILISATION_RND", false, "COMPANION", false);
    }

    @Test
    void aSelfBuiltPublicChatbotNeedsTheAlgorithmFilingTheLargeModelFilingAndLabelling() {
        TriageResult result = triage.evaluate(selfBuiltChat());
        assertThat(result.complete()).isTrue();
        assertThat(result.obligations()).extracting(ApplicableObligation::kind).contains(
                ObligationKind.ALGORITHM_FILING_PROVIDER, ObligationKind.LARGE_MODEL_FILING, ObligationKind.LABELLING,
                ObligationKind.SECURITY_ASSESSMENT).doesNotContain(ObligationKind.LARGE_MODEL_REGISTRATION,
                ObligationKind.ALGORITHM_FILING_SUPPORTER, ObligationKind.ETHICS_REVIEW);
        ApplicableObligation filing = find(result, ObligationKind.ALGORITHM_FILING_PROVIDER);
        assertThat(filing.detail()).isEqualTo("GENERATIVE");
        assertThat(filing.evidence()).isEqualTo(Evidence.PRIMARY);
        assertThat(find(result, ObligationKind.LARGE_MODEL_FILING).confirmWithLocalCac()).isFalse();
    }

    @Test
    void anAppCallingAFiledModelNeedsTheRegistrationNotTheFiling() {
        Map<String, Boolean> answers = selfBuiltChat();
        answers.put("OWN_MODEL", false);
        answers.put("CALLS_FILED_MODEL", true);
        TriageResult result = triage.evaluate(answers);
        assertThat(result.applies(ObligationKind.LARGE_MODEL_REGISTRATION)).isTrue();
        assertThat(result.applies(ObligationKind.LARGE_MODEL_FILING)).isFalse();
    }

    @Test
    void selfHostedOpenWeightsAreAPointToConfirmWithTheLocalCacNeverACertainty() {
        Map<String, Boolean> answers = selfBuiltChat();
        answers.put("OWN_MODEL", false);
        answers.put("CALLS_FILED_MODEL", false);
        answers.put("OPEN_WEIGHTS", true);
        ApplicableObligation filing = find(triage.evaluate(answers), ObligationKind.LARGE_MODEL_FILING);
        assertThat(filing.confirmWithLocalCac()).isTrue();
        answers.put("OPEN_WEIGHTS", false);
        assertThat(find(triage.evaluate(answers), ObligationKind.LARGE_MODEL_FILING).confirmWithLocalCac()).isFalse();
    }

    @Test
    void withoutPublicOpinionAttributeTheFilingIsToBeConfirmed() {
        Map<String, Boolean> answers = selfBuiltChat();
        answers.put("PUBLIC_OPINION", false);
        TriageResult result = triage.evaluate(answers);
        assertThat(find(result, ObligationKind.ALGORITHM_FILING_PROVIDER).confirmWithLocalCac()).isTrue();
        assertThat(result.applies(ObligationKind.SECURITY_ASSESSMENT)).isFalse();
        assertThat(find(result, ObligationKind.LABELLING).evidence()).isEqualTo(Evidence.PRIMARY);
    }

    @Test
    void sellingTheApiAddsTheTechnicalSupporterFilingAndRndTheEthicsReview() {
        Map<String, Boolean> answers = selfBuiltChat();
        answers.put("SELLS_API", true);
        answers.put("MOBILISATION_RND", true);
        TriageResult result = triage.evaluate(answers);
        assertThat(result.applies(ObligationKind.ALGORITHM_FILING_SUPPORTER)).isTrue();
        assertThat(result.applies(ObligationKind.ETHICS_REVIEW)).isTrue();
    }

    @Test
    void aServiceNotOfferedToThePublicIsOutOfScopeAndItsOtherAnswersAreDropped() {
        Map<String, Boolean> answers = selfBuiltChat();
        answers.put("PUBLIC", false);
        assertThat(triage.normalise(answers)).containsOnlyKeys("PUBLIC", "MOBILISATION_RND");
        TriageResult result = triage.evaluate(answers);
        assertThat(result.outOfScope()).isTrue();
        assertThat(result.obligations()).isEmpty();
    }

    @Test
    void unansweredQuestionsKeepTheResultOpen() {
        TriageResult result = triage.evaluate(answers("PUBLIC", true, "GENERATIVE", true));
        assertThat(result.complete()).isFalse();
        assertThat(result.unanswered()).startsWith("PUBLIC_OPINION", "OWN_MODEL");
        assertThat(result.obligations()).isEmpty();
        assertThat(triage.asked(answers("PUBLIC", true, "GENERATIVE", false))).extracting(TriageQuestion::id)
                .contains("OTHER_ALGORITHM").doesNotContain("OWN_MODEL", "COMPANION");
    }

    @Test
    void aNonGenerativeRecommenderWithPublicOpinionAttributeFilesTheAlgorithmOnly() {
        TriageResult result = triage.evaluate(answers("PUBLIC", true, "GENERATIVE", false, "OTHER_ALGORITHM", true,
                "PUBLIC_OPINION", true, "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false, "MOBILISATION_RND", false));
        assertThat(result.complete()).isTrue();
        assertThat(find(result, ObligationKind.ALGORITHM_FILING_PROVIDER).detail()).isEqualTo("OTHER_TYPE");
        assertThat(result.applies(ObligationKind.LABELLING)).isFalse();
        assertThat(result.applies(ObligationKind.LARGE_MODEL_FILING)).isFalse();
    }

    /**
     * Found in a walk: a public chat service that adds face editing lost its pre-launch assessment's basis (the new
     * trigger decided the kind), and the separate consent of the person edited was only in a question's hint.
     */
    @Test
    void aPublicOpinionServiceAddingFaceEditingKeepsItsPreLaunchBasisBesideTheNewTrigger() {
        Map<String, Boolean> withFaceEditing = new java.util.HashMap<>(selfBuiltChat());
        withFaceEditing.put("BIOMETRIC_OR_CHANGE", true);
        ApplicableObligation assessment = find(triage.evaluate(withFaceEditing), ObligationKind.SECURITY_ASSESSMENT);
        assertThat(assessment.detail()).isEqualTo("PUBLIC_OPINION_AND_NEW_TRIGGER");
        assertThat(assessment.basis()).isEqualTo("INTERIM_MEASURES_17");
        // 2026.2 said the new trigger alone; its services keep that in their history.
        assertThat(find(Triage.version("2026.2").evaluate(withFaceEditing), ObligationKind.SECURITY_ASSESSMENT)
                .detail()).isEqualTo("NEW_TRIGGER");
        assertThat(Triage.isOutdated("2026.2")).isTrue();
        // Without the attribute, the new trigger alone.
        withFaceEditing.put("PUBLIC_OPINION", false);
        assertThat(find(triage.evaluate(withFaceEditing), ObligationKind.SECURITY_ASSESSMENT).detail())
                .isEqualTo("NEW_TRIGGER");
    }

    @Test
    void aServiceThatGeneratesNothingIsNotCitedTheMeasuresOnGenerativeAi() {
        Map<String, Boolean> recommender = answers("PUBLIC", true, "GENERATIVE", false, "OTHER_ALGORITHM", true,
                "PUBLIC_OPINION", true, "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false, "MOBILISATION_RND", false);
        TriageResult result = triage.evaluate(recommender);
        assertThat(find(result, ObligationKind.SECURITY_ASSESSMENT).basis())
                .isEqualTo("SECURITY_PROVISIONS_2_3_ALGORITHM_PROVISIONS_27");
        assertThat(find(result, ObligationKind.ALGORITHM_FILING_PROVIDER).basis())
                .isEqualTo("ALGORITHM_PROVISIONS_24_ALONE");
        assertThat(find(result, ObligationKind.PERIODIC_ALGORITHM_REVIEW).basis())
                .isEqualTo("ALGORITHM_PROVISIONS_8_ALONE");
        // A generative service still is, and its obligations are the same as under 2026.1.
        TriageResult chat = triage.evaluate(selfBuiltChat());
        assertThat(find(chat, ObligationKind.SECURITY_ASSESSMENT).basis()).isEqualTo("INTERIM_MEASURES_17");
        assertThat(find(chat, ObligationKind.ALGORITHM_FILING_PROVIDER).basis()).isEqualTo("ALGORITHM_PROVISIONS_24");
        // (2026.3 marks the service agreement's basis secondary, as the reference marks its article unverified.)
        assertThat(chat.obligations()).extracting(ApplicableObligation::kind, ApplicableObligation::detail,
                ApplicableObligation::basis).isEqualTo(Triage.version("2026.1").evaluate(selfBuiltChat()).obligations()
                .stream().map(o -> org.assertj.core.api.Assertions.tuple(o.kind(), o.detail(), o.basis())).toList());
        assertThat(find(chat, ObligationKind.SERVICE_AGREEMENT).evidence()).isEqualTo(Evidence.SECONDARY);
        // Answers saved under 2026.1 keep what that version said, in their history.
        assertThat(find(Triage.version("2026.1").evaluate(recommender), ObligationKind.SECURITY_ASSESSMENT).basis())
                .isEqualTo("INTERIM_MEASURES_17");
        assertThat(Triage.version("2026.1").evaluate(recommender).obligations())
                .extracting(ApplicableObligation::kind)
                .containsExactlyElementsOf(result.obligations().stream().map(ApplicableObligation::kind).toList());
        assertThat(Triage.isOutdated("2026.1")).isTrue();
        assertThat(Triage.isOutdated(Triage.CURRENT_VERSION)).isFalse();
    }

    @Test
    void everyRuleCanFireAndEveryKindHasARule() {
        List<ObligationKind> covered = triage.rules().stream().map(ObligationRule::kind).distinct().toList();
        assertThat(covered).containsExactlyInAnyOrder(ObligationKind.values());
    }

    private static ApplicableObligation find(TriageResult result, ObligationKind kind) {
        return result.obligations().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }
}
