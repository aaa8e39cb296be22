/**
 * The applicability triage: which obligations a company's service has (algorithm filing with its role, the
 * large-model filing or registration, security assessment, labelling, ethics review …). The questionnaire and the
 * rules deciding the obligations are versioned data ({@code triage-<version>.yaml}); {@link
 * com.cacfiling.domain.triage.Triage#evaluate} is a pure function from the answers to the result, so the web
 * layer, the API and the tests all read the same decision. Each obligation carries the strength of its source, and
 * an unverified one is said as "confirm with the local CAC", never as a certainty.
 */
package com.cacfiling.domain.triage;
