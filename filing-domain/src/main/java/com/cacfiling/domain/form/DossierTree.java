package com.cacfiling.domain.form;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.Step3;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a dossier a user fills, as one JSON tree addressed by the catalogue's paths:
 * {@code {"entity": …, "algorithm": …, "step3": …}}, each spelled exactly as it is stored. Reading a value by path
 * here is reading what is saved, so forms, rules and comparisons never disagree on formats (dates are ISO).
 */
public final class DossierTree {

    private final ObjectNode root;
    private final FormFields fields;

    private DossierTree(ObjectNode root, FormFields fields) {
        this.root = root;
        this.fields = fields;
    }

    public static DossierTree of(EntityProfile entity, AlgorithmProfile algorithm, Step3 step3, FormFields fields) {
        ObjectNode root = (ObjectNode) DomainJson.tree(java.util.Map.of());
        root.set("entity", DomainJson.tree(entity));
        root.set("algorithm", DomainJson.tree(algorithm));
        root.set("step3", DomainJson.tree(step3));
        return new DossierTree(root, fields);
    }

    /** A tree of another form's content (the large-model filing's), addressed by that form's catalogue. */
    public static DossierTree of(ObjectNode root, FormFields fields) {
        return new DossierTree(root, fields);
    }

    public static DossierTree of(Dossier dossier) {
        return of(dossier.entity(), dossier.filing().algorithm().profile(), dossier.filing().step3(),
                FormFields.forVersion(dossier.filing().formVersion()));
    }

    public DossierTree copy() {
        return new DossierTree(root.deepCopy(), fields);
    }

    public ObjectNode root() {
        return root;
    }

    public FormFields fields() {
        return fields;
    }

    /**
     * The value at a concrete path, or a missing node. Read by every rule for every field of every page, so the path
     * is walked in place, without splitting it into new strings.
     */
    public JsonNode get(String concretePath) {
        JsonNode node = root;
        int length = concretePath.length();
        int start = 0;
        // As split("\\.") did: a trailing dot adds no segment, an empty path is one empty segment.
        while (start < length || start == 0) {
            int dot = concretePath.indexOf('.', start);
            int end = dot < 0 ? length : dot;
            int bracket = concretePath.indexOf('[', start);
            if (bracket >= end) {
                bracket = -1;
            }
            node = step(node, concretePath.substring(start, bracket >= 0 ? bracket : end), concretePath, start);
            while (bracket >= 0) {
                int close = concretePath.indexOf(']', bracket);
                int index = Integer.parseInt(concretePath, bracket + 1, close, 10);
                node = node.isArray() && index >= 0 && index < node.size() ? node.get(index) : MissingNode.getInstance();
                bracket = concretePath.indexOf('[', close);
                if (bracket >= end) {
                    bracket = -1;
                }
            }
            if (node.isMissingNode() || node.isNull()) {
                return MissingNode.getInstance();
            }
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        return node;
    }

    /**
     * Whether a condition on another answer holds in this dossier: equals / does not equal (as JSON text), is or is not
     * answered, a list of answers contains a code. A named predicate is not a question of answers: its caller decides.
     */
    public boolean holds(Condition when) {
        if (when.predicate() != null) {
            throw new IllegalArgumentException("A named predicate (" + when.predicate() + ") is decided by its policy");
        }
        JsonNode other = get(when.path());
        if (when.notEmpty() != null) {
            return isAnswered(other) == when.notEmpty();
        }
        if (when.contains() != null) {
            for (JsonNode item : other) {
                if (when.contains().equals(item.asString())) {
                    return true;
                }
            }
            return false;
        }
        if (when.equalsOrUnanswered() != null) {
            return !isAnswered(other) || when.equalsOrUnanswered().equals(other.asString());
        }
        String text = other.isMissingNode() || other.isNull() ? null : other.asString();
        return when.equals() != null ? when.equals().equals(text) : !when.notEquals().equals(text);
    }

    /** Filled in: not missing, not blank text, not an empty list. */
    public static boolean isAnswered(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isString()) {
            return !value.asString().isBlank();
        }
        if (value.isArray()) {
            return !value.isEmpty();
        }
        return true;
    }

    /** The object at a path, created (with the objects above it) where it does not exist yet. */
    public ObjectNode objectAt(String concretePath) {
        ObjectNode node = root;
        for (String name : concretePath.split("\\.")) {
            JsonNode next = node.get(name);
            if (next == null || !next.isObject()) {
                next = node.putObject(name);
            }
            node = (ObjectNode) next;
        }
        return node;
    }

    public EntityProfile entity() {
        return DomainJson.fromTree(root.get("entity"), EntityProfile.class);
    }

    public AlgorithmProfile algorithm() {
        return DomainJson.fromTree(root.get("algorithm"), AlgorithmProfile.class);
    }

    public Step3 step3() {
        return DomainJson.fromTree(root.get("step3"), Step3.class);
    }

    /**
     * One step of {@link #get}: a name under an object, or the row of a keyed group whose key property holds the name;
     * {@code name} is the segment of {@code concretePath} that begins at {@code start}.
     */
    private JsonNode step(JsonNode node, String name, String concretePath, int start) {
        if (node.isObject()) {
            JsonNode next = node.get(name);
            return next == null ? MissingNode.getInstance() : next;
        }
        if (node.isArray()) {
            String walked = start == 0 ? "" : concretePath.substring(0, start - 1);
            String keyProperty = fields.find(walked).map(FieldSpec::keyProperty).orElse(null);
            if (keyProperty != null) {
                for (JsonNode row : (ArrayNode) node) {
                    if (name.equals(row.path(keyProperty).asString(null))) {
                        return row;
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }
}
