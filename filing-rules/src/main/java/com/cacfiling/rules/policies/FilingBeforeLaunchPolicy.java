package com.cacfiling.rules.policies;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.LegalBasis;

/**
 * Launch and filing dates agree. A product launched before the algorithm it uses is a WARNING (the dates
 * contradict each other or the algorithm ran unfiled); so is a planned launch too close for the CAC's review, which
 * takes 2–4 months in practice once the materials are complete (stages of review per the reference).
 * A generative-synthesis service offered to the public goes further: it is assessed, and filed or registered as a
 * large model, before it is offered (Interim Measures for Generative AI Services Art. 17), so a launch date that has
 * come while the filing is not approved is a WARNING (the date is wrong, or the service runs unfiled and must say
 * so). Its words keep the algorithm filing's own period (10 working days after launch, the deadline's finding) apart
 * from that duty: one line said "file before launch", the next "within 10 working days after" (found in a walk).
 * Once 其他事项 says something the warning has been answered and becomes a note, as the overdue deadline does. A
 * technical supporter offers nothing to the public and gets the deadline's finding alone.
 */
public final class FilingBeforeLaunchPolicy implements FilingPolicy {

    static final String RULE = "FILING_BEFORE_LAUNCH";
    /** Days the CAC's review usually takes at least (two months). */
    static final int REVIEW_DAYS = 60;
    private static final LegalBasis ARTICLE_24 = Citations.FILING_PERIODS;

    @Override
    public List<Finding> check(FilingContext context) {
        Filing filing = context.filing();
        LocalDate launch = context.algorithm().basics().launchDate();
        List<Finding> findings = new ArrayList<>();
        if (launch == null || filing.approval() != null) {
            return findings;
        }
        LocalDate today = context.today();
        // A change filing's service was filed before it launched and may run while the change is filed.
        boolean firstFiling = filing.kind() != com.cacfiling.domain.filing.FilingKind.CHANGE;
        if (firstFiling && context.isGenerativeSynthesis() && !launch.isAfter(today)
                && filing.role() == com.cacfiling.domain.filing.FilingRole.SERVICE_PROVIDER) {
            findings.add(DeadlinePolicy.reasonStated(context.algorithm().assessment().otherMatters())
                    ? Findings.info(RULE, "algorithm.basics.launchDate", "rule.launch.beforeApprovalExplained",
                            Citations.GENERATIVE_ASSESSMENT_AND_FILING, launch)
                    : Findings.warning(RULE, "algorithm.basics.launchDate", "rule.launch.beforeApproval",
                            Citations.GENERATIVE_ASSESSMENT_AND_FILING, launch));
        }
        if (firstFiling && launch.isAfter(today) && ChronoUnit.DAYS.between(today, launch) < REVIEW_DAYS) {
            findings.add(Findings.warning(RULE, "algorithm.basics.launchDate", "rule.launch.tooSoon", ARTICLE_24,
                    launch, ChronoUnit.DAYS.between(today, launch)));
        }
        if (filing.step3() instanceof ProductsAndFunctions products) {
            for (int i = 0; i < products.products().size(); i++) {
                Product product = products.products().get(i);
                if (product.launchDate() != null && product.launchDate().isBefore(launch)) {
                    findings.add(Findings.warning(RULE, "step3.products[" + i + "].launchDate",
                            "rule.launch.productBeforeAlgorithm", ARTICLE_24, product.launchDate(), launch));
                }
            }
        }
        return findings;
    }
}
