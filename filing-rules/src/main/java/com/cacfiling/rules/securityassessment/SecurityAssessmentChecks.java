package com.cacfiling.rules.securityassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Severity;

/**
 * What a security assessment report still lacks, in the report's order. Paths are {@code securityAssessment.}
 * followed by the field's name ({@code measures.REAL_IDENTITY.situation} for a measure's part), so the page puts each
 * finding beside its field. A report with errors is a draft; the obligation is met only by one without.
 */
public final class SecurityAssessmentChecks {

    public static final String PREFIX = "securityAssessment.";
    /**
     * The Provisions took effect on this day: an assessment under them is not older. Found in a walk: a date picker
     * turned a mistyped "2026-13-45" into 1345-02-02, and the report passed as complete.
     */
    public static final LocalDate IN_FORCE = LocalDate.of(2018, 11, 30);
    static final String RULE = "SECURITY_ASSESSMENT";

    private SecurityAssessmentChecks() {
    }

    public static List<Finding> check(SecurityAssessment assessment, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        basicFacts(assessment, findings);
        triggerAndConduct(assessment, today, findings);
        measures(assessment, findings);
        conclusion(assessment, findings);
        submission(assessment, today, findings);
        return List.copyOf(findings);
    }

    /** Art. 6(1): functions and scope, software and hardware, where it runs, licences and filings. */
    private static void basicFacts(SecurityAssessment a, List<Finding> findings) {
        required(a.functions(), "functions", "rule.securityAssessment.required.functions", Citations.SECURITY_ASSESSMENT_REPORT, findings);
        required(a.facilities(), "facilities", "rule.securityAssessment.required.facilities", Citations.SECURITY_ASSESSMENT_REPORT, findings);
        required(a.deployment(), "deployment", "rule.securityAssessment.required.deployment", Citations.SECURITY_ASSESSMENT_REPORT, findings);
        required(a.licences(), "licences", "rule.securityAssessment.required.licences", Citations.SECURITY_ASSESSMENT_REPORT, findings);
    }

    /** Art. 3 (why), Art. 4 (who) and the day it was made: not a day to come. */
    private static void triggerAndConduct(SecurityAssessment a, LocalDate today, List<Finding> findings) {
        if (a.triggers().isEmpty()) {
            findings.add(error("triggers", "rule.securityAssessment.triggers", Citations.SECURITY_ASSESSMENT_TRIGGERS));
        }
        if (a.assessor() == null) {
            findings.add(error("assessor", "rule.securityAssessment.assessor", Citations.SECURITY_ASSESSMENT_CONDUCT));
        }
        else if (a.assessor() == Assessor.THIRD_PARTY) {
            required(a.thirdParty(), "thirdParty", "rule.securityAssessment.required.thirdParty", Citations.SECURITY_ASSESSMENT_CONDUCT, findings);
        }
        date(a, "assessedOn", a.assessedOn(), today, "rule.securityAssessment.future.assessedOn", findings);
    }

    /** Art. 5 with Art. 6(2): every measure answered, with what is in place, and a remedy where it is not. */
    private static void measures(SecurityAssessment a, List<Finding> findings) {
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            MeasureAnswer answer = a.measure(measure);
            String path = "measures." + measure + ".";
            if (answer.state() == null) {
                findings.add(new Finding(RULE, Severity.ERROR, PREFIX + path + "state",
                        "rule.securityAssessment.measure.state", List.of(), Citations.SECURITY_ASSESSMENT_MEASURES));
                continue;
            }
            if (answer.situation() == null) {
                findings.add(new Finding(RULE, Severity.ERROR, PREFIX + path + "situation",
                        answer.state() == MeasureState.NOT_APPLICABLE ? "rule.securityAssessment.measure.whyNotApplicable"
                                : "rule.securityAssessment.measure.situation", List.of(),
                        Citations.SECURITY_ASSESSMENT_REPORT));
            }
            else {
                tooLong(answer.situation(), path + "situation", findings);
            }
            if (answer.state() == MeasureState.NOT_IN_PLACE) {
                // Not in place at all is not yet assessed as effective: the report is not complete, remedy or not
                // (found in a review; said at once, as a walk found it learnt only after the remedy was written).
                findings.add(new Finding(RULE, Severity.ERROR, PREFIX + path + "state",
                        "rule.securityAssessment.measure.notInPlace", List.of(), Citations.SECURITY_ASSESSMENT_MEASURES));
            }
            if (answer.state().needsRemedy()) {
                if (answer.remedy() == null) {
                    findings.add(new Finding(RULE, Severity.ERROR, PREFIX + path + "remedy",
                            "rule.securityAssessment.measure.remedy", List.of(), Citations.SECURITY_ASSESSMENT_REPORT));
                }
                else {
                    tooLong(answer.remedy(), path + "remedy", findings);
                    if (answer.state() == MeasureState.PARTLY) {
                        // Partly in place, with its remedy: an honest report of a gap the authorities may act on.
                        findings.add(new Finding(RULE, Severity.WARNING, PREFIX + path + "state",
                                "rule.securityAssessment.measure.gap", List.of(),
                                Citations.SECURITY_ASSESSMENT_MEASURES));
                    }
                }
            }
        }
    }

    /** Art. 6(3) and (4): the conclusion is required; other matters are optional but bounded. */
    private static void conclusion(SecurityAssessment a, List<Finding> findings) {
        required(a.conclusion(), "conclusion", "rule.securityAssessment.required.conclusion", Citations.SECURITY_ASSESSMENT_REPORT, findings);
        if (a.otherMatters() != null) {
            tooLong(a.otherMatters(), "otherMatters", findings);
        }
    }

    /** Art. 7: a submission recorded is on a day past, not before the assessment. */
    private static void submission(SecurityAssessment a, LocalDate today, List<Finding> findings) {
        date(a, "submittedOn", a.submittedOn(), today, "rule.securityAssessment.future.submittedOn", findings);
        if (a.submittedOn() != null && a.assessedOn() != null && a.submittedOn().isBefore(a.assessedOn())) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + "submittedOn",
                    "rule.securityAssessment.submittedBeforeAssessed", List.of(a.submittedOn(), a.assessedOn()),
                    Citations.SECURITY_ASSESSMENT_SUBMISSION));
        }
        if (a.submissionReference() != null && a.submittedOn() == null && !a.invalidInput().containsKey("submittedOn")) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + "submittedOn",
                    "rule.securityAssessment.referenceWithoutDate", List.of(), Citations.SECURITY_ASSESSMENT_SUBMISSION));
        }
        if (a.submissionReference() != null && a.submissionReference().length() > 100) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + "submissionReference",
                    "rule.securityAssessment.tooLong", List.of(100), null));
        }
    }

    /** A date typed and unreadable, missing (the assessment's only) or to come. */
    private static void date(SecurityAssessment a, String field, LocalDate value, LocalDate today, String futureKey,
            List<Finding> findings) {
        String typed = a.invalidInput().get(field);
        if (typed != null) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + field, "rule.securityAssessment.invalidDate",
                    List.of(typed), null));
        }
        else if (value == null && field.equals("assessedOn")) {
            findings.add(error(field, "rule.securityAssessment.required.assessedOn", Citations.SECURITY_ASSESSMENT_REPORT));
        }
        else if (value != null && value.isAfter(today)) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + field, futureKey, List.of(value), null));
        }
        else if (value != null && value.isBefore(IN_FORCE)) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + field, "rule.securityAssessment.beforeInForce",
                    List.of(value, IN_FORCE), null));
        }
    }

    private static void required(String value, String field, String key, LegalBasis basis, List<Finding> findings) {
        if (value == null) {
            findings.add(error(field, key, basis));
        }
        else {
            tooLong(value, field, findings);
        }
    }

    private static void tooLong(String value, String field, List<Finding> findings) {
        if (value.length() > SecurityAssessment.MAX_TEXT) {
            findings.add(new Finding(RULE, Severity.ERROR, PREFIX + field, "rule.securityAssessment.tooLong",
                    List.of(SecurityAssessment.MAX_TEXT), null));
        }
    }

    private static Finding error(String field, String key, LegalBasis basis) {
        return new Finding(RULE, Severity.ERROR, PREFIX + field, key, List.of(), basis);
    }
}
