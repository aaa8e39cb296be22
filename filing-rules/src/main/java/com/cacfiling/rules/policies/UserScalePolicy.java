package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * A product's user scale (daily or monthly active users, ...) counts users: a text that starts with a negative number
 * is a slip, and an ERROR (found in a walk: "-300" was saved without a word and printed in the report).
 */
public final class UserScalePolicy implements FilingPolicy {

    static final String RULE = "USER_SCALE";

    /** A minus sign (ASCII, full-width or typographic) before the first digit, at the start of the text. */
    private static final Pattern NEGATIVE = Pattern.compile("^\\s*[-－−]\\s*[0-9０-９]");

    @Override
    public List<Finding> check(FilingContext context) {
        if (!(context.filing().step3() instanceof ProductsAndFunctions products)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < products.products().size(); i++) {
            Product product = products.products().get(i);
            if (product != null && product.userScale() != null && NEGATIVE.matcher(product.userScale()).find()) {
                findings.add(Findings.error(RULE, "step3.products[" + i + "].userScale", "rule.userScale.negative",
                        null, product.userScale().strip()));
            }
        }
        return findings;
    }
}
