package com.cacfiling.rules.policies;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.filing.Product;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.identifiers.WebAddress;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.Citations;

/**
 * Identifier checks beyond the shape the value objects already enforce (check codes of credit codes and ID
 * numbers are verified when they are entered): the contact mobile must be a mobile number, the security officer
 * should be reachable by mobile and of age, the certificate number of a business licence is the credit code,
 * and a website product needs a valid http(s) address.
 */
public final class IdentifierPolicy implements FilingPolicy {

    static final String RULE = "IDENTIFIERS";

    @Override
    public List<Finding> check(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        EntityProfile e = context.entity();
        PhoneNumber contactMobile = e.contact().mobile();
        if (contactMobile != null && !contactMobile.isMobile()) {
            findings.add(Findings.error(RULE, "entity.contact.mobile", "rule.identifier.mobileExpected", null,
                    contactMobile.value()));
        }
        PhoneNumber officerPhone = e.securityOfficer().phone();
        if (officerPhone != null && !officerPhone.isMobile()) {
            findings.add(Findings.warning(RULE, "entity.securityOfficer.phone", "rule.identifier.officerMobile", null,
                    officerPhone.value()));
        }
        ResidentIdNumber officerId = e.securityOfficer().idNumber();
        // No article requires the officer's age: the duty the officer carries presupposes full civil capacity.
        // GB 11643 (cited here before) only defines the ID number, so the finding cites nothing.
        if (officerId != null && Period.between(officerId.birthDate(), context.today()).getYears() < 18) {
            findings.add(Findings.error(RULE, "entity.securityOfficer.idNumber", "rule.identifier.officerMinor",
                    null));
        }
        if ("BUSINESS_LICENCE".equals(e.certificateType()) && e.creditCode() != null && e.certificateNumber() != null
                && !e.certificateNumber().strip().equalsIgnoreCase(e.creditCode().value())) {
            findings.add(Findings.error(RULE, "entity.certificateNumber", "rule.identifier.licenceIsCreditCode",
                    Citations.CREDIT_CODE_STANDARD, e.creditCode().value()));
        }
        if (context.filing().step3() instanceof ProductsAndFunctions products) {
            for (int i = 0; i < products.products().size(); i++) {
                Product product = products.products().get(i);
                if ("WEBSITE".equals(product.form()) && product.accessAddress() != null
                        && !isWebAddress(product.accessAddress())) {
                    findings.add(Findings.error(RULE, "step3.products[" + i + "].accessAddress",
                            "rule.identifier.websiteUrl", null, product.accessAddress()));
                }
            }
        }
        return findings;
    }

    private static boolean isWebAddress(String candidate) {
        try {
            new WebAddress(candidate);
            return true;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
