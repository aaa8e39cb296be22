/**
 * A company's services and their applicability triage (issue 16, item 1): the questionnaire of
 * {@link com.cacfiling.domain.triage.Triage} answered once per service, its result (the obligations with their
 * basis and a link to start the work), every saved set of answers kept as a version, each save audited, and the
 * obligations register fed from the result. Pages, the REST API and the demo data of the triage live here.
 */
package com.cacfiling.web.triage;
