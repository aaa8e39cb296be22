package com.cacfiling.domain.filing;

import java.util.List;

/**
 * 技术支持方案: the technical supporter's Step 3. {@code deliveryModes} and {@code customerTypes} are option codes;
 * {@code customerFilingGuidance} says how customers file their own provider records.
 */
public record SupportPlan(List<String> deliveryModes, List<String> customerTypes, String customerDescription,
        String accessControl, String customerFilingGuidance, String serviceAgreement) implements Step3 {

    public SupportPlan {
        deliveryModes = deliveryModes == null ? List.of() : List.copyOf(deliveryModes);
        customerTypes = customerTypes == null ? List.of() : List.copyOf(customerTypes);
    }

    public static SupportPlan empty() {
        return new SupportPlan(null, null, null, null, null, null);
    }

    @Override
    public FilingRole role() {
        return FilingRole.TECHNICAL_SUPPORTER;
    }
}
