package com.cacfiling.web.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import org.junit.jupiter.api.Test;

/** The history names the wizard step a save changed (a walk read "algorithm saved" for each of steps 2–4). */
class AlgorithmSaveActionTest {

    private final AlgorithmProfile before = AlgorithmProfile.named("甲算法");

    @Test
    void aSaveOfOneStepIsNamedByItsStep() {
        assertThat(FilingService.algorithmSaveAction(before, before.withBasics(before.basics().withName("乙算法"))))
                .isEqualTo("SAVE_ALGORITHM_BASICS");
        assertThat(FilingService.algorithmSaveAction(before,
                before.withDetails(before.details().withIntroduction(new ZiLimitedText("简介")))))
                .isEqualTo("SAVE_ALGORITHM_DETAILS");
        // The public disclosure is asked on the self-assessment step.
        assertThat(FilingService.algorithmSaveAction(before,
                before.withDisclosure(new PublicDisclosure("原理", null, null, null, null))))
                .isEqualTo("SAVE_SELF_ASSESSMENT");
    }

    @Test
    void aSaveOfSeveralStepsAtOnceIsTheAlgorithms() {
        AlgorithmProfile both = before.withBasics(before.basics().withName("乙算法"))
                .withDetails(before.details().withIntroduction(new ZiLimitedText("简介")));
        assertThat(FilingService.algorithmSaveAction(before, both)).isEqualTo("SAVE_ALGORITHM");
    }
}
