package com.cacfiling.domain.company;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;

/**
 * Step 1 (主体信息): the filing entity as the CAC reviews it before any algorithm can be filed. Shared by all the
 * entity's filings. Codes ({@code entityType}, {@code certificateType}) come from the form's option lists.
 *
 * @param registeredCapitalWanYuan registered capital in 万元 (10,000 yuan)
 * @param operatingTermEnd last day of the term of operation; {@code null} with {@code operatingTermUnlimited}
 */
public record EntityProfile(
        String name,
        UnifiedSocialCreditCode creditCode,
        String entityType,
        String registeredAddress,
        BigDecimal registeredCapitalWanYuan,
        LocalDate establishedOn,
        LocalDate operatingTermEnd,
        Boolean operatingTermUnlimited,
        String certificateType,
        String certificateNumber,
        Person legalRepresentative,
        Person securityOfficer,
        ContactPerson contact,
        IcpFiling icp,
        ResponsibilityTable responsibilityTable) {

    public EntityProfile {
        legalRepresentative = legalRepresentative == null ? Person.empty() : legalRepresentative;
        securityOfficer = securityOfficer == null ? Person.empty() : securityOfficer;
        contact = contact == null ? ContactPerson.empty() : contact;
        icp = icp == null ? IcpFiling.empty() : icp;
        responsibilityTable = responsibilityTable == null ? ResponsibilityTable.empty() : responsibilityTable;
    }

    public static EntityProfile named(String name) {
        return new EntityProfile(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * Whether the ICP filing belongs to another entity than the filing entity: then the relation must be
     * explained. Unknown (an ICP entity not yet entered) counts as the same entity.
     */
    public boolean icpEntityDiffers() {
        if (icp.entityCreditCode() != null && creditCode != null) {
            return !icp.entityCreditCode().equals(creditCode);
        }
        return icp.entityName() != null && name != null && !icp.entityName().strip().equals(name.strip());
    }
}
