package com.cacfiling.domain.company;

import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;

/**
 * The ICP filing of the product's site or app. When its entity is not the filing entity (a group subsidiary
 * controls the algorithm), the CAC expects an explanation of the relation between the two.
 */
public record IcpFiling(IcpNumber number, String entityName, UnifiedSocialCreditCode entityCreditCode,
        String relationExplanation) {

    public static IcpFiling empty() {
        return new IcpFiling(null, null, null, null);
    }
}
