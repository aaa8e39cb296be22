package com.cacfiling.web.modelfiling;

import java.util.UUID;

import com.cacfiling.domain.largemodel.ModelFilingRoute;

/**
 * A large-model filing or registration was started for a service of the triage: the obligations register takes the
 * matching obligation into work, without this feature knowing the register.
 */
public record ModelFilingStarted(UUID companyId, UUID serviceId, String serviceName, ModelFilingRoute route,
        String actor) {
}
