package com.cacfiling.rules.securityassessment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.securityassessment.AssessmentTrigger;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityAssessmentChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** A report every part of which is written, all measures in place, assessed and submitted. */
    static SecurityAssessment complete() {
        Map<SecurityMeasure, MeasureAnswer> measures = new EnumMap<>(SecurityMeasure.class);
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            measures.put(measure, new MeasureAnswer(MeasureState.IN_PLACE, "已落实：" + measure, null));
        }
        return new SecurityAssessment("对话问答，面向境内公众", "自建 GPU 集群", "北京亦庄机房", "ICP 备案；算法备案",
                Set.of(AssessmentTrigger.LAUNCH), Assessor.SELF, null, LocalDate.of(2026, 11, 20), measures,
                "各项措施已落实，风险可控。", null, LocalDate.of(2026, 11, 25), "BA-2026-001", Map.of());
    }

    private static SecurityAssessment with(SecurityAssessment a, SecurityMeasure measure, MeasureAnswer answer) {
        Map<SecurityMeasure, MeasureAnswer> measures = new EnumMap<>(a.measures());
        measures.put(measure, answer);
        return new SecurityAssessment(a.functions(), a.facilities(), a.deployment(), a.licences(), a.triggers(),
                a.assessor(), a.thirdParty(), a.assessedOn(), measures, a.conclusion(), a.otherMatters(),
                a.submittedOn(), a.submissionReference(), a.invalidInput());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.fieldPath() + " " + f.messageKey()).toList();
    }

    @Test
    void aCompleteReportHasNoFinding() {
        assertThat(SecurityAssessmentChecks.check(complete(), TODAY)).isEmpty();
    }

    @Test
    void anEmptyReportNamesEveryPartArticleSixAsksForAndEveryMeasure() {
        List<Finding> findings = SecurityAssessmentChecks.check(SecurityAssessment.empty(), TODAY);
        assertThat(findings).allMatch(Finding::isError);
        assertThat(keys(findings)).contains("securityAssessment.functions rule.securityAssessment.required.functions",
                "securityAssessment.licences rule.securityAssessment.required.licences",
                "securityAssessment.triggers rule.securityAssessment.triggers",
                "securityAssessment.assessor rule.securityAssessment.assessor",
                "securityAssessment.assessedOn rule.securityAssessment.required.assessedOn",
                "securityAssessment.conclusion rule.securityAssessment.required.conclusion");
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            assertThat(keys(findings)).contains("securityAssessment.measures." + measure
                    + ".state rule.securityAssessment.measure.state");
        }
        // Not submitted is no error: the report is written before it is submitted.
        assertThat(keys(findings)).noneMatch(key -> key.contains("submittedOn"));
        assertThat(findings).allMatch(f -> f.legalBasis() != null);
    }

    @Test
    void aMeasureNotInPlaceNeedsARemedyAndStaysAWarningOnceItHasOne() {
        SecurityAssessment gap = with(complete(), SecurityMeasure.COMPLAINTS,
                new MeasureAnswer(MeasureState.PARTLY, "有邮箱，尚未公布电话", null));
        assertThat(keys(SecurityAssessmentChecks.check(gap, TODAY)))
                .containsExactly("securityAssessment.measures.COMPLAINTS.remedy rule.securityAssessment.measure.remedy");
        SecurityAssessment remedied = with(complete(), SecurityMeasure.COMPLAINTS,
                new MeasureAnswer(MeasureState.PARTLY, "有邮箱，尚未公布电话", "2027-01-31 前公布举报电话"));
        List<Finding> findings = SecurityAssessmentChecks.check(remedied, TODAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("rule.securityAssessment.measure.gap");
        });
        // Not in place at all, even with a remedy: the report is not complete.
        SecurityAssessment notInPlace = with(complete(), SecurityMeasure.COMPLAINTS,
                new MeasureAnswer(MeasureState.NOT_IN_PLACE, "尚未建立", "2027-01-31 前建立"));
        assertThat(SecurityAssessmentChecks.check(notInPlace, TODAY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageKey()).isEqualTo("rule.securityAssessment.measure.notInPlace");
        });
        // Said at once, before the remedy is written.
        SecurityAssessment notInPlaceNoRemedy = with(complete(), SecurityMeasure.COMPLAINTS,
                new MeasureAnswer(MeasureState.NOT_IN_PLACE, "尚未建立", null));
        assertThat(keys(SecurityAssessmentChecks.check(notInPlaceNoRemedy, TODAY))).containsExactly(
                "securityAssessment.measures.COMPLAINTS.state rule.securityAssessment.measure.notInPlace",
                "securityAssessment.measures.COMPLAINTS.remedy rule.securityAssessment.measure.remedy");
        // Not applicable asks why, in the situation.
        SecurityAssessment notApplicable = with(complete(), SecurityMeasure.HARMFUL_INFORMATION,
                new MeasureAnswer(MeasureState.NOT_APPLICABLE, null, null));
        assertThat(keys(SecurityAssessmentChecks.check(notApplicable, TODAY))).containsExactly(
                "securityAssessment.measures.HARMFUL_INFORMATION.situation rule.securityAssessment.measure.whyNotApplicable");
    }

    @Test
    void datesAreReadAsTypedAndCheckedAgainstEachOtherAndToday() {
        SecurityAssessment a = complete();
        SecurityAssessment typedBadly = new SecurityAssessment(a.functions(), a.facilities(), a.deployment(),
                a.licences(), a.triggers(), a.assessor(), a.thirdParty(), null, a.measures(), a.conclusion(), null,
                LocalDate.of(2026, 11, 1), a.submissionReference(), Map.of("assessedOn", "2026-13-01"));
        assertThat(SecurityAssessmentChecks.check(typedBadly, TODAY)).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("rule.securityAssessment.invalidDate");
            assertThat(f.arguments()).containsExactly("2026-13-01");
        });
        SecurityAssessment early = new SecurityAssessment(a.functions(), a.facilities(), a.deployment(), a.licences(),
                a.triggers(), Assessor.THIRD_PARTY, null, a.assessedOn(), a.measures(), a.conclusion(), null,
                LocalDate.of(2026, 11, 1), null, null);
        assertThat(keys(SecurityAssessmentChecks.check(early, TODAY))).containsExactly(
                "securityAssessment.thirdParty rule.securityAssessment.required.thirdParty",
                "securityAssessment.submittedOn rule.securityAssessment.submittedBeforeAssessed");
        SecurityAssessment future = new SecurityAssessment(a.functions(), a.facilities(), a.deployment(),
                a.licences(), a.triggers(), a.assessor(), null, TODAY.plusDays(1), a.measures(), a.conclusion(), null,
                null, "BA-1", null);
        assertThat(keys(SecurityAssessmentChecks.check(future, TODAY))).containsExactly(
                "securityAssessment.assessedOn rule.securityAssessment.future.assessedOn",
                "securityAssessment.submittedOn rule.securityAssessment.referenceWithoutDate");
    }

    @Test
    void aDateBeforeTheProvisionsTookEffectIsAMistypedYear() {
        SecurityAssessment a = complete();
        SecurityAssessment ancient = new SecurityAssessment(a.functions(), a.facilities(), a.deployment(), a.licences(),
                a.triggers(), a.assessor(), null, LocalDate.of(1345, 2, 2), a.measures(), a.conclusion(), null, null,
                null, null);
        assertThat(SecurityAssessmentChecks.check(ancient, TODAY)).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("rule.securityAssessment.beforeInForce");
            assertThat(f.arguments()).containsExactly(LocalDate.of(1345, 2, 2), LocalDate.of(2018, 11, 30));
        });
    }

    @Test
    void overlongTextsAreNamedAndBlankOnesAreMissing() {
        SecurityAssessment a = complete();
        SecurityAssessment overlong = new SecurityAssessment("长".repeat(SecurityAssessment.MAX_TEXT + 1), "  ",
                a.deployment(), a.licences(), a.triggers(), a.assessor(), null, a.assessedOn(), a.measures(),
                a.conclusion(), null, null, null, null);
        assertThat(keys(SecurityAssessmentChecks.check(overlong, TODAY))).containsExactly(
                "securityAssessment.functions rule.securityAssessment.tooLong",
                "securityAssessment.facilities rule.securityAssessment.required.facilities");
    }
}
