package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * A risk the self-assessment names is described and has at least one described measure: the report states, for
 * every risk, what it is and how it is prevented, and printed "【待填】" (to be completed) where either was missing,
 * in a dossier every other check had passed. An ERROR, as for any incomplete part of a document that is filed; no
 * article lists the report's parts (the report template's practice), so no basis is cited.
 */
public final class RiskMeasurePolicy implements FilingPolicy {

    static final String RULE = "RISK_MEASURES";

    @Override
    public List<Finding> check(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        List<RiskAssessment> risks = context.algorithm().assessment().risks();
        for (int r = 0; r < risks.size(); r++) {
            RiskAssessment risk = risks.get(r);
            String path = "algorithm.assessment.risks[" + r + "]";
            if (risk.category() == null && blank(risk.description()) && risk.measures().isEmpty()) {
                continue; // an empty row: the form's required-field check speaks for the table
            }
            // The risk as the report numbers it, with its category in words.
            int number = r + 1;
            FindingArgument category = new FindingArgument.Text(risk.category() == null ? "rule.risks.uncategorized"
                    : "risk." + risk.category().name());
            if (blank(risk.description())) {
                findings.add(Findings.error(RULE, path + ".description", "rule.risks.undescribed", null, number, category));
            }
            List<RiskMeasure> measures = risk.measures();
            if (measures.stream().allMatch(measure -> measure.kind() == null && blank(measure.description()))) {
                findings.add(Findings.error(RULE, path + ".measures", "rule.risks.noMeasure", null, number, category));
                continue;
            }
            for (int m = 0; m < measures.size(); m++) {
                RiskMeasure measure = measures.get(m);
                if (measure.kind() != null && blank(measure.description())) {
                    findings.add(Findings.error(RULE, path + ".measures[" + m + "].description",
                            "rule.risks.measureUndescribed", null, number, category, m + 1));
                }
            }
        }
        return findings;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
