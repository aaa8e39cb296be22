/**
 * Uploaded evidence: the self-assessment's screenshots and policy files (per algorithm, referenced by its measures)
 * and Step 1's documents (per company: business licence, ID document images, the signed commitment letter). Both
 * are checked by content, never by name, and kept in the database.
 */
package com.cacfiling.web.evidence;
