package com.cacfiling.web.filing;

import com.cacfiling.domain.dossier.DomainJson;

/**
 * A step's save that changed only what was typed invalidly (kept as typed, outside the dossier): no version of the
 * filing, yet a save the audit log records (its page says it records every save; found in a review). Its action is
 * the step's save action with what the save did to those values: {@code _TYPED} when it typed one (still to correct),
 * {@code _UNTYPED} when it only took such values back, the stored valid ones standing again (the log's action
 * column holds 40 characters: the longest step action, 28, with this suffix).
 */
public final class TypedOnlySave {

    private TypedOnlySave() {
    }

    /**
     * The audit action of a save of {@code saveAction}'s step whose values typed invalidly went from
     * {@code typedBefore} to {@code typedAfter} (the stored typed-input JSON) while the dossier stayed as it was.
     */
    public static String action(String saveAction, String typedBefore, String typedAfter) {
        return saveAction + (typedAny(typedBefore, typedAfter) ? "_TYPED" : "_UNTYPED");
    }

    /** Whether {@code after} holds a typed value {@code before} did not hold as it is (one typed by this save). */
    private static boolean typedAny(String before, String after) {
        tools.jackson.databind.JsonNode was = entries(before);
        return entries(after).properties().stream()
                .anyMatch(entry -> !entry.getValue().equals(was.path(entry.getKey())));
    }

    private static tools.jackson.databind.JsonNode entries(String json) {
        return json == null || json.isBlank() ? DomainJson.readTree("{}")
                : DomainJson.readTree(json).path("entries");
    }
}
