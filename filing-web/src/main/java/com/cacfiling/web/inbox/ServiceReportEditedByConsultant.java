package com.cacfiling.web.inbox;

import java.util.UUID;

/**
 * A consultant changed a report of a client's service (its security assessment): the company's officers are told,
 * as they are of a consultant's change to a filing. Defined here so that the feature that keeps the report need not
 * be known to the inbox.
 */
public record ServiceReportEditedByConsultant(UUID companyId, UUID serviceId, UUID consultantId, String serviceName) {
}
