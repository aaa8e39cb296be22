package com.cacfiling.web.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Field-by-field differences between two versions of a dossier, by JSON path. */
final class JsonDiff {

    record Difference(String path, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonDiff() {
    }

    static List<Difference> between(String before, String after) {
        Map<String, String> left = flatten(before);
        Map<String, String> right = flatten(after);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            if (path.startsWith("filing.history")) {
                continue;
            }
            String a = left.get(path);
            String b = right.get(path);
            if (!Objects.equals(a, b)) {
                differences.add(new Difference(path, a == null ? "" : a, b == null ? "" : b));
            }
        }
        return differences;
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> values = new TreeMap<>();
        if (json != null) {
            flatten("", JSON.readTree(json), values);
        }
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(path.isEmpty() ? name : path + "." + name, node.get(name), values);
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        }
        else if (!node.isNull()) {
            values.put(path, node.asString());
        }
    }
}
