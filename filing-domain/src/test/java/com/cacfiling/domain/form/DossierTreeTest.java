package com.cacfiling.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.cacfiling.domain.dossier.DomainJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading a value by its concrete path: objects, row indexes, keyed rows, and every way a path can miss. */
class DossierTreeTest {

    private final DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree("""
            {"entity": {"name": "某科技有限公司", "responsibilityTable": {"policies": [
                {"kind": "SECURITY_ASSESSMENT", "content": "评估制度"},
                {"kind": "OTHER", "title": "其他", "content": "另一项"}]},
              "nothing": null},
             "algorithm": {"basics": {"name": "推荐算法", "applicationAreas": ["A", "B"]},
              "details": {"rows": [{"cells": [[1, 2], [3, 4]]}, {"text": "第二行"}]}}}
            """), FormFields.current());

    @Test
    void walksObjectsAndRowIndexes() {
        assertThat(text("entity.name")).isEqualTo("某科技有限公司");
        assertThat(text("algorithm.basics.applicationAreas[1]")).isEqualTo("B");
        assertThat(text("algorithm.details.rows[1].text")).isEqualTo("第二行");
        assertThat(tree.get("algorithm.details.rows[0].cells[1][0]").intValue()).isEqualTo(3);
        assertThat(tree.get("algorithm.basics").isObject()).isTrue();
    }

    @Test
    void findsAKeyedGroupsRowByItsKey() {
        assertThat(text("entity.responsibilityTable.policies.OTHER.title")).isEqualTo("其他");
        assertThat(text("entity.responsibilityTable.policies.SECURITY_ASSESSMENT.content")).isEqualTo("评估制度");
        assertThat(tree.get("entity.responsibilityTable.policies.ALGORITHM_REVIEW.content").isMissingNode()).isTrue();
    }

    @Test
    void aPathThatLeadsNowhereIsMissing() {
        for (String path : new String[] {"entity.unknown", "entity.nothing", "entity.nothing.below",
                "algorithm.basics.applicationAreas[2]", "algorithm.basics.applicationAreas[-1]",
                "algorithm.basics.name[0]", "algorithm.details.rows.text", "", "nowhere"}) {
            assertThat(tree.get(path).isMissingNode()).as(path).isTrue();
        }
    }

    private String text(String path) {
        JsonNode value = tree.get(path);
        return value.isMissingNode() ? null : value.asString();
    }
}
