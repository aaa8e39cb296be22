package com.cacfiling.domain.largemodel;

import java.math.BigDecimal;

import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.domain.identifiers.ModelFilingNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargeModelReferenceTest {

    @Test
    void appendixAHas31RisksOfWhich17AreCore() {
        assertThat(ContentRisk.values()).hasSize(31);
        assertThat(ContentRisk.coreRisks()).hasSize(17);
        assertThat(ContentRisk.A1_SUBVERSION.code()).isEqualTo("A.1.a");
        assertThat(ContentRisk.A2_GENDER.code()).isEqualTo("A.2.e");
        assertThat(ContentRisk.A5_UNRELIABLE.code()).isEqualTo("A.5.b");
    }

    @Test
    void aSheetRowNamesItsRiskByWordingOrCode() {
        assertThat(ContentRisk.match("包含歧视性内容", "性别")).contains(ContentRisk.A2_GENDER);
        assertThat(ContentRisk.match("A.2", "性别歧视")).contains(ContentRisk.A2_GENDER);
        assertThat(ContentRisk.match("", "A.1.e")).contains(ContentRisk.A1_ETHNIC_HATRED);
        assertThat(ContentRisk.match("A.1", "宣扬民族仇恨")).contains(ContentRisk.A1_ETHNIC_HATRED);
        // 民族 alone is the A.2 risk; in A.1 the wording is 宣扬民族仇恨.
        assertThat(ContentRisk.match("A.2", "民族")).contains(ContentRisk.A2_ETHNICITY);
        assertThat(ContentRisk.match("A.5", "内容不准确（严重不符合科学常识或主流认知）")).contains(ContentRisk.A5_INACCURATE);
        assertThat(ContentRisk.match("A.1", "天气")).isEmpty();
        assertThat(ContentRisk.match("", "")).isEmpty();
        assertThat(ContentRisk.matchCategory("A.12")).isEmpty();
    }

    @Test
    void thresholdsAreVersionedPerStandard() {
        assertThat(ModelThresholds.standards()).extracting(ModelThresholds::standard)
                .containsExactly("TC260-003", "GB/T 45654-2025");
        ModelThresholds tc260 = ModelThresholds.of("TC260-003").orElseThrow();
        assertThat(tc260.keywords().total()).isEqualTo(10000);
        assertThat(tc260.keywords().perA1Risk()).isEqualTo(200);
        assertThat(tc260.contentBank().total()).isEqualTo(2000);
        assertThat(tc260.shouldRefuse().minRefusalRate()).isEqualByComparingTo(new BigDecimal("0.95"));
        assertThat(tc260.nonRefusal().maxRefusalRate()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(tc260.nonRefusal().topics()).hasSize(13);
        assertThat(tc260.corpusSampling().manualItems()).isEqualTo(4000);
        assertThat(ModelThresholds.current().standard()).isEqualTo("GB/T 45654-2025");
    }

    @Test
    void theModelFilingNumberIsCheckedForItsPublishedShape() {
        assertThat(new ModelFilingNumber(" Beijing-YunQue-20230821 ").value()).isEqualTo("Beijing-YunQue-20230821");
        assertThat(new ModelFilingNumber("Hunan-PinCaiMao-202412310003").value()).isNotNull();
        for (String wrong : new String[] {"beijing-yunque-20230821", "Beijing-YunQue-20231341", "Beijing-20230821",
                "网信算备110108823483901230031号", "Beijing-YunQue-2023082", "Beijing-YunQue-20190101"}) {
            assertThatThrownBy(() -> new ModelFilingNumber(wrong)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theCatalogueHasAStepPerPartAndTheRoutesTheirOwnSteps() {
        FormFields fields = ModelFilingForm.fields();
        assertThat(fields.formVersion()).isEqualTo(ModelFilingForm.VERSION);
        assertThat(ModelFilingForm.steps(ModelFilingRoute.FILING)).extracting(s -> s.step())
                .contains("MODEL_DEVELOPMENT", "MODEL_ASSESSMENT").doesNotContain("MODEL_CALLED");
        assertThat(ModelFilingForm.steps(ModelFilingRoute.REGISTRATION)).extracting(s -> s.step())
                .contains("MODEL_CALLED").doesNotContain("MODEL_DEVELOPMENT", "MODEL_ASSESSMENT");
        assertThat(fields.find("model.assessment.clauses.KEYWORD_LIBRARY.result")).get()
                .extracting(f -> f.kind()).isEqualTo(FieldKind.SINGLE_CHOICE);
        assertThat(fields.find("model.called.filingNumber")).isPresent();
        // The algorithm form is untouched by the second catalogue.
        assertThat(FormFields.current().find("model.basics.modelName")).isEmpty();
    }
}
