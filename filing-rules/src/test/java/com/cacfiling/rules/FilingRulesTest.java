package com.cacfiling.rules;

import com.cacfiling.rules.policies.RequiredFieldsPolicy;

import java.util.Arrays;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.DualRoleFilings;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilingRulesTest {

    @Test
    void completeFilingsOfBothRolesHaveNoErrorsAndFullReadiness() {
        DualRoleFilings pair = SampleDossiers.dualRole();
        for (Dossier dossier : List.of(SampleDossiers.completeProvider(), SampleDossiers.completeSupporter(),
                new Dossier(SampleDossiers.entity(), pair.provider()),
                new Dossier(SampleDossiers.entity(), pair.supporter()))) {
            Evaluation evaluation = Samples.evaluate(dossier);
            assertThat(evaluation.findings()).filteredOn(Finding::isError).isEmpty();
            assertThat(evaluation.isReady()).isTrue();
            for (WizardStep step : List.of(WizardStep.ENTITY, WizardStep.ALGORITHM_BASIC, WizardStep.ALGORITHM_DETAILED,
                    WizardStep.SELF_ASSESSMENT, WizardStep.STEP3)) {
                assertThat(evaluation.readiness(step)).as(step.name()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void aNewFilingIsNotReadyAndEveryStepShowsItsShare() {
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), AlgorithmProfile.named("新算法"));
        Filing filing = Filing.start(FilingId.random(), FilingRole.SERVICE_PROVIDER, algorithm, "2025.2",
                new Actor("t", java.time.Instant.now()));
        Evaluation evaluation = Samples.evaluate(new Dossier(EntityProfile.named("新公司"), filing));
        assertThat(evaluation.isReady()).isFalse();
        assertThat(evaluation.readiness(WizardStep.ENTITY)).isGreaterThan(0.0).isLessThan(0.2);
        assertThat(evaluation.readiness(WizardStep.STEP3)).isEqualTo(0.0);
        assertThat(evaluation.at("step3.products")).extracting(Finding::messageKey).containsExactly("rule.required");
    }

    @Test
    void everyFindingNamesARuleAFieldAndAMessageKey() {
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), AlgorithmProfile.named("新算法"));
        Filing filing = Filing.start(FilingId.random(), FilingRole.TECHNICAL_SUPPORTER, algorithm, "2025.2",
                new Actor("t", java.time.Instant.now()));
        for (Finding finding : Samples.evaluate(new Dossier(EntityProfile.named("新公司"), filing)).findings()) {
            assertThat(finding.ruleCode()).isNotBlank();
            assertThat(finding.messageKey()).startsWith("rule.");
            assertThat(finding.fieldPath()).matches("(entity|algorithm|step3|filing)\\..+");
        }
    }

    @Test
    void thePolicyListHoldsEachRuleOnce() {
        // One catalogue-driven completeness policy per wizard step, one instance of every other policy.
        assertThat(FilingRules.POLICIES).filteredOn(policy -> !(policy instanceof RequiredFieldsPolicy))
                .extracting(policy -> policy.getClass()).doesNotHaveDuplicates().hasSize(24);
        assertThat(FilingRules.POLICIES).filteredOn(RequiredFieldsPolicy.class::isInstance).hasSize(5);
        assertThat(Arrays.stream(Severity.values())).hasSize(3);
    }
}
