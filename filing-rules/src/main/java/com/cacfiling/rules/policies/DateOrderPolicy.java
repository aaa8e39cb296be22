package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Dates that contradict each other or the calendar, each valid on its own: an operating term that ends before the
 * company was established, an establishment after today (both as on the business licence), a self-assessment report
 * dated before the assessment it reports, an assessment or report dated after today (a filing reports an assessment
 * made; found in a walk: 2027-01-10 passed). No article: the CAC's reviewers return such a dossier as inconsistent.
 */
public final class DateOrderPolicy implements FilingPolicy {

    static final String RULE = "DATE_ORDER";

    @Override
    public List<Finding> check(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        EntityProfile entity = context.entity();
        LocalDate established = entity.establishedOn();
        if (established != null && established.isAfter(context.today())) {
            findings.add(Findings.error(RULE, "entity.establishedOn", "rule.dates.establishedInFuture", null,
                    established));
        }
        if (established != null && entity.operatingTermEnd() != null
                && !Boolean.TRUE.equals(entity.operatingTermUnlimited())
                && entity.operatingTermEnd().isBefore(established)) {
            findings.add(Findings.error(RULE, "entity.operatingTermEnd", "rule.dates.termBeforeEstablished", null,
                    entity.operatingTermEnd(), established));
        }
        SelfAssessment assessment = context.algorithm().assessment();
        if (assessment.assessmentDate() != null && assessment.assessmentDate().isAfter(context.today())) {
            findings.add(Findings.error(RULE, "algorithm.assessment.assessmentDate", "rule.dates.assessmentInFuture",
                    null, assessment.assessmentDate()));
        }
        if (assessment.reportDate() != null && assessment.reportDate().isAfter(context.today())) {
            findings.add(Findings.error(RULE, "algorithm.assessment.reportDate", "rule.dates.reportInFuture", null,
                    assessment.reportDate()));
        }
        if (assessment.assessmentDate() != null && assessment.reportDate() != null
                && assessment.reportDate().isBefore(assessment.assessmentDate())) {
            findings.add(Findings.error(RULE, "algorithm.assessment.reportDate", "rule.dates.reportBeforeAssessment",
                    null, assessment.reportDate(), assessment.assessmentDate()));
        }
        return findings;
    }
}
