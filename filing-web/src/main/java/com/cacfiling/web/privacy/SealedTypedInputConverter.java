package com.cacfiling.web.privacy;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.PersonalData;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values typed into Step 1 that are not valid yet (TypedInputs: {@code {"entries": {path: {"raw": …}}}}): a resident
 * ID number typed with one wrong digit is still the person's number, so what was typed into a resident ID field is
 * stored encrypted like the valid ones.
 */
@Converter
public class SealedTypedInputConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public SealedTypedInputConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String typed) {
        return change(typed, true);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return change(stored, false);
    }

    private String change(String json, boolean seal) {
        if (json == null || !json.contains("idNumber")) {
            return json;
        }
        JsonNode root = DomainJson.readTree(json);
        JsonNode entries = root.path("entries");
        boolean changed = false;
        for (String path : PersonalData.residentIdPaths()) {
            JsonNode entry = entries.get(path);
            if (entry != null && entry.isObject() && entry.path("raw").isString()) {
                String raw = entry.path("raw").asString();
                String after = seal ? cipher.seal(raw) : cipher.open(raw);
                if (!after.equals(raw)) {
                    ((ObjectNode) entry).put("raw", after);
                    changed = true;
                }
            }
        }
        return changed ? root.toString() : json;
    }
}
