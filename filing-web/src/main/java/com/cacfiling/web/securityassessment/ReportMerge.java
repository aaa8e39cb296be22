package com.cacfiling.web.securityassessment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.cacfiling.domain.securityassessment.SecurityAssessment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A three-way merge of the report, field by field: what one person changed from the version they opened, laid over
 * what another saved since. A field only one of them changed takes that change; a field both changed differently is
 * a conflict, and keeps the later person's value for them to confirm. Fields are the report's texts, choices and
 * dates, each measure's state, situation and remedy apart.
 */
final class ReportMerge {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The merged report and the fields (as the checks name them: {@code measures.COMPLAINTS.remedy}) in conflict. */
    record Result(SecurityAssessment merged, List<String> conflicts) {
    }

    private ReportMerge() {
    }

    static Result of(SecurityAssessment base, SecurityAssessment mine, SecurityAssessment theirs) {
        Map<String, JsonNode> baseFields = fields(base);
        Map<String, JsonNode> mineFields = fields(mine);
        Map<String, JsonNode> theirFields = fields(theirs);
        ObjectNode merged = (ObjectNode) JSON.valueToTree(theirs);
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : mineFields.entrySet()) {
            String name = field.getKey();
            JsonNode before = baseFields.get(name);
            JsonNode mineValue = field.getValue();
            JsonNode theirValue = theirFields.get(name);
            if (Objects.equals(mineValue, before) || Objects.equals(mineValue, theirValue)) {
                continue; // not changed by me, or changed alike: theirs stands
            }
            if (!Objects.equals(theirValue, before)) {
                String shown = name.startsWith("invalidInput.") ? name.substring("invalidInput.".length()) : name;
                if (!conflicts.contains(shown)) {
                    conflicts.add(shown);
                }
            }
            set(merged, name, mineValue);
        }
        return new Result(JSON.treeToValue(merged, SecurityAssessment.class), List.copyOf(conflicts));
    }

    /** Each field's value by its name; a measure's parts as {@code measures.X.part}, a typed date under its date's name. */
    private static Map<String, JsonNode> fields(SecurityAssessment assessment) {
        ObjectNode tree = (ObjectNode) JSON.valueToTree(assessment);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            switch (property.getKey()) {
                case "measures" -> property.getValue().properties().forEach(measure -> measure.getValue().properties()
                        .forEach(part -> fields.put("measures." + measure.getKey() + "." + part.getKey(),
                                part.getValue())));
                case "invalidInput" -> property.getValue().properties()
                        .forEach(typed -> fields.put("invalidInput." + typed.getKey(), typed.getValue()));
                default -> fields.put(property.getKey(), property.getValue());
            }
        }
        // A typed date absent on one side is a field too (absent is null).
        for (String date : List.of("assessedOn", "submittedOn")) {
            fields.putIfAbsent("invalidInput." + date, tools.jackson.databind.node.NullNode.getInstance());
        }
        return fields;
    }

    private static void set(ObjectNode tree, String name, JsonNode value) {
        String[] parts = name.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        if (value == null || value.isNull()) {
            parent.remove(parts[parts.length - 1]);
        }
        else {
            parent.set(parts[parts.length - 1], value);
        }
    }
}
