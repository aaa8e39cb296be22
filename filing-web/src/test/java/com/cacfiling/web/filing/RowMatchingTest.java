package com.cacfiling.web.filing;

import java.util.Map;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows recognised by their content when a client replaces a whole table (the API's PUT). */
class RowMatchingTest {

    private final DossierTree before = DossierTree.of(SampleDossiers.completeProvider());

    private ArrayNode products(DossierTree tree) {
        return (ArrayNode) tree.get("step3.products");
    }

    @Test
    void anUnchangedReplacementMovesNothing() {
        assertThat(RowMatching.between(before, before.copy(), "step3").isEmpty()).isTrue();
        assertThat(RowMatching.between(before, before.copy(), "algorithm").isEmpty()).isTrue();
    }

    @Test
    void theFirstRowRemovedMovesTheSecondUp() {
        DossierTree after = before.copy();
        products(after).remove(0);
        RowChanges rows = RowMatching.between(before, after, "step3");
        assertThat(rows.moved()).containsExactlyEntriesOf(Map.of("step3.products[1]", "step3.products[0]"));
        assertThat(rows.removed()).containsExactly("step3.products[0]");
    }

    @Test
    void aRowEditedAndMovedAtOnceIsStillItself() {
        DossierTree after = before.copy();
        ArrayNode products = products(after);
        ObjectNode second = (ObjectNode) products.get(1).deepCopy();
        second.put("userScale", "月活跃用户约30万");
        products.removeAll();
        products.add(second);
        ObjectNode added = products.addObject();
        added.put("name", "灵犀小程序");
        RowChanges rows = RowMatching.between(before, after, "step3");
        assertThat(rows.moved()).containsExactlyEntriesOf(Map.of("step3.products[1]", "step3.products[0]"));
        assertThat(rows.removed()).as("the app is gone; the new mini program is not it").containsExactly("step3.products[0]");
    }

    @Test
    void swappedRowsSwapAndNestedRowsFollowTheirParent() {
        DossierTree after = before.copy();
        ArrayNode products = products(after);
        products.insert(0, products.remove(1));
        assertThat(RowMatching.between(before, after, "step3").moved()).containsExactlyInAnyOrderEntriesOf(
                Map.of("step3.products[0]", "step3.products[1]", "step3.products[1]", "step3.products[0]"));

        ArrayNode risks = (ArrayNode) after.get("algorithm.assessment.risks");
        assertThat(risks.size()).as("the sample has risks with measures").isGreaterThanOrEqualTo(2);
        ObjectNode newRisk = risks.insertObject(0);
        newRisk.put("description", "新增风险");
        RowChanges algorithm = RowMatching.between(before, after, "algorithm");
        assertThat(algorithm.moved()).containsEntry("algorithm.assessment.risks[0]", "algorithm.assessment.risks[1]")
                .containsEntry("algorithm.assessment.risks[0].measures[0]", "algorithm.assessment.risks[1].measures[0]");
        assertThat(algorithm.removed()).isEmpty();
    }
}
