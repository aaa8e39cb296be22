package com.cacfiling.domain.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of domain values, shared by the dossier format and by storage, so that what is saved and
 * what is exported can never be spelled differently.
 */
public final class DomainJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private DomainJson() {
    }

    /** Indented, as the dossier format is written (for a tree that was changed after writing). */
    public static String writeIndented(Object value) {
        return MAPPER.writer().with(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** The value as a JSON tree, spelled exactly as it is stored. */
    public static tools.jackson.databind.JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static tools.jackson.databind.JsonNode readTree(String json) {
        return MAPPER.readTree(json);
    }

    public static <T> T fromTree(tools.jackson.databind.JsonNode tree, Class<T> type) {
        return MAPPER.treeToValue(tree, type);
    }
}
