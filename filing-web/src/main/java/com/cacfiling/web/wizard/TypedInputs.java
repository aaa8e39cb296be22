package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.IdentifierType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a user typed that is not (yet) a valid value, by concrete field path: kept exactly as typed, with why it is
 * not valid, so the field shows it again with its error after every reload until the user corrects it. The dossier
 * holds only valid values (the last valid one of such a field); findings, readiness and documents read the dossier,
 * and the filing cannot go to review while typed values are not valid.
 */
public record TypedInputs(@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, TypedInput> entries) {

    /** One typed value and the message (bundle key and arguments) saying what is wrong with it. */
    public record TypedInput(String raw, String messageKey, List<String> arguments) {

        public TypedInput {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    public TypedInputs {
        entries = entries == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static TypedInputs none() {
        return new TypedInputs(Map.of());
    }

    public static TypedInputs fromJson(String json) {
        return json == null || json.isBlank() ? none() : DomainJson.read(json, TypedInputs.class);
    }

    public String toJson() {
        return DomainJson.write(this);
    }

    public TypedInput at(String path) {
        return entries.get(path);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public TypedInputs without(Predicate<String> paths) {
        Map<String, TypedInput> kept = new TreeMap<>(entries);
        kept.keySet().removeIf(paths);
        return new TypedInputs(kept);
    }

    public TypedInputs with(String path, TypedInput input) {
        Map<String, TypedInput> changed = new TreeMap<>(entries);
        changed.put(path, input);
        return new TypedInputs(changed);
    }

    /** The entries of one part of the dossier ({@code entity}, {@code algorithm}, {@code step3}). */
    public TypedInputs of(String root) {
        return without(path -> !path.startsWith(root + "."));
    }

    /**
     * For a reader outside the company (a consultant, an administrator): values typed into resident ID fields masked
     * ({@link com.cacfiling.domain.form.PersonalData#maskTyped}); posted back unchanged, the mask keeps what was typed
     * ({@link StepBinder}).
     */
    public TypedInputs withResidentIdsMasked() {
        Map<String, TypedInput> masked = new TreeMap<>(entries);
        masked.replaceAll((path, input) -> FormFields.current().find(path)
                .filter(field -> field.identifier() == IdentifierType.RESIDENT_ID).isPresent()
                        ? new TypedInput(com.cacfiling.domain.form.PersonalData.maskTyped(input.raw()),
                                input.messageKey(), input.arguments())
                        : input);
        return new TypedInputs(masked);
    }

    public TypedInputs plus(TypedInputs other) {
        Map<String, TypedInput> all = new TreeMap<>(entries);
        all.putAll(other.entries);
        return new TypedInputs(all);
    }
}
