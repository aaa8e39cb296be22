/**
 * A service's security assessment (安全评估): the report the 2018 Provisions ask for when a service with a
 * public-opinion attribute launches or changes (Art. 3), written on one page in the report's parts, checked by
 * {@link com.cacfiling.rules.securityassessment.SecurityAssessmentChecks}, downloaded as PDF or DOCX and recorded as
 * submitted. Saving it moves the service's obligation in the register (an event the register's feature defines).
 */
package com.cacfiling.web.securityassessment;
