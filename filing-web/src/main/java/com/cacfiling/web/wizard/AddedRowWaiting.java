package com.cacfiling.web.wizard;

/**
 * A row just added, empty on purpose, and how many of its fields are required: the page that shows it first does not
 * call its fields missing, but its checklist names the row (both wizards).
 */
public record AddedRowWaiting(String anchor, int requiredFields) {
}
