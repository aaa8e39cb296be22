package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Samples;
import com.cacfiling.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Empty answers in disguise in every typed text, explanations that explain nothing, the name check's severity and
 * quoting, and the training-data finding's legal basis per algorithm type (found in a domain expert's walk).
 */
class EmptyAnswersTest {

    /** The sample dossier with one text replaced, written into the stored tree as a page would save it. */
    static Dossier withText(Dossier dossier, String path, String text) {
        DossierTree tree = DossierTree.of(dossier);
        int dot = path.lastIndexOf('.');
        JsonNode parent = tree.get(path.substring(0, dot));
        assertThat(parent.isObject()).as("the sample has a row for %s", path).isTrue();
        String name = path.substring(dot + 1);
        if (FormFields.current().find(path).orElseThrow().kind() == FieldKind.LINES) {
            ((ObjectNode) parent).putArray(name).add("算法安全管理制度汇编").add(text);
        }
        else {
            ((ObjectNode) parent).put(name, text);
        }
        dossier.filing().algorithm().update(tree.algorithm());
        dossier.filing().updateStep3(tree.step3());
        return new Dossier(tree.entity(), dossier.filing());
    }

    private static List<Finding> boilerplate(Dossier dossier) {
        return findings(dossier, "BOILERPLATE");
    }

    @Nested
    class Placeholders {

        @Test
        void thePlaceholdersOfTheWalkAreErrorsWhereverTheyAreTyped() {
            String[][] cases = {
                    {"algorithm.assessment.softwareHardware", "xxx"},
                    {"algorithm.assessment.deploymentLocation", "待填"},
                    {"algorithm.assessment.risks[1].measures[0].description", "略"},
                    {"algorithm.assessment.flow[2].description", "TODO"},
                    {"algorithm.details.model.hardwareRequirements", "暂无"},
                    {"algorithm.details.data.outputFileSize", "xx"},
                    {"step3.products[1].userScale", "待填"},
                    {"algorithm.assessment.conclusion", "详见附件"},
                    {"algorithm.assessment.otherDescription", "参见附件2。"},
                    {"entity.responsibilityTable.body.technicalSafeguards", "见附件"}};
            for (String[] c : cases) {
                assertThat(boilerplate(withText(provider(), c[0], c[1])))
                        .as(c[0]).extracting(Finding::fieldPath, Finding::severity, Finding::messageKey)
                        .containsExactly(tuple(c[0], Severity.ERROR, "rule.boilerplate.placeholder"));
            }
        }

        /**
         * Every text field of the catalogue, of either role, is searched: each one in turn set to a placeholder gives
         * a finding at that field (a field added to the form cannot be forgotten).
         */
        @Test
        void everyTextFieldOfTheCatalogueIsCovered() {
            FormFields form = FormFields.current();
            List<String> checked = new ArrayList<>();
            for (Dossier sample : List.of(provider(), SampleDossiers.completeSupporter())) {
                FilingRole role = sample.filing().role();
                for (FieldSpec field : form.all()) {
                    if (!TYPED.contains(field.kind()) || !form.appliesTo(field.path(), role)
                            || !field.appliesTo(role)) {
                        continue;
                    }
                    String path = concrete(field.path());
                    List<Finding> found = boilerplate(withText(sample, path, "待填"));
                    assertThat(found).as(path).extracting(Finding::fieldPath, Finding::severity)
                            .contains(tuple(path, Severity.ERROR));
                    checked.add(path);
                }
            }
            assertThat(checked).contains("entity.contact.officeAddress", "entity.responsibilityTable.attachments",
                    "entity.responsibilityTable.policies.SELF_ASSESSMENT.title", "algorithm.details.usageScenarioOther",
                    "algorithm.assessment.flow[0].name", "algorithm.assessment.servedCustomers",
                    "step3.products[0].entryPoint", "step3.serviceAgreement", "algorithm.disclosure.publicationMethod")
                    .hasSizeGreaterThan(60);
        }

        /** The kinds of field the filer types into (stated here, not taken from the code under test). */
        private static final java.util.Set<FieldKind> TYPED = java.util.EnumSet.of(FieldKind.TEXT,
                FieldKind.LONG_TEXT, FieldKind.ZI_TEXT, FieldKind.LINES);

        /** A pattern path made concrete in the sample: the first row of a group, the first key of a keyed one. */
        private static String concrete(String pattern) {
            return pattern.replace("[]", "[0]").replace(".*.", ".SELF_ASSESSMENT.");
        }

        @Test
        void completeSamplesHaveNoEmptyAnswers() {
            assertThat(boilerplate(provider())).isEmpty();
            assertThat(boilerplate(SampleDossiers.completeSupporter())).isEmpty();
        }

        @Test
        void aWordInALongTextIsNoPlaceholder() {
            assertThat(boilerplate(withText(provider(), "algorithm.assessment.conclusion",
                    "经自评估，风险总体可控，测试报告详见附件。"))).isEmpty();
        }
    }

    @Nested
    class NothingForAnAnswer {

        private Dossier icpOfTheGroup(String explanation) {
            return Samples.withIcp(provider(), new IcpFiling(new IcpNumber("京ICP备2019000001号-2"), "北京灵犀集团有限公司",
                    new UnifiedSocialCreditCode("91330106MA2H3KLM16"), explanation));
        }

        @Test
        void noneIsNoExplanationWhereTheFormAsksForOne() {
            assertThat(boilerplate(icpOfTheGroup("无"))).extracting(Finding::fieldPath, Finding::severity,
                    Finding::messageKey).containsExactly(
                    tuple("entity.icp.relationExplanation", Severity.ERROR, "rule.boilerplate.noExplanation"));
            Dossier overseas = Samples.withModel(provider(), m -> new AlgorithmModel(true, "没有。",
                    m.trainingDataGeneration(), true, "None", m.generativeAlgorithmType(),
                    m.generativeAlgorithmTypeOther(), m.hardwareRequirements(), m.performance(), m.calculationMethod()));
            assertThat(boilerplate(overseas)).extracting(Finding::fieldPath, Finding::severity, Finding::messageKey)
                    .containsExactlyInAnyOrder(
                            tuple("algorithm.details.model.crossBorderExplanation", Severity.ERROR,
                                    "rule.boilerplate.noExplanation"),
                            tuple("algorithm.details.model.personalInformationLegalBasis", Severity.ERROR,
                                    "rule.boilerplate.noExplanation"));
            assertThat(boilerplate(icpOfTheGroup("n/a"))).extracting(Finding::messageKey)
                    .containsExactly("rule.boilerplate.noExplanation");
        }

        @Test
        void noneIsAnAnswerWhereNothingIsAskedOrThereIsNothingToSay() {
            // The sample's 其他事项 and 其他情况 say 无.
            assertThat(boilerplate(Samples.withOtherMatters(provider(), "无"))).isEmpty();
            // No overseas data: nothing to explain, and 无 is true.
            Dossier domestic = Samples.withModel(provider(), m -> new AlgorithmModel(false, "无",
                    m.trainingDataGeneration(), m.trainingPersonalInformation(), m.personalInformationLegalBasis(),
                    m.generativeAlgorithmType(), m.generativeAlgorithmTypeOther(), m.hardwareRequirements(),
                    m.performance(), m.calculationMethod()));
            assertThat(boilerplate(domestic)).isEmpty();
        }

        @Test
        void noneAsTheSocialImpactIsAnEvasiveWarning() {
            List<Finding> found = boilerplate(withText(provider(), "algorithm.assessment.socialImpact", "无"));
            assertThat(found).extracting(Finding::fieldPath, Finding::severity, Finding::messageKey).containsExactly(
                    tuple("algorithm.assessment.socialImpact", Severity.WARNING, "rule.boilerplate.evasive"));
        }
    }

    @Nested
    class NameVariants {

        /** Named so, with the text as the self-assessment's scope. */
        private Dossier named(String name, String scope) {
            Dossier dossier = Samples.withBasics(provider(), b -> new AlgorithmBasics(b.algorithmType(), name,
                    b.launchDate(), b.applicationAreas(), b.applicationAreasOther()));
            return withText(dossier, "algorithm.assessment.scope", scope);
        }

        @Test
        void aSeparatelyFiledSiblingIsAWarningThatDoesNotBlock() {
            Dossier dossier = named("灵犀资讯个性化推荐算法", "资讯频道使用本算法；视频频道使用已另行备案的灵犀视频个性化推荐算法。");
            assertThat(Samples.evaluate(dossier).findings()).filteredOn(Finding::isError).isEmpty();
            assertThat(findings(dossier, "NAME_CONSISTENT")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.messageKey()).isEqualTo("rule.name.nearVariant");
                assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.scope");
                assertThat(f.arguments()).containsExactly("灵犀视频个性化推荐算法", "灵犀资讯个性化推荐算法");
            });
        }

        @Test
        void theWholeMentionIsQuoted() {
            Dossier dossier = named("灵犀资讯个性化推荐算法", "本产品使用灵犀资讯个性推荐算法。");
            assertThat(findings(dossier, "NAME_CONSISTENT")).extracting(Finding::arguments)
                    .containsExactly(List.of("灵犀资讯个性推荐算法", "灵犀资讯个性化推荐算法"));
        }

        @Test
        void theSameNameWithOtherSpacesOrPunctuationIsAnError() {
            Dossier dossier = named("灵犀资讯个性化推荐算法", "本产品使用灵犀资讯·个性化推荐算法。");
            assertThat(findings(dossier, "NAME_CONSISTENT")).extracting(Finding::severity, Finding::messageKey,
                    Finding::arguments).containsExactly(tuple(Severity.ERROR, "rule.name.variant",
                    List.of("灵犀资讯·个性化推荐算法", "灵犀资讯个性化推荐算法")));
        }

        @Test
        void theExactNameInQuotesPasses() {
            assertThat(findings(named("灵犀资讯个性化推荐算法", "本产品使用《灵犀资讯个性化推荐算法》。"), "NAME_CONSISTENT"))
                    .isEmpty();
        }
    }

    @Nested
    class TrainingDataBasis {

        private Dossier overseasWithoutExplanation(String type) {
            Dossier dossier = Samples.withBasics(provider(), b -> new AlgorithmBasics(type, b.name(), b.launchDate(),
                    b.applicationAreas(), b.applicationAreasOther()));
            return Samples.withModel(dossier, m -> new AlgorithmModel(true, null, m.trainingDataGeneration(),
                    m.trainingPersonalInformation(), m.personalInformationLegalBasis(), m.generativeAlgorithmType(),
                    m.generativeAlgorithmTypeOther(), m.hardwareRequirements(), m.performance(), m.calculationMethod()));
        }

        @Test
        void theGenerativeMeasuresAreCitedForGenerativeSynthesisOnly() {
            assertThat(findings(overseasWithoutExplanation("GENERATIVE_SYNTHESIS"), "TRAINING_DATA"))
                    .singleElement().extracting(Finding::legalBasis).isEqualTo(Citations.TRAINING_DATA_SOURCES);
            assertThat(findings(overseasWithoutExplanation("PERSONALISED_PUSH"), "TRAINING_DATA")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.fieldPath()).isEqualTo("algorithm.details.model.crossBorderExplanation");
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.legalBasis()).isNull();
                    });
        }
    }
}
