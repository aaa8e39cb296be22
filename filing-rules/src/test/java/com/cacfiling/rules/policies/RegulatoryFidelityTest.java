package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.AlgorithmDetails;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.Samples;
import com.cacfiling.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The rules of the regulatory-fidelity audit (issue 15), each from a realistic filing that triggers it and one that
 * does not. The complete sample is a text chat service (灵犀对话生成算法) checked on 2026-12-01.
 */
class RegulatoryFidelityTest {

    private static Dossier withRisks(Dossier dossier, List<RiskAssessment> risks) {
        return Samples.withAssessment(dossier, a -> new SelfAssessment(a.flow(), a.scope(), a.servedUsers(),
                a.userCount(),
                a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(), a.deploymentLocation(),
                a.otherDescription(),
                a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(), risks,
                a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters()));
    }

    private static Dossier withUsers(Dossier dossier, Long users) {
        return Samples.withAssessment(dossier, a -> new SelfAssessment(a.flow(), a.scope(), a.servedUsers(), users,
                a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(), a.deploymentLocation(),
                a.otherDescription(),
                a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(), a.risks(),
                a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters()));
    }

    private static Dossier withScenarios(Dossier dossier, List<String> scenarios) {
        return Samples.withDetails(dossier, d -> new AlgorithmDetails(d.introduction(), scenarios, null, d.data(),
                d.model(), d.strategy(), d.riskPrevention()));
    }

    private static Dossier withKinds(Dossier dossier, List<String> kinds, String other) {
        return Samples.withModel(dossier, m -> new com.cacfiling.domain.algorithm.AlgorithmModel(
                m.trainingOverseasData(), m.crossBorderExplanation(), m.trainingDataGeneration(),
                m.trainingPersonalInformation(), m.personalInformationLegalBasis(), kinds, other,
                m.hardwareRequirements(), m.performance(), m.calculationMethod()));
    }

    private static Dossier withLabelling(Dossier dossier, UnaryOperator<RiskPrevention> change) {
        return Samples.withRisk(dossier, change);
    }

    @Nested
    class Labelling {

        @Test
        void aGenerativeFilingWithoutALabellingMeasureIsReturned() {
            assertThat(findings(provider(), "LABELLING_MEASURE")).isEmpty();
            // The chat service says "yes" to every labelling question but describes no labelling measure.
            Dossier unlabelled = withRisks(provider(), List.of(
                    new RiskAssessment(RiskCategory.HARMFUL_INFORMATION, "模型可能生成违法和不良信息。", List.of(
                            new RiskMeasure(com.cacfiling.domain.algorithm.MeasureKind.CONTENT_GOVERNANCE,
                                    "机器与人工结合审核。", List.of("ev-review"))))));
            assertThat(findings(unlabelled, "LABELLING_MEASURE")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.risks");
                assertThat(f.legalBasis()).isEqualTo(Citations.IMPLICIT_LABEL);
            });
            // Before the Labelling Measures took effect the measure was not asked for.
            assertThat(FilingRules.evaluate(unlabelled, LocalDate.of(2025, 8, 31)).findings())
                    .extracting(Finding::ruleCode).doesNotContain("LABELLING_MEASURE");
            // A ranking algorithm generates nothing to label.
            Dossier ranking = Samples.withBasics(withRisks(provider(), List.of()), b -> new AlgorithmBasics("SORTING_SELECTION",
                    b.name(), b.launchDate(), b.applicationAreas()));
            assertThat(findings(ranking, "LABELLING_MEASURE")).isEmpty();
        }

        @Test
        void notRemindingUsersToLabelIsNotAccepted() {
            Dossier noReminder = withLabelling(provider(), r -> new RiskPrevention(r.implicitLabel(),
                    r.explicitLabel(), false, r.userDataSecurity(), r.refutationMechanism(),
                    r.harmfulContentMechanism(), r.explanation()));
            assertThat(findings(noReminder, "LABELLING")).extracting(Finding::fieldPath, Finding::severity,
                    Finding::legalBasis).containsExactly(tuple("algorithm.details.riskPrevention.remindUsersToLabel",
                            Severity.ERROR, Citations.REMIND_USERS_TO_LABEL));
            assertThat(findings(provider(), "LABELLING")).isEmpty();
        }

        @Test
        void noImplicitLabelIsNotAccepted() {
            Dossier noImplicit = withLabelling(provider(), r -> new RiskPrevention(false, r.explicitLabel(),
                    r.remindUsersToLabel(), r.userDataSecurity(), r.refutationMechanism(),
                    r.harmfulContentMechanism(), r.explanation()));
            assertThat(findings(noImplicit, "LABELLING")).extracting(Finding::messageKey, Finding::legalBasis)
                    .containsExactly(tuple("rule.labelling.implicit", Citations.IMPLICIT_LABEL));
        }
    }

    @Nested
    class BiometricGeneration {

        @Test
        void aFaceEditingServiceNeedsSeparateConsentAndASecurityAssessment() {
            // A beauty-camera service: text and image input, no biometric input answered, but it edits faces.
            Dossier faceEditing = withScenarios(provider(), List.of("FACE_EDITING"));
            assertThat(findings(faceEditing, "BIOMETRIC")).extracting(Finding::messageKey, Finding::severity,
                    Finding::legalBasis).containsExactly(
                            tuple("rule.biometric.consentRequired", Severity.ERROR, Citations.BIOMETRIC_SEPARATE_CONSENT),
                            tuple("rule.biometric.consentMeasure", Severity.ERROR, Citations.BIOMETRIC_SEPARATE_CONSENT),
                            tuple("rule.biometric.securityAssessment", Severity.WARNING,
                                    Citations.BIOMETRIC_TOOL_ASSESSMENT));
            assertThat(Citations.BIOMETRIC_SEPARATE_CONSENT.article(java.util.Locale.ENGLISH)).isEqualTo("Art. 14(2)");
        }

        @Test
        void voiceCloningAndVirtualHumansAndAnOtherKindNamingFacesAreFlaggedToo() {
            assertThat(findings(withScenarios(provider(), List.of("VOICE_CLONING")), "BIOMETRIC"))
                    .extracting(Finding::messageKey).contains("rule.biometric.securityAssessment");
            assertThat(findings(withScenarios(provider(), List.of("INTELLIGENT_DIALOGUE", "VIRTUAL_HUMAN")),
                    "BIOMETRIC")).extracting(Finding::messageKey).contains("rule.biometric.securityAssessment");
            assertThat(findings(withKinds(provider(), List.of("OTHER"), "照片换脸"), "BIOMETRIC"))
                    .extracting(Finding::messageKey).contains("rule.biometric.securityAssessment");
            // An "other" kind that has nothing to do with faces or voices is not.
            assertThat(findings(withKinds(provider(), List.of("OTHER"), "表格数据生成"), "BIOMETRIC")).isEmpty();
            // The chat service does not touch faces or voices.
            assertThat(findings(provider(), "BIOMETRIC")).isEmpty();
        }
    }

    @Nested
    class CrossField {

        @Test
        void aTextToImageKindWithTextOnlyOutputIsAContradiction() {
            Dossier textToImage = withKinds(provider(), List.of("TEXT_TO_TEXT", "TEXT_TO_IMAGE"), null);
            assertThat(findings(textToImage, "GENERATION_OUTPUT")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.fieldPath()).isEqualTo("algorithm.details.data.outputModalities");
                assertThat(f.arguments()).containsExactly(
                        new FindingArgument.OptionLabel(com.cacfiling.domain.reference.OptionList.GENERATION_KINDS,
                                "TEXT_TO_IMAGE"),
                        new FindingArgument.OptionLabel(com.cacfiling.domain.reference.OptionList.MODALITIES,
                                "IMAGE"));
            });
            Dossier withImages = Samples.withData(textToImage, d -> Samples.data(List.of("TEXT", "IMAGE"),
                    List.of("TXT", "PNG"), false, null));
            assertThat(findings(withImages, "GENERATION_OUTPUT")).isEmpty();
            assertThat(findings(provider(), "GENERATION_OUTPUT")).isEmpty();
        }

        @Test
        void aLabellingChecklistNamingAnotherOutputThanTheAlgorithmIsAContradiction() {
            // The sample is a text-to-text chat service whose output modality is text; a walk's checklist ticked
            // images, and the report then described image labels beside "输出数据模态 文本".
            List<Finding> images = labellingOutput(provider(), java.util.Set.of("TEXT", "IMAGE"));
            assertThat(images).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.fieldPath()).isEqualTo("algorithm.details.data.outputModalities");
                assertThat(f.messageKey()).isEqualTo("rule.labelling.outputNotInModalities");
                assertThat(f.legalBasis()).isEqualTo(Citations.EXPLICIT_LABEL);
                assertThat(f.arguments()).containsExactly(new FindingArgument.OptionLabel(
                        com.cacfiling.domain.reference.OptionList.MODALITIES, "IMAGE"));
            });
            // The reverse: an output the checklist leaves out has no label in the report.
            Dossier withAudio = Samples.withData(provider(), d -> Samples.data(List.of("TEXT", "AUDIO"),
                    List.of("TXT", "MP3"), false, null));
            assertThat(labellingOutput(withAudio, java.util.Set.of("TEXT")))
                    .extracting(Finding::messageKey, Finding::arguments)
                    .containsExactly(tuple("rule.labelling.modalityNotInChecklist", List.of(
                            new FindingArgument.OptionLabel(com.cacfiling.domain.reference.OptionList.MODALITIES,
                                    "AUDIO"))));
            // Agreeing answers, no saved checklist, or a filing that is not generative synthesis: nothing to say.
            assertThat(labellingOutput(provider(), java.util.Set.of("TEXT"))).isEmpty();
            assertThat(labellingOutput(provider(), java.util.Set.of())).isEmpty();
            Dossier ranking = Samples.withBasics(provider(), b -> new AlgorithmBasics("SORTING_SELECTION", b.name(),
                    b.launchDate(), b.applicationAreas(), b.applicationAreasOther()));
            assertThat(labellingOutput(ranking, java.util.Set.of("IMAGE"))).isEmpty();
        }

        private static List<Finding> labellingOutput(Dossier dossier, java.util.Set<String> checklist) {
            return FilingRules.evaluate(com.cacfiling.rules.FilingContext.of(dossier, Samples.TODAY)
                    .withLabellingOutputs(checklist)).findings().stream()
                    .filter(f -> f.ruleCode().equals("LABELLING_OUTPUT")).toList();
        }

        @Test
        void aServiceNotYetLaunchedWithUsersIsQuestioned() {
            // The sample plans its launch for 2026-12-15 and reports 1.2 million users.
            assertThat(findings(provider(), "LAUNCH_STATUS")).singleElement().satisfies(f -> {
                // Information: the report words the count as the forecast; nothing the filer writes could clear
                // a warning.
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.userCount");
                assertThat(f.arguments()).containsExactly(1_200_000L, LocalDate.of(2026, 12, 15));
            });
            assertThat(findings(withUsers(provider(), 0L), "LAUNCH_STATUS")).isEmpty();
            assertThat(FilingRules.evaluate(provider(), LocalDate.of(2026, 12, 20)).findings())
                    .extracting(Finding::ruleCode).doesNotContain("LAUNCH_STATUS");
        }

        @Test
        void aSupporterCountsItsBusinessCustomersApartFromTheProvidersUsers() {
            // One shared number printed a provider's 1.2 million users as a supporter's business customers (家).
            Dossier supporter = com.cacfiling.domain.sample.SampleDossiers.completeSupporter();
            assertThat(findings(supporter, "LAUNCH_STATUS")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.customerCount");
                assertThat(f.messageKey()).isEqualTo("rule.launch.customersBeforeLaunch");
                assertThat(f.arguments()).containsExactly(320L, LocalDate.of(2026, 12, 15));
            });
            Dossier noCustomers = Samples.withAssessment(supporter, a -> new SelfAssessment(a.flow(), a.scope(),
                    a.servedUsers(), a.userCount(), a.servedCustomers(), null, a.socialImpact(), a.softwareHardware(),
                    a.deploymentLocation(), a.otherDescription(), a.dataDescription(), a.modelDescription(),
                    a.interventionStrategy(), a.resultLabelling(), a.risks(), a.evidence(), a.assessmentDate(),
                    a.reportDate(), a.conclusion(), a.otherMatters()));
            assertThat(FilingRules.evaluate(noCustomers, LocalDate.of(2026, 11, 1)).findings())
                    .extracting(Finding::fieldPath).contains("algorithm.assessment.customerCount")
                    .doesNotContain("algorithm.assessment.userCount");
            Dossier noUsers = withUsers(provider(), null);
            assertThat(FilingRules.evaluate(noUsers, LocalDate.of(2026, 11, 1)).findings())
                    .extracting(Finding::fieldPath).contains("algorithm.assessment.userCount")
                    .doesNotContain("algorithm.assessment.customerCount");
            assertThat(FilingRules.evaluate(withUsers(supporter, null), LocalDate.of(2026, 11, 1)).findings())
                    .extracting(Finding::fieldPath).doesNotContain("algorithm.assessment.userCount");
        }

        @Test
        void aNegativeUserScaleIsAnError() {
            // Found in a walk: "-300" was saved without a word and printed in the report.
            var products = com.cacfiling.domain.sample.SampleDossiers.products().products();
            var first = products.get(0);
            Dossier negative = provider();
            negative.filing().updateStep3(new com.cacfiling.domain.filing.ProductsAndFunctions(
                    List.of(new com.cacfiling.domain.filing.Product(first.name(), first.form(), first.accessAddress(),
                            first.functions(), "－300", first.launchDate(), first.introduction(),
                            first.entryPoint()), products.get(1))));
            assertThat(findings(negative, "USER_SCALE")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.fieldPath()).isEqualTo("step3.products[0].userScale");
            });
            assertThat(findings(provider(), "USER_SCALE")).isEmpty();
        }

        @Test
        void harmfulInformationNotIdentifiedOnAGenerativeServiceIsWarned() {
            assertThat(findings(provider(), "GENERATIVE_RISKS")).isEmpty();
            Dossier notIdentified = withRisks(provider(), provider().filing().algorithm().profile().assessment()
                    .risks().stream().filter(r -> r.category() != RiskCategory.HARMFUL_INFORMATION).toList());
            assertThat(findings(notIdentified, "GENERATIVE_RISKS")).extracting(Finding::severity, Finding::fieldPath)
                    .containsExactly(tuple(Severity.WARNING, "algorithm.assessment.risks"));
            Dossier ranking = Samples.withBasics(notIdentified, b -> new AlgorithmBasics("SORTING_SELECTION",
                    b.name(), b.launchDate(), b.applicationAreas(), null));
            assertThat(findings(ranking, "GENERATIVE_RISKS")).isEmpty();
        }

        @Test
        void eachNamedRiskCategoryLeftOutIsWarnedOnceTheRisksAreBeingDescribed() {
            assertThat(findings(provider(), "RISK_COVERAGE")).isEmpty();
            List<RiskAssessment> all = provider().filing().algorithm().profile().assessment().risks();
            // As the walks left it: abuse and leakage described, the others not; "other risks" may be none.
            Dossier two = withRisks(provider(), all.stream().filter(r -> r.category() == RiskCategory.ABUSE
                    || r.category() == RiskCategory.DATA_LEAKAGE).toList());
            assertThat(findings(two, "RISK_COVERAGE")).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.risks");
            }).extracting(f -> f.arguments().get(0)).containsExactly(
                    new FindingArgument.Text("risk.MALICIOUS_EXPLOITATION"),
                    new FindingArgument.Text("risk.VULNERABILITY"));
            // The harmful-information risk of a generative service is GENERATIVE_RISKS's; of another, this one's.
            Dossier ranking = Samples.withBasics(two, b -> new AlgorithmBasics("SORTING_SELECTION", b.name(),
                    b.launchDate(), b.applicationAreas(), null));
            assertThat(findings(ranking, "RISK_COVERAGE")).extracting(f -> f.arguments().get(0))
                    .contains(new FindingArgument.Text("risk.HARMFUL_INFORMATION"));
            // A category added without a description is not described; nothing is said before any risk is.
            List<RiskAssessment> blank = new java.util.ArrayList<>(two.filing().algorithm().profile().assessment()
                    .risks());
            blank.add(new RiskAssessment(RiskCategory.VULNERABILITY, " ", List.of()));
            assertThat(findings(withRisks(provider(), blank), "RISK_COVERAGE")).hasSize(2);
            assertThat(findings(withRisks(provider(), List.of()), "RISK_COVERAGE")).isEmpty();
        }

        @Test
        void everyRiskNamedIsDescribedWithAtLeastOneDescribedMeasure() {
            assertThat(findings(provider(), "RISK_MEASURES")).isEmpty();
            List<RiskAssessment> risks = new java.util.ArrayList<>(provider().filing().algorithm().profile()
                    .assessment().risks());
            // As a user left it: a risk added with its category and description, its measures not yet.
            risks.add(new RiskAssessment(RiskCategory.values()[0], "算法可能被滥用于批量生成营销内容", List.of()));
            risks.add(new RiskAssessment(RiskCategory.values()[0], " ", List.of(new RiskMeasure(null, "", List.of()),
                    new RiskMeasure(risks.get(0).measures().get(0).kind(), " ", List.of()))));
            risks.add(new RiskAssessment(null, null, List.of()));
            int first = risks.size() - 3;
            assertThat(findings(withRisks(provider(), risks), "RISK_MEASURES"))
                    .extracting(Finding::severity, Finding::fieldPath, Finding::messageKey)
                    .containsExactly(
                            tuple(Severity.ERROR, "algorithm.assessment.risks[" + first + "].measures",
                                    "rule.risks.noMeasure"),
                            tuple(Severity.ERROR, "algorithm.assessment.risks[" + (first + 1) + "].description",
                                    "rule.risks.undescribed"),
                            tuple(Severity.ERROR, "algorithm.assessment.risks[" + (first + 1) + "].measures[1].description",
                                    "rule.risks.measureUndescribed"));
            assertThat(findings(withRisks(provider(), risks), "RISK_MEASURES").get(0).arguments())
                    .containsExactly(first + 1, new FindingArgument.Text("risk." + RiskCategory.values()[0].name()));
        }

        @Test
        void aGenerativeServiceLaunchedBeforeApprovalIsWarnedARankingOneIsNot() {
            Dossier launched = Samples.withBasics(provider(), b -> b.withLaunchDate(LocalDate.of(2026, 11, 20)));
            assertThat(findings(launched, "FILING_BEFORE_LAUNCH")).extracting(Finding::messageKey, Finding::severity,
                    Finding::legalBasis).containsExactly(tuple("rule.launch.beforeApproval", Severity.WARNING,
                            Citations.GENERATIVE_ASSESSMENT_AND_FILING));
            // Algorithm Recommendation Provisions Art. 24 allows 10 working days after launch for other types.
            Dossier ranking = Samples.withBasics(launched, b -> new AlgorithmBasics("SORTING_SELECTION",
                    b.name(), b.launchDate(), b.applicationAreas()));
            assertThat(findings(ranking, "FILING_BEFORE_LAUNCH")).isEmpty();
        }

        @Test
        void aLaunchExplainedUnderOtherMattersIsANoteAndASupporterGetsOnlyItsDeadline() {
            Dossier launched = Samples.withBasics(provider(), b -> b.withLaunchDate(LocalDate.of(2026, 11, 20)));
            Dossier explained = Samples.withOtherMatters(launched, "服务已于2026年11月20日上线，备案材料正在准备。");
            assertThat(findings(explained, "FILING_BEFORE_LAUNCH")).extracting(Finding::messageKey, Finding::severity)
                    .containsExactly(tuple("rule.launch.beforeApprovalExplained", Severity.INFO));
            assertThat(findings(Samples.withOtherMatters(launched, "无"), "FILING_BEFORE_LAUNCH"))
                    .extracting(Finding::severity).containsExactly(Severity.WARNING);
            // A technical supporter offers nothing to the public itself (found in a walk: "file before launch"
            // beside its 10-working-day deadline).
            Dossier supporter = Samples.withBasics(com.cacfiling.domain.sample.SampleDossiers.completeSupporter(),
                    b -> b.withLaunchDate(LocalDate.of(2026, 11, 20)));
            assertThat(findings(supporter, "FILING_BEFORE_LAUNCH")).isEmpty();
            assertThat(findings(supporter, "DEADLINE")).isNotEmpty();
        }
    }

    @Nested
    class CitationsOfSteps {

        @Test
        void step3CitesDeepSynthesisArticle19ForGenerativeAndArticle24OtherwiseAndTheMinorOfficerNoStandard() {
            Dossier noProducts = Samples.withBasics(provider(), b -> b);
            noProducts.filing().updateStep3(new com.cacfiling.domain.filing.ProductsAndFunctions(List.of()));
            assertThat(findings(noProducts, "STEP3_COMPLETE")).first().extracting(Finding::legalBasis)
                    .isEqualTo(Citations.DEEP_SYNTHESIS_FILING);
            Dossier ranking = Samples.withBasics(noProducts, b -> new AlgorithmBasics("SORTING_SELECTION",
                    b.name(), b.launchDate(), b.applicationAreas()));
            assertThat(findings(ranking, "STEP3_COMPLETE")).first().extracting(Finding::legalBasis)
                    .isEqualTo(Citations.FILING_PERIODS);
        }
    }
}
