package com.cacfiling.docs.build;

import java.util.Locale;

import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Report rows from the catalogue: values in words, the placeholder only where the field is required. */
class FieldValuesTest {

    @Test
    void valuesReadInWordsInBothLanguages() {
        Dossier dossier = SampleDossiers.completeProvider();
        FieldValues zh = new FieldValues(dossier, new Labels(Locale.SIMPLIFIED_CHINESE, "2025.2"));
        assertThat(zh.label("algorithm.basics.launchDate")).isEqualTo("上线时间");
        assertThat(zh.value("algorithm.basics.launchDate").value()).isEqualTo("2026年12月15日");
        assertThat(zh.value("algorithm.basics.algorithmType").value()).isEqualTo("生成合成类（深度合成）");
        assertThat(zh.value("step3.products[0].launchDate").value()).isEqualTo("2026年12月15日");
        FieldValues en = new FieldValues(dossier, new Labels(Locale.ENGLISH, "2025.2"));
        assertThat(en.label("entity.legalRepresentative.name")).isEqualTo("Legal representative’s name");
        assertThat(en.value("algorithm.basics.launchDate").value()).isEqualTo("15 December 2026");
        // A value printed with its unit has none in its label (a walk read "人员规模（人） 12 人").
        String staff = "entity.responsibilityTable.body.staffingSize";
        assertThat(zh.label(staff)).isEqualTo("人员规模");
        assertThat(zh.value(staff).value()).endsWith(" 人");
        assertThat(en.label(staff)).isEqualTo("Staffing size");
        assertThat(zh.label("entity.registeredCapitalWanYuan")).as("no unit printed with the value")
                .isEqualTo("注册资本（万元）");
    }

    @Test
    void anEmptyOptionalFieldHasNoRowAndAnEmptyRequiredOneThePlaceholder() {
        Dossier complete = SampleDossiers.completeProvider();
        AlgorithmModel model = complete.filing().algorithm().profile().details().model();
        AlgorithmModel emptied = new AlgorithmModel(model.trainingOverseasData(), null,
                model.trainingDataGeneration(), model.trainingPersonalInformation(),
                model.personalInformationLegalBasis(), model.generativeAlgorithmType(), null, null, model.performance(),
                model.calculationMethod());
        var profile = complete.filing().algorithm().profile();
        var details = profile.details();
        var changed = profile.withDetails(details.withModel(emptied));
        Filing filing = Filing.restore(complete.filing().id(), complete.filing().role(),
                new com.cacfiling.domain.algorithm.Algorithm(complete.filing().algorithm().id(), changed),
                complete.filing().kind(), null, complete.filing().formVersion(), complete.filing().step3(),
                complete.filing().status(), null, null, null, null, complete.filing().history());
        FieldValues values = new FieldValues(new Dossier(complete.entity(), filing),
                new Labels(Locale.SIMPLIFIED_CHINESE, "2025.2"));
        assertThat(values.value("algorithm.details.model.crossBorderExplanation")).as("optional").isNull();
        assertThat(values.value("algorithm.details.model.hardwareRequirements").value()).isEqualTo("【待填】");
    }
}
