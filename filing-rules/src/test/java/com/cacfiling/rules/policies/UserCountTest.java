package com.cacfiling.rules.policies;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Found in a domain expert's walk: 5,000 users in the report beside a product "with about 3.5 million monthly". */
class UserCountTest {

    private static Dossier withUserCount(Dossier dossier, long count, String productScale) {
        DossierTree tree = DossierTree.of(dossier);
        ((ObjectNode) tree.get("algorithm.assessment")).put("userCount", count);
        ((ObjectNode) tree.get("step3.products[0]")).put("userScale", productScale);
        dossier.filing().algorithm().update(tree.algorithm());
        dossier.filing().updateStep3(tree.step3());
        return new Dossier(tree.entity(), dossier.filing());
    }

    @Test
    void aCountFarBelowAProductsScaleIsAWarningAtTheCount() {
        assertThat(findings(withUserCount(provider(), 5000, "月活跃用户约350万"), UserScalePolicy.RULE))
                .extracting(Finding::fieldPath, Finding::severity, Finding::messageKey)
                .containsExactly(tuple("algorithm.assessment.userCount", Severity.WARNING,
                        "rule.userScale.countBelow"));
        // Counts of the same order, scales without a figure, and the sample say nothing.
        assertThat(findings(withUserCount(provider(), 3_000_000, "月活跃用户约350万"), UserScalePolicy.RULE)).isEmpty();
        assertThat(findings(withUserCount(provider(), 100_000, "尚未统计"), UserScalePolicy.RULE)).isEmpty();
        assertThat(findings(provider(), UserScalePolicy.RULE)).isEmpty();
    }

    @Test
    void aScalesFigureIsReadWithItsUnit() {
        assertThat(UserScalePolicy.figure("月活跃用户约350万")).isEqualTo(3_500_000L);
        assertThat(UserScalePolicy.figure("日活1.2亿")).isEqualTo(120_000_000L);
        assertThat(UserScalePolicy.figure("约50,000人")).isEqualTo(50_000L);
        assertThat(UserScalePolicy.figure("三百万")).isNull();
    }
}
