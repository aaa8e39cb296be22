/**
 * The append-only change log: every save of a filing as a version with its snapshot (the history's comparisons read
 * them) and the audit events of sign-ins, administration and workflow moves, personal data in it encrypted.
 */
package com.cacfiling.web.changelog;
