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
 * is a slip, and an ERROR (found in a walk: "-300" was saved without a word and printed in the report). The report's
 * number of users served far below one product's scale is a WARNING: the two were filled from different figures.
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
        Product largest = null;
        long largestScale = 0;
        for (int i = 0; i < products.products().size(); i++) {
            Product product = products.products().get(i);
            if (product != null && product.userScale() != null && NEGATIVE.matcher(product.userScale()).find()) {
                findings.add(Findings.error(RULE, "step3.products[" + i + "].userScale", "rule.userScale.negative",
                        null, product.userScale().strip()));
            }
            else if (product != null) {
                Long scale = figure(product.userScale());
                if (scale != null && scale > largestScale) {
                    largest = product;
                    largestScale = scale;
                }
            }
        }
        // The report's number of users served far below the largest product's own scale: the two were filled from
        // different figures (found in a walk: 5,000 users beside "about 3.5 million monthly"). Said once.
        Long counted = context.algorithm().assessment().userCount();
        if (largest != null && counted != null && counted > 0 && largestScale > counted * FAR_BELOW) {
            findings.add(Findings.warning(RULE, "algorithm.assessment.userCount", "rule.userScale.countBelow", null,
                    counted, largest.name() == null ? "" : largest.name().strip(), largest.userScale().strip()));
        }
        return findings;
    }

    /** How many times smaller than a product's scale the report's count may be before it reads as another figure. */
    private static final long FAR_BELOW = 10;

    /** The first figure of a scale ("月活跃用户约350万", "1.2亿", "50,000"), with its unit; null if there is none. */
    private static final Pattern FIGURE = Pattern.compile("([0-9]+(?:[,，][0-9]{3})*(?:\\.[0-9]+)?)\\s*(亿|万|千)?");

    static Long figure(String scale) {
        if (scale == null) {
            return null;
        }
        java.util.regex.Matcher found = FIGURE.matcher(scale);
        if (!found.find()) {
            return null;
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(found.group(1).replaceAll("[,，]", ""));
            long unit = found.group(2) == null ? 1 : switch (found.group(2)) {
                case "亿" -> 100_000_000L;
                case "万" -> 10_000L;
                default -> 1_000L;
            };
            return number.multiply(java.math.BigDecimal.valueOf(unit)).longValue();
        }
        catch (NumberFormatException | ArithmeticException unreadable) {
            return null;
        }
    }
}
