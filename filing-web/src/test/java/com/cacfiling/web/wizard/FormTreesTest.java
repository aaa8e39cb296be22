package com.cacfiling.web.wizard;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered trees are the trees of the values, and a holder changing its copy changes no one else's. */
class FormTreesTest {

    @Test
    void aRememberedTreeIsTheValuesTreeAndEachHolderGetsItsOwnCopy() {
        Dossier dossier = SampleDossiers.completeProvider();
        DossierTree written = DossierTree.of(dossier);
        DossierTree first = FormTrees.of(dossier);
        assertThat(first.root()).isEqualTo(written.root());
        assertThat(first.fields()).isSameAs(written.fields());

        ((ObjectNode) first.root().get("algorithm").get("basics")).put("name", "改过的名称");
        ((ObjectNode) first.root().get("entity")).remove("name");
        DossierTree second = FormTrees.of(dossier);
        assertThat(second.root()).isEqualTo(written.root());
        assertThat(second.get("algorithm.basics.name").asString())
                .isEqualTo(dossier.filing().algorithm().profile().name());
    }
}
