/**
 * The step-by-step wizard of an algorithm filing: each step rendered and bound from the field catalogue, typed values
 * kept even when invalid, findings next to their fields, comments shown where they were made, and the comparison of
 * two versions the history uses.
 */
package com.cacfiling.web.wizard;
