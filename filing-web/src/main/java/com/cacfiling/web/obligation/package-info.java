/**
 * The obligations register (issue 16, item 5; seed 002's table of obligations): one row per service and
 * obligation the triage found, with its basis, owner, evidence, status and next review date. The triage writes the
 * rows ({@link com.cacfiling.web.obligation.Obligations#follow}); people edit owner, evidence, status and review
 * date. The register page lists the open obligations across all companies the user may reach in one paged query,
 * and exports them to Excel.
 */
package com.cacfiling.web.obligation;
