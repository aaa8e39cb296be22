package com.cacfiling.rules.policies;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        if ("BUSINESS_LICENCE".equals(e.certificateType()) && e.certificateNumber() != null) {
            String number = e.certificateNumber().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
            if (!number.isEmpty() && !com.cacfiling.domain.identifiers.UnifiedSocialCreditCode.isValid(number)) {
                // Checked on its own first (found in a walk: the same wrong code in both fields, a message at only
                // one of them; and, with the credit code typed invalidly, "should be" named the code it replaced).
                findings.add(Findings.error(RULE, "entity.certificateNumber",
                        "rule.identifier.licenceNotACreditCode", Citations.CREDIT_CODE_STANDARD,
                        e.certificateNumber().strip()));
            }
            else if (e.creditCode() != null && !number.equals(e.creditCode().value())) {
                findings.add(Findings.error(RULE, "entity.certificateNumber", "rule.identifier.licenceIsCreditCode",
                        Citations.CREDIT_CODE_STANDARD, e.creditCode().value()));
            }
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
        samePeople(e, findings);
        return findings;
    }

    /**
     * The legal representative, the security officer and the head of the security body are often the same person
     * (found in a walk: one name sent to the CAC with two ID numbers after one of them was corrected). One ID number
     * under two names is an ERROR; one name with two ID numbers a WARNING (namesakes exist).
     */
    private static void samePeople(EntityProfile e, List<Finding> findings) {
        List<Map.Entry<String, com.cacfiling.domain.company.Person>> people = List.of(
                Map.entry("entity.legalRepresentative", e.legalRepresentative()),
                Map.entry("entity.securityOfficer", e.securityOfficer()),
                Map.entry("entity.responsibilityTable.body.head", e.responsibilityTable().body().head()));
        for (int later = 1; later < people.size(); later++) {
            var person = people.get(later).getValue();
            if (person.idNumber() == null) {
                continue;
            }
            for (int earlier = 0; earlier < later; earlier++) {
                var other = people.get(earlier).getValue();
                if (other.idNumber() == null) {
                    continue;
                }
                String path = people.get(later).getKey();
                String otherPath = people.get(earlier).getKey();
                boolean sameId = person.idNumber().equals(other.idNumber());
                boolean sameName = person.name() != null && other.name() != null
                        && person.name().strip().equals(other.name().strip());
                if (sameId && !sameName && person.name() != null && other.name() != null) {
                    findings.add(Findings.error(RULE, path + ".name", "rule.identifier.oneIdTwoNames", null,
                            person.name().strip(), other.name().strip(),
                            new com.cacfiling.rules.FindingArgument.FieldLabel(otherPath + ".name")));
                    break;
                }
                if (sameName && !sameId) {
                    findings.add(Findings.warning(RULE, path + ".idNumber", "rule.identifier.oneNameTwoIds", null,
                            person.name().strip(),
                            new com.cacfiling.rules.FindingArgument.FieldLabel(otherPath + ".idNumber")));
                    break;
                }
            }
        }
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
