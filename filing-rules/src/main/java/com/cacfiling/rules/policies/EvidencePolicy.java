package com.cacfiling.rules.policies;

import com.cacfiling.rules.FindingArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Claims need proof: measures in the areas reviewers ask to see (labelling, user rights, content governance,
 * separate consent) name at least one evidence item, and every named item exists.
 */
public final class EvidencePolicy implements FilingPolicy {

    static final String RULE = "EVIDENCE";

    @Override
    public List<Finding> check(FilingContext context) {
        Set<String> known = context.algorithm().assessment().evidence().stream().map(EvidenceItem::id)
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        List<RiskAssessment> risks = context.algorithm().assessment().risks();
        for (int r = 0; r < risks.size(); r++) {
            List<RiskMeasure> measures = risks.get(r).measures();
            for (int m = 0; m < measures.size(); m++) {
                RiskMeasure measure = measures.get(m);
                String path = "algorithm.assessment.risks[" + r + "].measures[" + m + "]";
                if (measure.kind() != null && measure.kind().requiresEvidence() && measure.evidenceIds().isEmpty()) {
                    findings.add(Findings.error(RULE, path, "rule.evidence.missing", null,
                            new FindingArgument.Text("measure." + measure.kind().name())));
                }
                for (String id : measure.evidenceIds()) {
                    if (!known.contains(id)) {
                        findings.add(Findings.error(RULE, path, "rule.evidence.unknown", null, id));
                    }
                }
            }
        }
        return findings;
    }
}
