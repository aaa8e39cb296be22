package com.cacfiling.rules.policies;

import java.time.Instant;
import java.util.List;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.Samples;
import com.cacfiling.rules.WizardStep;
import org.junit.jupiter.api.Test;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the algorithm type decides (form 2026.1): the usage scenarios that fit it, and that the generative-synthesis
 * questions are not asked of, nor checked for, another type, whatever they still hold from before the type changed.
 */
class AlgorithmTypeTest {

    private static Dossier ofType(Dossier dossier, String type, List<String> scenarios) {
        Samples.withBasics(dossier, b -> new AlgorithmBasics(type, b.name(), b.launchDate(), b.applicationAreas(),
                b.applicationAreasOther()));
        return Samples.withDetails(dossier, d -> new AlgorithmDetails(d.introduction(), scenarios,
                d.usageScenarioOther(), d.data(), d.model(), d.strategy(), d.riskPrevention()));
    }

    @Test
    void aRecommendationAlgorithmDescribedByItsOwnScenariosPasses() {
        Dossier push = ofType(provider(), "PERSONALISED_PUSH", List.of("FEED_RECOMMENDATION", "AD_DELIVERY"));
        assertThat(findings(push, "USAGE_SCENARIO_TYPE")).isEmpty();
        assertThat(findings(push, "KNOWN_CODES")).isEmpty();
        Dossier dispatch = ofType(provider(), "SCHEDULING_DECISION", List.of("ORDER_DISPATCH", "OTHER"));
        assertThat(findings(dispatch, "USAGE_SCENARIO_TYPE")).isEmpty();
    }

    @Test
    void aScenarioOfAnotherTypeIsAnErrorNamingBothTypes() {
        Dossier push = ofType(provider(), "PERSONALISED_PUSH", List.of("FEED_RECOMMENDATION", "TEXT_GENERATION"));
        assertThat(findings(push, "USAGE_SCENARIO_TYPE")).singleElement().satisfies(finding -> {
            assertThat(finding.fieldPath()).isEqualTo("algorithm.details.usageScenario");
            assertThat(finding.isError()).isTrue();
            assertThat(finding.messageKey()).isEqualTo("rule.usageScenario.otherType");
            assertThat(finding.arguments()).containsExactly(
                    new FindingArgument.OptionLabel(OptionList.USAGE_SCENARIOS, "TEXT_GENERATION"),
                    new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, "GENERATIVE_SYNTHESIS"),
                    new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, "PERSONALISED_PUSH"));
        });
        Dossier generative = ofType(provider(), "GENERATIVE_SYNTHESIS", List.of("INTELLIGENT_DIALOGUE", "AD_DELIVERY"));
        assertThat(findings(generative, "USAGE_SCENARIO_TYPE")).extracting(Finding::arguments)
                .containsExactly(List.of(new FindingArgument.OptionLabel(OptionList.USAGE_SCENARIOS, "AD_DELIVERY"),
                        new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, "PERSONALISED_PUSH"),
                        new FindingArgument.OptionLabel(OptionList.ALGORITHM_TYPES, "GENERATIVE_SYNTHESIS")));
    }

    @Test
    void aFilingOnAnOlderFormIsNotCheckedForItsScenariosWhoseListDidNotSayTheirType() {
        Dossier complete = provider();
        Filing older = Filing.start(FilingId.random(), FilingRole.SERVICE_PROVIDER,
                new Algorithm(AlgorithmId.random(), complete.filing().algorithm().profile()), "2025.2",
                new Actor("officer", Instant.parse("2026-12-01T08:00:00Z")));
        Dossier push = ofType(new Dossier(complete.entity(), older), "PERSONALISED_PUSH", List.of("TEXT_GENERATION"));
        assertThat(findings(push, "USAGE_SCENARIO_TYPE")).isEmpty();
    }

    @Test
    void theGenerativeQuestionsOfAnotherTypeAreNeitherRequiredNorCheckedNorCounted() {
        Dossier push = ofType(provider(), "PERSONALISED_PUSH", List.of("FEED_RECOMMENDATION"));
        // What the generative questions hold from before the type changed: a "no" to labelling, an unknown code.
        Samples.withRisk(push, r -> new RiskPrevention(false, false, false, r.userDataSecurity(), "NOT_A_CODE",
                r.harmfulContentMechanism(), r.explanation()));
        Samples.withModel(push, m -> new AlgorithmModel(m.trainingOverseasData(), m.crossBorderExplanation(),
                m.trainingDataGeneration(), m.trainingPersonalInformation(), m.personalInformationLegalBasis(),
                List.of("TEXT_TO_TEXT", "NOT_A_KIND"), null, m.hardwareRequirements(), m.performance(),
                m.calculationMethod()));
        Evaluation evaluation = Samples.evaluate(push);
        assertThat(evaluation.findings()).extracting(Finding::fieldPath).noneMatch(path -> path.startsWith(
                "algorithm.details.model.generativeAlgorithmType") || path.startsWith(
                "algorithm.details.riskPrevention.implicitLabel") || path.equals(
                "algorithm.details.riskPrevention.refutationMechanism"));
        assertThat(evaluation.readiness().get(WizardStep.ALGORITHM_DETAILED)).isEqualTo(1.0);

        // The same answers of a generative algorithm are checked.
        Samples.withBasics(push, b -> new AlgorithmBasics("GENERATIVE_SYNTHESIS", b.name(), b.launchDate(),
                b.applicationAreas(), b.applicationAreasOther()));
        assertThat(Samples.evaluate(push).findings()).extracting(Finding::fieldPath).contains(
                "algorithm.details.model.generativeAlgorithmType",
                "algorithm.details.riskPrevention.refutationMechanism",
                "algorithm.details.riskPrevention.implicitLabel");
    }
}
