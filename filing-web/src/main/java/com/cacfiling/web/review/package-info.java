/**
 * The review workflow between officers and consultants: submitting for review, comments on fields, returning,
 * approving, the CAC's outcome (filing number), changes and cancellation, with the messages each move sends.
 */
package com.cacfiling.web.review;
