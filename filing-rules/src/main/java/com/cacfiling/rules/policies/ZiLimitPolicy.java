package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.text.ZiCounter;

/**
 * The two 200-字 fields. Over 200 字 is an ERROR; within 200 字 but over 200 characters (what a web form's
 * maxlength counts, e.g. with Latin words) is a WARNING, since the CAC form may cut the text.
 */
public final class ZiLimitPolicy implements FilingPolicy {

    static final String RULE = "ZI_LIMIT";

    @Override
    public List<Finding> check(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        limit(findings, "algorithm.details.introduction", context.algorithm().details().introduction());
        limit(findings, "algorithm.details.riskPrevention.explanation",
                context.algorithm().details().riskPrevention().explanation());
        return findings;
    }

    private static void limit(List<Finding> findings, String path, ZiLimitedText text) {
        if (text == null) {
            return;
        }
        int zi = ZiCounter.count(text.text());
        int raw = ZiCounter.rawLength(text.text());
        if (zi > ZiCounter.LIMIT) {
            findings.add(Findings.error(RULE, path, "rule.zi.over", null, zi, ZiCounter.LIMIT));
        }
        else if (raw > ZiCounter.LIMIT) {
            findings.add(Findings.warning(RULE, path, "rule.zi.rawOver", null, raw, zi, ZiCounter.LIMIT));
        }
    }
}
