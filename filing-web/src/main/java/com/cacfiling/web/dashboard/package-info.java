/**
 * The dashboard: the list of filings over every company the user may reach, filtered, searched, sorted and paged
 * in the database, with the status and deadline charts and the Excel export.
 */
package com.cacfiling.web.dashboard;
