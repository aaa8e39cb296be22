package com.cacfiling.domain.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The personal data in a dossier: the resident ID numbers (every field of the catalogue whose identifier is
 * {@link IdentifierType#RESIDENT_ID}). What leaves the company carries them masked ({@code 110105********0020});
 * storage carries them encrypted. Both work on the JSON as it is written, at the catalogue's paths, so that a field
 * added to the catalogue as a resident ID is protected without anyone remembering this class.
 */
public final class PersonalData {

    /** The masked spelling: region and birth year, eight stars, the last four characters. */
    private static final Pattern MASKED = Pattern.compile("\\d{6}\\*{8}\\d{3}[0-9X]");

    private PersonalData() {
    }

    /** The dossier paths of the resident ID numbers ({@code entity.legalRepresentative.idNumber}, ...). */
    public static List<String> residentIdPaths() {
        return Paths.RESIDENT_ID;
    }

    /** Whether every resident ID number of the catalogue is in the entity's part (Step 1) of a dossier. */
    public static boolean allInEntity() {
        return Paths.ALL_IN_ENTITY;
    }

    /** Found once (the catalogue is loaded once), on first use: every save and every load of a company asks. */
    private static final class Paths {
        static final List<String> RESIDENT_ID = FormFields.current().all().stream()
                .filter(field -> field.kind() == FieldKind.IDENTIFIER && field.identifier() == IdentifierType.RESIDENT_ID)
                .map(FieldSpec::path).toList();
        static final boolean ALL_IN_ENTITY = RESIDENT_ID.stream().allMatch(path -> path.startsWith("entity."));
    }

    /** Whether a value is a resident ID number in its masked spelling. */
    public static boolean isMasked(String value) {
        return value != null && MASKED.matcher(value).matches();
    }

    /** A stored number masked; anything that is not a valid number (already masked, sealed) stays as it is. */
    public static String mask(String value) {
        return value != null && ResidentIdNumber.isValid(value) ? new ResidentIdNumber(value).masked() : value;
    }

    /**
     * A value typed into a resident ID field, for a reader outside the company: a valid number masked as stored ones
     * are; one that is not valid (a digit too few, a wrong check digit) is still nearly the person's number, so only
     * its region (the first six characters) stays.
     */
    public static String maskTyped(String raw) {
        if (raw == null || ResidentIdNumber.isValid(raw)) {
            return mask(raw);
        }
        String value = raw.strip();
        int kept = value.length() > 6 ? 6 : 0;
        return value.substring(0, kept) + "*".repeat(value.length() - kept);
    }

    /**
     * A JSON dossier (the export format) with every resident ID number masked: those of the ID fields, and those
     * written into texts (其他事项 and the like; found in a review: they left in full).
     */
    public static String maskDossierJson(String dossierJson) {
        JsonNode root = DomainJson.readTree(dossierJson);
        boolean changed = transform(root, "", PersonalData::mask);
        changed |= maskInTexts(root);
        return changed ? DomainJson.writeIndented(root) : dossierJson;
    }

    /**
     * The form's tree as a reader outside the company sees it: a copy with every resident ID number masked, in its
     * fields and written into texts (found in a review: numbers written into texts reached consultants in full).
     */
    public static DossierTree textsMasked(DossierTree tree) {
        DossierTree copy = tree.copy();
        return maskInTexts(copy.root()) ? copy : tree;
    }

    /**
     * The dossier as documents show it to a reader outside the company: resident ID numbers written into its texts
     * masked (the documents print no ID field); the dossier itself when its texts hold none.
     */
    public static com.cacfiling.domain.dossier.Dossier textsMasked(com.cacfiling.domain.dossier.Dossier dossier) {
        ObjectNode tree = com.cacfiling.domain.dossier.DossierJson.tree(dossier);
        // The ID fields keep their numbers (a masked one is no number to read back); only texts are masked.
        java.util.Map<String, JsonNode> fields = new java.util.HashMap<>();
        for (String path : residentIdPaths()) {
            JsonNode value = path.contains("[]") ? null : at(tree, path);
            if (value != null && value.isString()) {
                fields.put(path, value);
            }
        }
        if (ResidentIdNumber.startsIn(tree.toString()).size() <= fields.size() || !maskInTexts(tree)) {
            return dossier;
        }
        fields.forEach((path, value) -> {
            int dot = path.lastIndexOf('.');
            ((ObjectNode) at(tree, path.substring(0, dot))).set(path.substring(dot + 1), value);
        });
        return com.cacfiling.domain.dossier.DossierJson.read(tree.toString());
    }

    /**
     * A text posted back as a page showed it to a reader outside the company (ID numbers written into it masked)
     * stands for the stored text, so their unchanged save keeps the officer's; a text they changed is taken as
     * posted. {@code parameters}: a form's posted fields by catalogue path; the same map when nothing is replaced.
     */
    public static java.util.Map<String, String[]> postedTextsAsStored(java.util.Map<String, String[]> parameters,
            DossierTree stored) {
        java.util.Map<String, String[]> posted = null;
        for (java.util.Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String[] values = parameter.getValue();
            if (parameter.getKey().startsWith("_") || values.length != 1) {
                continue;
            }
            JsonNode node = stored.get(parameter.getKey());
            String kept = node.isString() ? node.asString() : node.isArray()
                    ? String.join("\n", java.util.stream.StreamSupport.stream(node.spliterator(), false)
                            .map(JsonNode::asString).toList()) : null;
            if (kept == null) {
                continue;
            }
            String sent = values[0].replace("\r\n", "\n");
            String restored = textAsStored(sent, kept);
            if (!restored.equals(sent)) {
                posted = posted == null ? new java.util.LinkedHashMap<>(parameters) : posted;
                posted.put(parameter.getKey(), new String[] {restored});
            }
        }
        return posted == null ? parameters : posted;
    }

    /**
     * One text posted back as a page showed it to a reader outside the company: the stored text when it came back
     * as shown, the stored numbers in place of their masks when it was edited around them, else as sent.
     */
    public static String textAsStored(String sent, String stored) {
        if (sent == null || stored == null) {
            return sent;
        }
        String shown = ResidentIdNumber.maskedIn(stored);
        if (shown.equals(stored)) {
            return sent;
        }
        String normalised = sent.replace("\r\n", "\n");
        return normalised.strip().equals(shown.strip()) ? stored : numbersRestored(normalised, stored);
    }

    /**
     * A text edited around the masked numbers it showed: each masked number still in it stands for the stored
     * number it masked (found in a walk: a consultant added a sentence and the officer's number was stored masked).
     * A mask two stored numbers share is left as sent, as nothing says which it stands for.
     */
    static String numbersRestored(String sent, String stored) {
        java.util.Map<String, String> numbers = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (int start : ResidentIdNumber.startsIn(stored)) {
            String number = stored.substring(start, start + 18);
            String masked = ResidentIdNumber.maskedIn(number);
            String before = numbers.putIfAbsent(masked, number);
            if (before != null && !before.equalsIgnoreCase(number)) {
                ambiguous.add(masked);
            }
        }
        String restored = sent;
        for (var number : numbers.entrySet()) {
            if (!ambiguous.contains(number.getKey())) {
                restored = restored.replace(number.getKey(), number.getValue());
            }
        }
        return restored;
    }

    /** Every text of a JSON tree with the resident ID numbers written into it masked, in place; whether any were. */
    static boolean maskInTexts(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (var property : new ArrayList<>(object.properties())) {
                String masked = maskedText(property.getValue());
                if (masked != null) {
                    object.put(property.getKey(), masked);
                }
                changed |= masked != null || maskInTexts(property.getValue());
            }
        }
        else if (node instanceof tools.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String masked = maskedText(array.get(i));
                if (masked != null) {
                    array.set(i, masked);
                }
                changed |= masked != null || maskInTexts(array.get(i));
            }
        }
        return changed;
    }

    /** A text with the ID numbers in it masked; null for a node that is no text or a text without any. */
    private static String maskedText(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        String masked = ResidentIdNumber.maskedIn(value.asString());
        return masked.equals(value.asString()) ? null : masked;
    }

    /**
     * Sent back as it was given out, a text whose ID numbers were masked stands for the stored text (the round trip
     * of {@link #maskInTexts}); a text changed otherwise is taken as sent. In place; whether any was restored.
     */
    static boolean restoreTexts(JsonNode incoming, JsonNode stored) {
        boolean changed = false;
        if (incoming instanceof ObjectNode object && stored != null && stored.isObject()) {
            for (var property : new ArrayList<>(object.properties())) {
                JsonNode kept = stored.get(property.getKey());
                String restored = storedText(property.getValue(), kept);
                if (restored != null) {
                    object.put(property.getKey(), restored);
                }
                changed |= restored != null || restoreTexts(property.getValue(), kept);
            }
        }
        else if (incoming instanceof tools.jackson.databind.node.ArrayNode array && stored != null
                && stored.isArray()) {
            for (int i = 0; i < array.size() && i < stored.size(); i++) {
                String restored = storedText(array.get(i), stored.get(i));
                if (restored != null) {
                    array.set(i, restored);
                }
                changed |= restored != null || restoreTexts(array.get(i), stored.get(i));
            }
        }
        return changed;
    }

    /** The stored text when the one sent is its masked spelling (and not itself); otherwise null. */
    private static String storedText(JsonNode sent, JsonNode kept) {
        return sent.isString() && kept != null && kept.isString() && !sent.asString().equals(kept.asString())
                && sent.asString().equals(ResidentIdNumber.maskedIn(kept.asString())) ? kept.asString() : null;
    }

    /**
     * The dossier in the JSON format with every resident ID number masked: what leaves the company by default. When
     * every number of the catalogue is in the entity's part, as now, only that part is masked as a tree while the
     * dossier is written; otherwise the written dossier is read back and masked whole.
     */
    public static String maskedDossierJson(com.cacfiling.domain.dossier.Dossier dossier) {
        if (!allInEntity()) {
            return maskDossierJson(com.cacfiling.domain.dossier.DossierJson.write(dossier));
        }
        String written = com.cacfiling.domain.dossier.DossierJson.write(dossier,
                entity -> transform(entity, "entity", PersonalData::mask));
        // Numbers written into texts (rare: the rules warn at the field) are masked in a second pass, only then.
        if (ResidentIdNumber.startsIn(written).isEmpty()) {
            return written;
        }
        JsonNode root = DomainJson.readTree(written);
        maskInTexts(root);
        return DomainJson.writeIndented(root);
    }

    /**
     * Applies {@code change} to every resident ID number in a JSON document whose root sits at {@code rootPath} of
     * the dossier ("" for a whole dossier, "entity" for a stored entity profile); the rest stays byte-for-byte
     * what the mapper writes.
     */
    public static String transformJson(String json, String rootPath, UnaryOperator<String> change) {
        if (json == null) {
            return null;
        }
        JsonNode root = DomainJson.readTree(json);
        if (!transform(root, rootPath, change)) {
            return json;
        }
        return root.toString();
    }

    /** As {@link #transformJson} on a tree, in place; whether anything changed. */
    public static boolean transform(JsonNode root, String rootPath, UnaryOperator<String> change) {
        boolean changed = false;
        String prefix = rootPath.isEmpty() ? "" : rootPath + ".";
        for (String path : residentIdPaths()) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            List<String> segments = Arrays.asList(path.substring(prefix.length()).split("\\."));
            changed |= transform(root, segments, change);
        }
        return changed;
    }

    private static boolean transform(JsonNode node, List<String> segments, UnaryOperator<String> change) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isArray()) {
            boolean changed = false;
            for (JsonNode item : node) {
                changed |= transform(item, segments, change);
            }
            return changed;
        }
        if (!node.isObject()) {
            return false;
        }
        String name = segments.get(0).replace("[]", "");
        JsonNode child = node.get(name);
        if (segments.size() > 1) {
            return transform(child, segments.subList(1, segments.size()), change);
        }
        if (child == null || !child.isString()) {
            return false;
        }
        String before = child.asString();
        String after = change.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        ((ObjectNode) node).put(name, after);
        return true;
    }

    /**
     * A dossier sent back (API PUT, import) in the masked form it was given out in: each masked number that masks
     * the number stored at the same path is the stored number again, so that a GET → PUT round trip never overwrites
     * it. A masked value that masks nothing stored stays as it is (and fails validation with its message).
     *
     * @return the dossier JSON to read
     */
    public static String unmaskDossierJson(String incomingJson, String storedDossierJson) {
        return unmaskDossierJson(incomingJson, storedDossierJson, false);
    }

    /**
     * As {@link #unmaskDossierJson(String, String)}; with {@code dropUnmatched} a masked number that masks nothing
     * stored is left out (an import of an exported dossier into another company: the number is not in the file, so
     * the field is empty and the form asks for it).
     */
    public static String unmaskDossierJson(String incomingJson, String storedDossierJson, boolean dropUnmatched) {
        JsonNode incoming;
        try {
            incoming = DomainJson.readTree(incomingJson);
        }
        catch (RuntimeException notJson) {
            return incomingJson; // the reader reports it, with its position
        }
        if (incoming == null || !incoming.isObject()) {
            return incomingJson;
        }
        JsonNode stored = storedDossierJson == null ? DomainJson.readTree("{}") : DomainJson.readTree(storedDossierJson);
        boolean changed = false;
        for (String path : residentIdPaths()) {
            if (path.contains("[]")) {
                continue; // no resident ID sits in a repeating group; rows have no stable identity to match by
            }
            JsonNode sent = at(incoming, path);
            JsonNode kept = at(stored, path);
            if (sent == null || !sent.isString() || !isMasked(sent.asString())) {
                continue;
            }
            int dot = path.lastIndexOf('.');
            ObjectNode parent = (ObjectNode) at(incoming, path.substring(0, dot));
            if (kept != null && kept.isString() && sent.asString().equals(mask(kept.asString()))) {
                parent.put(path.substring(dot + 1), kept.asString());
                changed = true;
            }
            else if (dropUnmatched) {
                parent.remove(path.substring(dot + 1));
                changed = true;
            }
        }
        changed |= restoreTexts(incoming, stored);
        return changed ? incoming.toString() : incomingJson;
    }

    /**
     * The catalogue paths of the resident ID numbers that differ between two dossiers' JSON (one set and not the
     * other, or another number).
     */
    public static List<String> residentIdsChanged(String beforeJson, String afterJson) {
        JsonNode before = DomainJson.readTree(beforeJson);
        JsonNode after = DomainJson.readTree(afterJson);
        return residentIdPaths().stream().filter(path -> !path.contains("[]"))
                .filter(path -> !java.util.Objects.equals(text(at(before, path)), text(at(after, path)))).toList();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString();
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(segment);
        }
        return node;
    }
}
