package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmModel;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.ContactPerson;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.Regulation;
import com.cacfiling.rules.Samples;
import com.cacfiling.rules.Severity;
import com.cacfiling.rules.calendar.Deadlines;
import com.cacfiling.rules.calendar.WorkingCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.cacfiling.rules.Samples.findings;
import static com.cacfiling.rules.Samples.provider;
import static org.assertj.core.api.Assertions.assertThat;

/** A passing and a failing case for every rule. */
class PoliciesTest {

    @Nested
    class Completeness {

        @Test
        void aRelationExplanationIsNeededOnlyWhenTheIcpEntityDiffers() {
            assertThat(findings(provider(), "ENTITY_COMPLETE")).isEmpty();
            Dossier other = Samples.withIcp(provider(), new IcpFiling(new IcpNumber("京ICP备2019000001号-2"),
                    "北京灵犀集团有限公司", new UnifiedSocialCreditCode("91330106MA2H3KLM16"), null));
            assertThat(findings(other, "ENTITY_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("entity.icp.relationExplanation");
            Dossier explained = Samples.withIcp(provider(), new IcpFiling(new IcpNumber("京ICP备2019000001号-2"),
                    "北京灵犀集团有限公司", new UnifiedSocialCreditCode("91330106MA2H3KLM16"), "本公司为集团全资子公司，负责算法研发与运营。"));
            assertThat(findings(explained, "ENTITY_COMPLETE")).isEmpty();
        }

        @Test
        void unansweredYesNoQuestionsAreMissingButNoIsAnAnswer() {
            Dossier unanswered = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of("TXT"), null, null));
            assertThat(findings(unanswered, "ALGORITHM_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("algorithm.details.data.inputBiometric");
            Dossier no = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of("TXT"), false, null));
            assertThat(findings(no, "ALGORITHM_COMPLETE")).isEmpty();
        }

        @Test
        void outputFormatsAreNeededOnceAnOutputModalityIsChosen() {
            Dossier none = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of(), false, null));
            assertThat(findings(none, "ALGORITHM_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("algorithm.details.data.outputFormats");
        }

        @Test
        void generativeFieldsAreOnlyNeededForGenerativeSynthesis() {
            Dossier ranking = Samples.withBasics(provider(), b -> new com.cacfiling.domain.algorithm.AlgorithmBasics(
                    "SORTING_SELECTION", b.name(), b.launchDate(), b.applicationAreas(), null));
            ranking = Samples.withModel(ranking, m -> new AlgorithmModel(m.trainingOverseasData(),
                    m.crossBorderExplanation(), m.trainingDataGeneration(), m.trainingPersonalInformation(),
                    m.personalInformationLegalBasis(), null, m.hardwareRequirements(), m.performance(),
                    m.calculationMethod()));
            assertThat(findings(ranking, "ALGORITHM_COMPLETE")).isEmpty();
            // The generative synthesis algorithm type is asked once, in the model group.
            Dossier generative = Samples.withModel(provider(), m -> new AlgorithmModel(m.trainingOverseasData(),
                    m.crossBorderExplanation(), m.trainingDataGeneration(), m.trainingPersonalInformation(),
                    m.personalInformationLegalBasis(), null, m.hardwareRequirements(), m.performance(),
                    m.calculationMethod()));
            assertThat(findings(generative, "ALGORITHM_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("algorithm.details.model.generativeAlgorithmType");
        }

        @Test
        void aProviderNeedsProductsAndASupporterASupportPlan() {
            Dossier provider = provider();
            provider.filing().updateStep3(new ProductsAndFunctions(List.of()));
            assertThat(findings(provider, "STEP3_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("step3.products");
            Dossier supporter = SampleDossiers.completeSupporter();
            assertThat(findings(supporter, "STEP3_COMPLETE")).isEmpty();
            supporter.filing().updateStep3(SupportPlan.empty());
            assertThat(findings(supporter, "STEP3_COMPLETE")).extracting(Finding::fieldPath)
                    .containsExactly("step3.deliveryModes", "step3.customerTypes", "step3.accessControl",
                            "step3.customerFilingGuidance");
        }

        @Test
        void theSelfAssessmentNeedsItsFlowAndConclusion() {
            assertThat(findings(provider(), "ASSESSMENT_COMPLETE")).isEmpty();
            Dossier empty = Samples.withAssessment(provider(), a -> SelfAssessment.empty());
            assertThat(findings(empty, "ASSESSMENT_COMPLETE")).extracting(Finding::fieldPath)
                    .contains("algorithm.assessment.flow", "algorithm.assessment.conclusion");
        }
    }

    @Nested
    class ZiLimit {

        private Dossier withIntroduction(String text) {
            return Samples.withDetails(provider(), d -> d.withIntroduction(new ZiLimitedText(text)));
        }

        @Test
        void twoHundredZiPassAndTwoHundredAndOneFail() {
            assertThat(findings(withIntroduction("算".repeat(200)), "ZI_LIMIT")).isEmpty();
            assertThat(findings(withIntroduction("算".repeat(201)), "ZI_LIMIT")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.fieldPath()).isEqualTo("algorithm.details.introduction");
                        assertThat(f.arguments()).containsExactly(201, 200);
                    });
        }

        @Test
        void withinTheZiLimitButOverTheRawLengthIsAWarning() {
            String text = "算法 algorithm ".repeat(20);
            assertThat(findings(withIntroduction(text), "ZI_LIMIT")).singleElement()
                    .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        }

        @Test
        void theRiskExplanationIsLimitedToo() {
            Dossier over = Samples.withRisk(provider(), r -> new RiskPrevention(r.implicitLabel(), r.explicitLabel(),
                    r.remindUsersToLabel(), r.userDataSecurity(), r.refutationMechanism(),
                    r.harmfulContentMechanism(), new ZiLimitedText("防".repeat(250))));
            assertThat(findings(over, "ZI_LIMIT")).extracting(Finding::fieldPath)
                    .containsExactly("algorithm.details.riskPrevention.explanation");
        }
    }

    @Nested
    class KnownCodes {

        @Test
        void unknownCodesAreErrorsNotExceptions() {
            assertThat(findings(provider(), "KNOWN_CODES")).isEmpty();
            Dossier unknown = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of("TXT", "EXE"),
                    false, null));
            assertThat(findings(unknown, "KNOWN_CODES")).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("rule.code.unknown");
                assertThat(f.arguments()).containsExactly("EXE", "2026.1");
            });
        }
    }

    /** Dates each valid alone that contradict each other or the calendar (found in a walk: saved as "ready"). */
    @Nested
    class DateOrder {

        private Dossier entityDates(LocalDate established, LocalDate termEnd, Boolean unlimited) {
            return Samples.withEntity(provider(), e -> new EntityProfile(e.name(), e.creditCode(), e.entityType(),
                    e.registeredAddress(), e.registeredCapitalWanYuan(), established, termEnd, unlimited,
                    e.certificateType(), e.certificateNumber(), e.legalRepresentative(), e.securityOfficer(),
                    e.contact(), e.icp(), e.responsibilityTable()));
        }

        private Dossier assessmentDates(LocalDate assessed, LocalDate reported) {
            return Samples.withAssessment(provider(), a -> new SelfAssessment(a.flow(), a.scope(), a.servedUsers(),
                    a.userCount(), a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(), a.deploymentLocation(),
                    a.otherDescription(), a.dataDescription(), a.modelDescription(), a.interventionStrategy(),
                    a.resultLabelling(), a.risks(), a.evidence(), assessed, reported, a.conclusion(),
                    a.otherMatters()));
        }

        @Test
        void theSampleFilingsDatesAgree() {
            assertThat(findings(provider(), "DATE_ORDER")).isEmpty();
        }

        @Test
        void anOperatingTermEndingBeforeTheEstablishmentIsAnError() {
            Dossier reversed = entityDates(LocalDate.of(2021, 6, 1), LocalDate.of(2020, 1, 1), false);
            assertThat(findings(reversed, "DATE_ORDER")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("entity.operatingTermEnd");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.arguments()).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 1));
            });
            // An unlimited term has no end to compare; the same day is no contradiction.
            assertThat(findings(entityDates(LocalDate.of(2021, 6, 1), LocalDate.of(2020, 1, 1), true), "DATE_ORDER"))
                    .isEmpty();
            assertThat(findings(entityDates(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1), false), "DATE_ORDER"))
                    .isEmpty();
        }

        @Test
        void anEstablishmentAfterTodayIsAnError() {
            assertThat(findings(entityDates(Samples.TODAY.plusDays(1), null, true), "DATE_ORDER"))
                    .extracting(Finding::fieldPath).containsExactly("entity.establishedOn");
            assertThat(findings(entityDates(Samples.TODAY, null, true), "DATE_ORDER")).isEmpty();
        }

        @Test
        void anAssessmentOrReportDatedAfterTodayIsAnError() {
            // Found in a walk: a self-assessment dated next month passed without a word.
            assertThat(findings(assessmentDates(Samples.TODAY.plusDays(40), Samples.TODAY.plusDays(41)), "DATE_ORDER"))
                    .extracting(Finding::fieldPath, Finding::messageKey, Finding::severity).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("algorithm.assessment.assessmentDate",
                                    "rule.dates.assessmentInFuture", Severity.ERROR),
                            org.assertj.core.groups.Tuple.tuple("algorithm.assessment.reportDate",
                                    "rule.dates.reportInFuture", Severity.ERROR));
            assertThat(findings(assessmentDates(Samples.TODAY, Samples.TODAY), "DATE_ORDER")).isEmpty();
        }

        @Test
        void aReportDatedBeforeItsAssessmentIsAnError() {
            assertThat(findings(assessmentDates(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 1)), "DATE_ORDER"))
                    .extracting(Finding::fieldPath, Finding::messageKey).containsExactly(org.assertj.core.groups.Tuple
                            .tuple("algorithm.assessment.reportDate", "rule.dates.reportBeforeAssessment"));
            assertThat(findings(assessmentDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)), "DATE_ORDER"))
                    .isEmpty();
        }
    }

    @Nested
    class Identifiers {

        @Test
        void theContactMobileMustBeAMobileNumber() {
            assertThat(findings(provider(), "IDENTIFIERS")).isEmpty();
            Dossier landline = Samples.withEntity(provider(), e -> new EntityProfile(e.name(), e.creditCode(),
                    e.entityType(), e.registeredAddress(), e.registeredCapitalWanYuan(), e.establishedOn(),
                    e.operatingTermEnd(), e.operatingTermUnlimited(), e.certificateType(), e.certificateNumber(),
                    e.legalRepresentative(), e.securityOfficer(),
                    new ContactPerson("赵联络", "合规经理", new PhoneNumber("010-62345678"), e.contact().email(),
                            e.contact().officeAddress(), e.contact().postalCode()),
                    e.icp(), e.responsibilityTable()));
            assertThat(findings(landline, "IDENTIFIERS")).extracting(Finding::fieldPath)
                    .containsExactly("entity.contact.mobile");
        }

        private Dossier people(com.cacfiling.domain.company.Person officer,
                java.util.function.UnaryOperator<com.cacfiling.domain.company.Person> head) {
            return Samples.withEntity(provider(), e -> new EntityProfile(e.name(), e.creditCode(),
                    e.entityType(), e.registeredAddress(), e.registeredCapitalWanYuan(), e.establishedOn(),
                    e.operatingTermEnd(), e.operatingTermUnlimited(), e.certificateType(), e.certificateNumber(),
                    e.legalRepresentative(), officer, e.contact(), e.icp(),
                    new com.cacfiling.domain.company.ResponsibilityTable(new com.cacfiling.domain.company.SecurityBody(
                            e.responsibilityTable().body().name(), e.responsibilityTable().body().establishedOn(),
                            e.responsibilityTable().body().setUp(), head.apply(e.responsibilityTable().body().head()),
                            e.responsibilityTable().body().headExperience(),
                            e.responsibilityTable().body().staffRequirements(),
                            e.responsibilityTable().body().staffingSize(),
                            e.responsibilityTable().body().technicalSafeguards()),
                            e.responsibilityTable().policies(), e.responsibilityTable().attachments())));
        }

        @Test
        void onePersonHasOneIdNumberAndOneIdNumberOnePerson() {
            var officer = provider().entity().securityOfficer();
            var otherId = new com.cacfiling.domain.identifiers.ResidentIdNumber("11010519491231002X");
            // Found in a walk: the officer's number corrected, the head (the same 李安全) kept the old one.
            Dossier twoIds = people(officer, head -> new com.cacfiling.domain.company.Person(officer.name(),
                    head.title(), otherId, head.phone(), head.email()));
            assertThat(findings(twoIds, "IDENTIFIERS")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("entity.responsibilityTable.body.head.idNumber");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.messageKey()).isEqualTo("rule.identifier.oneNameTwoIds");
            });
            Dossier twoNames = people(officer, head -> new com.cacfiling.domain.company.Person("王另一",
                    head.title(), officer.idNumber(), head.phone(), head.email()));
            assertThat(findings(twoNames, "IDENTIFIERS")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("entity.responsibilityTable.body.head.name");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
            // Two people with their own names and numbers are no contradiction.
            assertThat(findings(people(officer, head -> new com.cacfiling.domain.company.Person("王另一", head.title(),
                    otherId, head.phone(), head.email())), "IDENTIFIERS")).isEmpty();
        }

        @Test
        void aBusinessLicenceNumberIsTheCreditCode() {
            // Another company's valid code: the number is the credit code of this one.
            String own = provider().entity().creditCode().value();
            String first17 = own.substring(0, 16) + (own.charAt(16) == '1' ? '2' : '1');
            String another = first17 + com.cacfiling.domain.identifiers.UnifiedSocialCreditCode.checkCharacter(first17);
            Dossier mismatch = licence(another, true);
            assertThat(findings(mismatch, "IDENTIFIERS")).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("rule.identifier.licenceIsCreditCode");
                assertThat(f.legalBasis().regulation()).isEqualTo(Regulation.GB_32100);
            });
            String code = provider().entity().creditCode().value();
            assertThat(findings(licence(code.substring(0, 9) + " " + code.substring(9).toLowerCase(), true),
                    "IDENTIFIERS")).isEmpty();
        }

        @Test
        void aBusinessLicenceNumberIsCheckedOnItsOwnWhileTheCreditCodeIsMissingOrInvalid() {
            // The same wrong check character in both fields (found in a walk): both fields say so.
            String wrongCheck = "91110108MA01ABCD2J";
            assertThat(findings(licence(wrongCheck, false), "IDENTIFIERS")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("entity.certificateNumber");
                assertThat(f.messageKey()).isEqualTo("rule.identifier.licenceNotACreditCode");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
            assertThat(findings(licence(provider().entity().creditCode().value(), false), "IDENTIFIERS")).isEmpty();
            // Beside a stored credit code too: not "should be" the stored one, which the page may show replaced.
            assertThat(findings(licence(wrongCheck, true), "IDENTIFIERS")).extracting(Finding::messageKey)
                    .containsExactly("rule.identifier.licenceNotACreditCode");
        }

        /** Step 1 with a business licence of this number, the credit code kept or left out. */
        private Dossier licence(String number, boolean withCreditCode) {
            return Samples.withEntity(provider(), e -> new EntityProfile(e.name(),
                    withCreditCode ? e.creditCode() : null, e.entityType(), e.registeredAddress(),
                    e.registeredCapitalWanYuan(), e.establishedOn(), e.operatingTermEnd(), e.operatingTermUnlimited(),
                    "BUSINESS_LICENCE", number, e.legalRepresentative(), e.securityOfficer(), e.contact(), e.icp(),
                    e.responsibilityTable()));
        }

        @Test
        void aWebsiteProductNeedsAWebAddress() {
            Dossier dossier = provider();
            dossier.filing().updateStep3(new ProductsAndFunctions(List.of(new Product("网页版", "WEBSITE",
                    "www.example", "问答", "1万", LocalDate.of(2026, 12, 15), null, null))));
            assertThat(findings(dossier, "IDENTIFIERS")).extracting(Finding::fieldPath)
                    .containsExactly("step3.products[0].accessAddress");
        }
    }

    @Nested
    class NameConsistency {

        @Test
        void aNearVariantOfTheNameInsideAFreeTextIsAWarning() {
            assertThat(findings(provider(), "NAME_CONSISTENT")).isEmpty();
            Dossier variant = Samples.withDisclosure(provider(), d -> new PublicDisclosure(
                    "灵犀对话算法基于大语言模型。", d.operatingMechanism(), d.applicationScenarios(), d.purpose(),
                    d.publicationMethod()));
            assertThat(findings(variant, "NAME_CONSISTENT")).singleElement().satisfies(f -> {
                assertThat(f.fieldPath()).isEqualTo("algorithm.disclosure.basicPrinciple");
                assertThat(f.arguments()).containsExactly("灵犀对话算法", SampleDossiers.ALGORITHM_NAME);
                // Likely a typo, possibly another algorithm: the user sees it and may go on.
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
        }

        @Test
        void theExactNameAndUnrelatedMentionsPass() {
            Dossier exact = Samples.withDisclosure(provider(), d -> new PublicDisclosure(
                    "灵犀对话生成算法基于大语言模型，本算法不涉及推荐算法。", d.operatingMechanism(), d.applicationScenarios(),
                    d.purpose(), d.publicationMethod()));
            assertThat(findings(exact, "NAME_CONSISTENT")).isEmpty();
        }

        @Test
        void aNameWithExtraSpacesIsAVariant() {
            Dossier spaced = Samples.withDisclosure(provider(), d -> new PublicDisclosure(
                    "灵犀 对话生成算法 基于大语言模型。", d.operatingMechanism(), d.applicationScenarios(), d.purpose(),
                    d.publicationMethod()));
            assertThat(findings(spaced, "NAME_CONSISTENT")).extracting(Finding::severity, Finding::arguments)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR,
                            List.of("灵犀 对话生成算法", SampleDossiers.ALGORITHM_NAME)));
        }
    }

    @Nested
    class OutputFormats {

        @Test
        void formatsAndModalitiesMustCorrespond() {
            assertThat(findings(provider(), "OUTPUT_FORMATS")).isEmpty();
            Dossier mp4WithoutVideo = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"),
                    List.of("TXT", "MP4"), false, null));
            assertThat(findings(mp4WithoutVideo, "OUTPUT_FORMATS")).extracting(Finding::messageKey)
                    .containsExactly("rule.output.formatWithoutModality");
            Dossier videoWithOnlyTxt = Samples.withData(provider(), d -> Samples.data(List.of("TEXT", "VIDEO"),
                    List.of("TXT"), false, null));
            assertThat(findings(videoWithOnlyTxt, "OUTPUT_FORMATS")).extracting(Finding::messageKey)
                    .containsExactly("rule.output.modalityWithoutFormat");
        }
    }

    @Nested
    class Biometrics {

        @Test
        void biometricInputNeedsSeparateConsent() {
            assertThat(findings(provider(), "BIOMETRIC")).isEmpty();
            Dossier faces = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of("TXT"), true, false));
            assertThat(findings(faces, "BIOMETRIC")).extracting(Finding::messageKey, Finding::severity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("rule.biometric.consentRequired", Severity.ERROR),
                            org.assertj.core.groups.Tuple.tuple("rule.biometric.consentMeasure", Severity.ERROR));
            Dossier consented = Samples.withData(provider(), d -> Samples.data(List.of("TEXT"), List.of("TXT"), true, true));
            consented = Samples.withAssessment(consented, a -> new SelfAssessment(a.flow(), a.scope(), a.servedUsers(),
                    a.userCount(),
                    a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(), a.deploymentLocation(),
                    a.otherDescription(),
                    a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(),
                    List.of(new RiskAssessment(RiskCategory.ABUSE, "人脸被滥用", List.of(new RiskMeasure(
                            MeasureKind.SEPARATE_CONSENT, "编辑人脸前取得单独同意", List.of("ev-label"))))),
                    a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters()));
            // Input alone is no tool that generates or edits faces: no security assessment under DSP Art. 15.
            assertThat(findings(consented, "BIOMETRIC")).isEmpty();
        }
    }

    @Nested
    class TrainingData {

        @Test
        void personalInformationNeedsALegalBasisAndOverseasDataAnExplanation() {
            assertThat(findings(provider(), "TRAINING_DATA")).isEmpty();
            Dossier missing = Samples.withModel(provider(), m -> new AlgorithmModel(true, " ", m.trainingDataGeneration(),
                    true, null, m.generativeAlgorithmType(), null, m.hardwareRequirements(), m.performance(),
                    m.calculationMethod()));
            assertThat(findings(missing, "TRAINING_DATA")).extracting(Finding::fieldPath).containsExactly(
                    "algorithm.details.model.personalInformationLegalBasis",
                    "algorithm.details.model.crossBorderExplanation");
        }
    }

    @Nested
    class Labelling {

        private Dossier labels(Boolean implicit, Boolean explicit) {
            return Samples.withRisk(provider(), r -> new RiskPrevention(implicit, explicit, r.remindUsersToLabel(),
                    r.userDataSecurity(), r.refutationMechanism(), r.harmfulContentMechanism(), r.explanation()));
        }

        @Test
        void generativeSynthesisMustLabelSinceSeptember2025() {
            assertThat(findings(labels(true, true), "LABELLING")).isEmpty();
            assertThat(findings(labels(false, false), "LABELLING")).extracting(Finding::fieldPath).containsExactly(
                    "algorithm.details.riskPrevention.implicitLabel", "algorithm.details.riskPrevention.explicitLabel");
            assertThat(FilingRules.evaluate(labels(false, false), LocalDate.of(2025, 8, 31)).findings())
                    .noneMatch(f -> f.ruleCode().equals("LABELLING"));
        }
    }

    @Nested
    class Evidence {

        @Test
        void measuresThatNeedEvidenceNameExistingItems() {
            assertThat(findings(provider(), "EVIDENCE")).isEmpty();
            Dossier noEvidence = Samples.withAssessment(provider(), a -> new SelfAssessment(a.flow(), a.scope(),
                    a.servedUsers(), a.userCount(),
                    a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(), a.deploymentLocation(),
                    a.otherDescription(), a.dataDescription(), a.modelDescription(), a.interventionStrategy(),
                    a.resultLabelling(),
                    List.of(new RiskAssessment(RiskCategory.ABUSE, "滥用", List.of(
                            new RiskMeasure(MeasureKind.LABELLING, "显式标识", List.of()),
                            new RiskMeasure(MeasureKind.USER_RIGHTS, "投诉入口", List.of("ev-missing")),
                            new RiskMeasure(MeasureKind.MODEL_SECURITY, "红队测试", List.of())))),
                    List.<EvidenceItem>of(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters()));
            assertThat(findings(noEvidence, "EVIDENCE")).extracting(Finding::messageKey)
                    .containsExactly("rule.evidence.missing", "rule.evidence.unknown");
        }
    }

    @Nested
    class Boilerplate {

        @Test
        void placeholdersAreErrorsAndCopiesAreWarnings() {
            assertThat(findings(provider(), "BOILERPLATE")).isEmpty();
            Dossier placeholder = Samples.withDisclosure(provider(), d -> new PublicDisclosure(d.basicPrinciple(),
                    "【待填】", d.applicationScenarios(), d.basicPrinciple(), d.publicationMethod()));
            assertThat(findings(placeholder, "BOILERPLATE")).extracting(Finding::fieldPath, Finding::severity)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("algorithm.disclosure.operatingMechanism", Severity.ERROR),
                            org.assertj.core.groups.Tuple.tuple("algorithm.disclosure.purpose", Severity.WARNING));
        }
    }

    @Nested
    class Deadline {

        private Dossier launchedOn(LocalDate launch) {
            return Samples.withBasics(provider(), b -> b.withLaunchDate(launch));
        }

        @Test
        void overdueOnceLaunchedAndPastTheTenthWorkingDay() {
            List<Finding> findings = FilingRules.evaluate(launchedOn(LocalDate.of(2026, 11, 2)),
                    LocalDate.of(2026, 11, 23)).findings().stream().filter(f -> f.ruleCode().equals("DEADLINE")).toList();
            assertThat(findings).singleElement().satisfies(f -> {
                // A late filing must still be filed: a warning with what to do, never a block on submission.
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.messageKey()).isEqualTo("rule.deadline.overdue");
                assertThat(f.arguments()).containsExactly(LocalDate.of(2026, 11, 16), 5);
                assertThat(f.legalBasis().article()).isEqualTo("第二十四条");
            });
        }

        /**
         * Found in a walk: 2026-10-16 for a launch on 2026-09-28 looked wrong to anyone counting ten days by hand, and
         * nothing said why. The holidays left out and the weekends worked in lieu that were counted are said, each
         * as a note beside the deadline; a span without either says nothing more.
         */
        @Test
        void theHolidaysAndWeekendsWorkedInLieuBeforeTheDeadlineAreSaid() {
            List<Finding> findings = FilingRules.evaluate(launchedOn(LocalDate.of(2026, 9, 28)),
                    LocalDate.of(2026, 11, 23)).findings().stream().filter(f -> f.ruleCode().equals("DEADLINE")).toList();
            assertThat(findings).extracting(Finding::messageKey).containsExactly("rule.deadline.overdue",
                    "rule.deadline.holidayNotCounted", "rule.deadline.workingWeekendCounted");
            assertThat(findings.get(0).arguments()).startsWith(LocalDate.of(2026, 10, 16));
            assertThat(findings.get(1).arguments()).containsExactly(
                    new com.cacfiling.rules.FindingArgument.Text("holiday.NATIONAL_DAY"), LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 7));
            assertThat(findings.get(2).arguments()).containsExactly(LocalDate.of(2026, 10, 10),
                    new com.cacfiling.rules.FindingArgument.Text("weekday.SATURDAY"));
            assertThat(findings.subList(1, 3)).allSatisfy(note -> {
                assertThat(note.severity()).isEqualTo(Severity.INFO);
                assertThat(note.fieldPath()).isEqualTo("algorithm.basics.launchDate");
            });
            assertThat(FilingRules.evaluate(launchedOn(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 23))
                    .findings()).extracting(Finding::messageKey)
                    .doesNotContain("rule.deadline.holidayNotCounted", "rule.deadline.workingWeekendCounted");
        }

        @Test
        void theReasonWrittenUnderOtherMattersTurnsTheWarningIntoANote() {
            // Found in a walk: the warning asked for the reason under 其他事项 and stayed after it was written.
            LocalDate today = LocalDate.of(2026, 11, 23);
            Dossier late = launchedOn(LocalDate.of(2026, 11, 2));
            for (String nothing : new String[] {"无", "无。", " 暂无 ", "N/A", ""}) {
                assertThat(FilingRules.evaluate(Samples.withOtherMatters(late, nothing), today).findings())
                        .filteredOn(f -> f.ruleCode().equals("DEADLINE")).extracting(Finding::severity)
                        .as(nothing).containsExactly(Severity.WARNING);
            }
            assertThat(FilingRules.evaluate(Samples.withOtherMatters(late,
                    "延迟备案原因：上线时未识别出备案义务，已于发现后立即补报。"),
                    today).findings()).filteredOn(f -> f.ruleCode().equals("DEADLINE")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.messageKey()).isEqualTo("rule.deadline.overdueExplained");
                        assertThat(f.arguments()).containsExactly(LocalDate.of(2026, 11, 16), 5);
                    });
        }

        /**
         * Found in a walk: a recommendation algorithm's technical supporter was told it was late. Art. 24 binds
         * providers; a supporter of a deep synthesis algorithm files by reference (Deep Synthesis Provisions Art. 19).
         */
        @Test
        void theTenWorkingDaysBindProvidersAndTheSupportersOfDeepSynthesisOnly() {
            LocalDate today = LocalDate.of(2026, 11, 23);
            Dossier supporter = Samples.withBasics(SampleDossiers.completeSupporter(),
                    b -> b.withLaunchDate(LocalDate.of(2026, 11, 2)).withAlgorithmType("PERSONALISED_PUSH"));
            assertThat(FilingRules.evaluate(supporter, today).findings()).filteredOn(f -> f.ruleCode().equals("DEADLINE"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.INFO);
                        assertThat(f.messageKey()).isEqualTo("rule.deadline.supporterNoPeriod");
                    });
            assertThat(Deadlines.due(supporter.filing(), WorkingCalendar.official())).isEmpty();

            Dossier generativeSupporter = Samples.withBasics(supporter, b -> b.withAlgorithmType("GENERATIVE_SYNTHESIS"));
            assertThat(FilingRules.evaluate(generativeSupporter, today).findings())
                    .filteredOn(f -> f.ruleCode().equals("DEADLINE")).singleElement().satisfies(f -> {
                        assertThat(f.messageKey()).isEqualTo("rule.deadline.overdue");
                        assertThat(f.legalBasis().article()).isEqualTo("第十九条");
                    });
            Dossier provider = Samples.withBasics(launchedOn(LocalDate.of(2026, 11, 2)),
                    b -> b.withAlgorithmType("PERSONALISED_PUSH"));
            assertThat(FilingRules.evaluate(provider, today).findings()).filteredOn(f -> f.ruleCode().equals("DEADLINE"))
                    .extracting(Finding::messageKey).containsExactly("rule.deadline.overdue");
        }

        @Test
        void anOverdueFilingCanStillBeSubmitted() {
            assertThat(FilingRules.evaluate(launchedOn(LocalDate.of(2026, 6, 1)), LocalDate.of(2026, 11, 23))
                    .isReady()).isTrue();
        }

        @Test
        void aLaunchTooSoonForTheReviewIsWarnedAndALaterOneIsNot() {
            Dossier soon = launchedOn(Samples.TODAY.plusDays(30));
            assertThat(Samples.findings(soon, "FILING_BEFORE_LAUNCH"))
                    .filteredOn(f -> f.fieldPath().equals("algorithm.basics.launchDate")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.fieldPath()).isEqualTo("algorithm.basics.launchDate");
                assertThat(f.arguments()).containsExactly(Samples.TODAY.plusDays(30), 30L);
            });
            assertThat(Samples.findings(launchedOn(Samples.TODAY.plusDays(90)), "FILING_BEFORE_LAUNCH"))
                    .extracting(Finding::fieldPath).doesNotContain("algorithm.basics.launchDate");
            // A launch that has come is no "too soon"; for a generative service it is a launch before approval.
            assertThat(Samples.findings(launchedOn(Samples.TODAY.minusDays(5)), "FILING_BEFORE_LAUNCH"))
                    .extracting(Finding::messageKey).containsExactly("rule.launch.beforeApproval");
        }

        @Test
        void aProductLaunchedBeforeItsAlgorithmIsWarned() {
            Dossier later = launchedOn(LocalDate.of(2027, 6, 1));
            assertThat(Samples.findings(later, "FILING_BEFORE_LAUNCH")).extracting(Finding::fieldPath)
                    .containsExactly("step3.products[0].launchDate", "step3.products[1].launchDate");
        }

        @Test
        void dueSoonWithinThreeWorkingDays() {
            assertThat(FilingRules.evaluate(launchedOn(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 12))
                    .findings()).filteredOn(f -> f.ruleCode().equals("DEADLINE")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.arguments()).containsExactly(LocalDate.of(2026, 11, 16), 2);
                    });
        }

        @Test
        void aFutureLaunchOnlyTellsTheDueDate() {
            assertThat(findings(provider(), "DEADLINE")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.arguments()).containsExactly(LocalDate.of(2026, 12, 29));
            });
        }

        @Test
        void aSubmittedFilingHasNoDeadline() {
            Dossier dossier = launchedOn(LocalDate.of(2026, 11, 2));
            com.cacfiling.domain.filing.Actor actor = new com.cacfiling.domain.filing.Actor("c", java.time.Instant.now());
            dossier.filing().submitForReview(actor);
            dossier.filing().markReady(actor);
            dossier.filing().recordSubmission(actor, LocalDate.of(2026, 11, 10));
            assertThat(FilingRules.evaluate(dossier, LocalDate.of(2026, 11, 23)).findings())
                    .noneMatch(f -> f.ruleCode().equals("DEADLINE"));
        }

        @Test
        void aYearWithoutCalendarDataFallsBackAndSaysSo() {
            assertThat(FilingRules.evaluate(launchedOn(LocalDate.of(2027, 3, 1)), LocalDate.of(2026, 12, 1)).findings())
                    .filteredOn(f -> f.ruleCode().equals("DEADLINE")).extracting(Finding::messageKey)
                    .containsExactly("rule.deadline.due", "rule.deadline.calendarFallback");
        }
    }

    /** A resident ID number typed into a text leaves unmasked (found in a walk: 其他事项 reached the consultant). */
    @Nested
    class IdNumbersInTexts {

        @Test
        void aValidNumberInATextIsNamedMaskedAtItsField() {
            assertThat(findings(provider(), "ID_NUMBER_IN_TEXT")).isEmpty();
            assertThat(findings(Samples.withOtherMatters(provider(),
                    "法定代表人王法人，身份证号码110105198503120020，联系电话13800001234。"),
                    "ID_NUMBER_IN_TEXT")).singleElement().satisfies(f -> {
                        assertThat(f.fieldPath()).isEqualTo("algorithm.assessment.otherMatters");
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.arguments()).containsExactly("110105********0020");
                    });
            // A lower-case check character is the same number.
            assertThat(findings(Samples.withOtherMatters(provider(), "证件 11010519491231002x"), "ID_NUMBER_IN_TEXT"))
                    .hasSize(1);
        }

        @Test
        void numbersThatAreNoIdNumberPass() {
            // A wrong check character, a longer run of digits, an order number: not an ID number.
            assertThat(findings(Samples.withOtherMatters(provider(),
                    "订单 110105198503120021；流水 11010519850312002012；共 100000000 条"),
                    "ID_NUMBER_IN_TEXT")).isEmpty();
        }
    }
}
