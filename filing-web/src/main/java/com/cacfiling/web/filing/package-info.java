/**
 * The algorithm filing as the portal keeps it: its record, its algorithm (shared by the two filings of a dual-role
 * pair), creation, loading with one access check, saving with optimistic locking, and the rules' findings at the
 * date that counts. Pages and workflow build on {@link com.cacfiling.web.filing.FilingService}.
 */
package com.cacfiling.web.filing;
