/**
 * Checks of the large-model filing and registration, as pure functions: completeness from the form's catalogue,
 * the assessment report's clause results, the agreement and privacy-policy clauses, and the uploaded keyword list
 * and test banks against the thresholds of a standard, each finding carrying the numbers it compared.
 */
package com.cacfiling.rules.largemodel;
