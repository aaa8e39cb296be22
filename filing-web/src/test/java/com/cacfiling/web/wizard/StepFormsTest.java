package com.cacfiling.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step's form only reads the dossier's tree: the step page hands the same tree to the rules afterwards (built once
 * per page), so a form that changed it would change the page's findings.
 */
@PortalTest
class StepFormsTest {

    @Autowired
    StepForms stepForms;

    @Test
    void renderingEveryStepLeavesTheTreeAsItWas() {
        for (Dossier dossier : new Dossier[] {SampleDossiers.completeProvider(), SampleDossiers.completeSupporter()}) {
            DossierTree tree = DossierTree.of(dossier);
            DossierTree before = tree.copy();
            FormFields fields = FormFields.forVersion(dossier.filing().formVersion());
            for (StepSpec step : fields.steps()) {
                for (FilingRole role : FilingRole.values()) {
                    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                        assertThat(stepForms.render(step, role, tree, TypedInputs.none(), new StepForms.Context(
                                fields.formVersion(), dossier.filing().algorithm().profile().assessment().evidence(),
                                locale))).isNotEmpty();
                    }
                }
            }
            assertThat(tree.root()).as("the tree after every step's form").isEqualTo(before.root());
        }
    }
}
