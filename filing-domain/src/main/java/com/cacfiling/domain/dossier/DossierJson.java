package com.cacfiling.domain.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.identifiers.InvalidValueException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Writes and reads the JSON dossier format. Reading checks the schema version, then the JSON Schema
 * ({@code dossier-v2.schema.json}; version-1 files are upgraded first), then the domain's own rules (check codes, lifecycle consistency); any failure
 * is reported with the path and the reason.
 */
public final class DossierJson {

    public static final int SCHEMA_VERSION = 3;
    public static final String SCHEMA_RESOURCE = "dossier-v3.schema.json";
    /**
     * The answers that became lists in version 2 (a service can have several); a version-1 file carries one code
     * there, read as a list of one.
     */
    private static final List<String> BECAME_LISTS = List.of("/algorithm/profile/basics/generationKind",
            "/algorithm/profile/details/usageScenario", "/algorithm/profile/details/model/generativeAlgorithmType");

    private static final JsonMapper MAPPER = DomainJson.MAPPER.rebuild()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final Schema SCHEMA = loadSchema();

    private DossierJson() {
    }

    public static String write(Dossier dossier) {
        return MAPPER.writeValueAsString(DossierDocument.of(dossier));
    }

    /** Unindented: for versions kept in storage, which keeps its own spelling of the JSON. */
    private static final tools.jackson.databind.ObjectWriter COMPACT = MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    /**
     * The same content as {@link #write}, unindented, with the entity written alone first and replaced by what
     * {@code entity} makes of that text (a version in the change log seals its resident ID numbers there): one pass of
     * the writer, where building a {@link #tree}, changing it and writing it took three.
     */
    public static String writeCompact(Dossier dossier, UnaryOperator<String> entity) {
        return writeCompact(dossier, null, entity);
    }

    /**
     * {@link #writeCompact(Dossier, UnaryOperator)}, with the algorithm's profile taken as {@code profileJson}, its
     * JSON as {@link DomainJson#write} wrote it (the algorithm's stored text, which the dossier's profile was read
     * from), instead of writing it again: the profile is most of a version, and every save writes one. Null: written
     * from the dossier.
     */
    public static String writeCompact(Dossier dossier, String profileJson, UnaryOperator<String> entity) {
        DossierDocument document = DossierDocument.of(dossier);
        RawValue entityText = document.entity() == null ? null
                : new RawValue(entity.apply(COMPACT.writeValueAsString(document.entity())));
        Object algorithm = profileJson == null ? document.algorithm()
                : new AlgorithmAsWritten(document.algorithm().id(), new RawValue(profileJson));
        return COMPACT.writeValueAsString(new WithEntity(document.schemaVersion(), entityText, algorithm,
                document.filing()));
    }

    /** {@link DossierDocument.AlgorithmDocument} with its profile's JSON already written. */
    private record AlgorithmAsWritten(java.util.UUID id, RawValue profile) {
    }

    /**
     * {@link #write}, with {@code entityChange} applied first to the entity's part as a tree (an export masks its
     * resident ID numbers there): one pass of the writer and a tree of the entity alone, where writing the whole
     * dossier, reading it back as a tree, changing it and writing it again took three passes over all of it.
     */
    public static String write(Dossier dossier, Consumer<ObjectNode> entityChange) {
        DossierDocument document = DossierDocument.of(dossier);
        ObjectNode entity = null;
        if (document.entity() != null) {
            entity = MAPPER.valueToTree(document.entity());
            entityChange.accept(entity);
        }
        return MAPPER.writeValueAsString(new WithEntity(document.schemaVersion(), entity, document.algorithm(),
                document.filing()));
    }

    /** {@link DossierDocument} with the entity's part already made: JSON text ({@link RawValue}) or a tree. */
    private record WithEntity(int schemaVersion, Object entity, Object algorithm,
            DossierDocument.FilingDocument filing) {
    }

    /** The same content as {@link #write} as a tree, for a caller that changes it before writing it once. */
    public static tools.jackson.databind.node.ObjectNode tree(Dossier dossier) {
        return MAPPER.valueToTree(DossierDocument.of(dossier));
    }

    /**
     * The dossier without the values at these form paths ({@code algorithm.basics.launchDate},
     * {@code step3.products[0].name}, {@code entity.contactPhone}): what its documents print while a value typed
     * invalidly there replaces them (found in a walk: the documents printed the value it replaced, unannounced).
     * The dossier itself when none is there.
     */
    public static Dossier withoutValuesAt(Dossier dossier, java.util.Collection<String> formPaths) {
        if (formPaths.isEmpty()) {
            return dossier;
        }
        tools.jackson.databind.node.ObjectNode tree = tree(dossier);
        boolean removed = false;
        for (String formPath : formPaths) {
            String path = com.cacfiling.domain.form.FormLimits.dossierPath(formPath).substring(2);
            int dot = path.lastIndexOf('.');
            if (dot < 0 || path.endsWith("]")) {
                continue;
            }
            tools.jackson.databind.JsonNode parent = tree;
            for (String segment : path.substring(0, dot).split("\\.")) {
                int bracket = segment.indexOf('[');
                parent = parent.path(bracket < 0 ? segment : segment.substring(0, bracket));
                if (bracket >= 0) {
                    parent = parent.path(Integer.parseInt(segment, bracket + 1, segment.indexOf(']'), 10));
                }
            }
            if (parent instanceof tools.jackson.databind.node.ObjectNode object
                    && object.remove(path.substring(dot + 1)) != null) {
                removed = true;
            }
        }
        return removed ? read(tree.toString()) : dossier;
    }

    public static Dossier read(String json) {
        Lenient read = readLeniently(json);
        if (!read.problems().isEmpty()) {
            throw new DossierFormatException(read.problems());
        }
        return read.dossier();
    }

    /**
     * A dossier read with the values that could not be read left out, and a problem for each of them: a script is told
     * every wrong value at once, not one per round trip (found in a walk: four wrong values, four PUTs), the schema's
     * problems among them. Problems of the file as a whole (not JSON, another schema version) are thrown at once.
     * {@code dossier} is null when, with the wrong values left out, the domain refuses what is left; a dossier with
     * problems is for more checks only, never to be stored.
     */
    public record Lenient(Dossier dossier, List<DossierFormatException.Problem> problems) {
    }

    /** Wrong values left out before the reading gives up: far more than any real file has. */
    private static final int MAX_VALUE_PROBLEMS = 200;

    public static Lenient readLeniently(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        }
        catch (JacksonException ex) {
            TokenStreamLocation location = ex.getLocation();
            throw new DossierFormatException(List.of(location == null
                    ? new DossierFormatException.Problem("$", notJson(ex), "dossier.problem.notJsonAnywhere", List.of())
                    : new DossierFormatException.Problem("$", notJson(ex), "dossier.problem.notJson",
                            List.of(location.getLineNr(), location.getColumnNr()))));
        }
        if (tree == null || !tree.isObject()) {
            throw new DossierFormatException(List.of(new DossierFormatException.Problem("$",
                    "expected a JSON object", "dossier.problem.notObject", List.of())));
        }
        JsonNode version = tree.get("schemaVersion");
        if (version != null && version.isInt() && version.intValue() == 1) {
            upgradeFromVersion1((tools.jackson.databind.node.ObjectNode) tree);
            version = tree.get("schemaVersion");
        }
        if (version != null && version.isInt() && version.intValue() == 2) {
            upgradeFromVersion2((tools.jackson.databind.node.ObjectNode) tree);
            version = tree.get("schemaVersion");
        }
        if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
            // A body without it (found in a walk: "{}" was told of version "-") is told the version is missing.
            throw new DossierFormatException(List.of(version == null
                    ? new DossierFormatException.Problem("$.schemaVersion", "schema version missing; this portal "
                            + "reads version " + SCHEMA_VERSION, "dossier.problem.schemaVersionMissing",
                            List.of(SCHEMA_VERSION))
                    : new DossierFormatException.Problem("$.schemaVersion", "unsupported schema version "
                            + version + "; this portal reads version " + SCHEMA_VERSION,
                            "dossier.problem.schemaVersion", List.of(version.toString(), SCHEMA_VERSION))));
        }
        List<Error> errors = SCHEMA.validate(tree);
        Lenient values = values(tree);
        if (errors.isEmpty()) {
            return values;
        }
        // The schema's problems and, beside them, the values that cannot be read (a check code, a date that does not
        // exist), one per path; a property the schema does not know is said once, by the schema, at its object.
        // What could be read is still returned, so that the caller's own checks (option codes) are said too (found
        // in a walk: a misplaced property hid every other problem).
        java.util.Map<String, DossierFormatException.Problem> byPath = new java.util.TreeMap<>();
        errors.stream().sorted(Comparator.comparing(error -> error.getInstanceLocation().toString()))
                .map(DossierJson::schemaProblem).forEach(problem -> byPath.putIfAbsent(problem.path(), problem));
        values.problems().stream()
                .filter(problem -> !"dossier.problem.filing".equals(problem.messageKey()))
                .filter(problem -> !UNKNOWN_PROPERTY.equals(problem.messageKey()) || !byPath.containsKey(
                        problem.path().substring(0, Math.max(1, problem.path().lastIndexOf('.')))))
                .forEach(problem -> byPath.putIfAbsent(problem.path(), problem));
        return new Lenient(values.dossier(), List.copyOf(byPath.values()));
    }

    private static final String UNKNOWN_PROPERTY = "dossier.problem.schema.unknownProperty";

    /** The dossier of a tree the schema accepts, each value that cannot be read left out with its problem. */
    private static Lenient values(JsonNode tree) {
        List<DossierFormatException.Problem> problems = new java.util.ArrayList<>();
        while (true) {
            try {
                return new Lenient(MAPPER.treeToValue(tree, DossierDocument.class).toDossier(), byPath(problems));
            }
            catch (JacksonException ex) {
                problems.add(problem(path(ex), ex));
                if (problems.size() >= MAX_VALUE_PROBLEMS || !leaveOut(tree, ex.getPath(),
                        ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException)) {
                    return new Lenient(null, byPath(problems));
                }
            }
            catch (IllegalArgumentException | IllegalStateException | NullPointerException ex) {
                if (!problems.isEmpty()) {
                    // What is left without the wrong values is no whole dossier: those values are the news.
                    return new Lenient(null, byPath(problems));
                }
                // The domain refused the combination (a supporter's filing with products, a provider's with a plan).
                problems.add(new DossierFormatException.Problem("$.filing", String.valueOf(ex.getMessage()),
                        "dossier.problem.filing", List.of()));
                return new Lenient(null, byPath(problems));
            }
        }
    }

    /** Problems in the order of their paths, as the schema's are given. */
    private static List<DossierFormatException.Problem> byPath(List<DossierFormatException.Problem> problems) {
        return problems.stream().sorted(Comparator.comparing(DossierFormatException.Problem::path)).toList();
    }

    /**
     * Replaces the value at Jackson's path with null, or removes a property the dossier does not have; false when
     * there is nothing to replace.
     */
    private static boolean leaveOut(JsonNode tree, List<JacksonException.Reference> path, boolean unknown) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        for (JacksonException.Reference reference : path.subList(0, path.size() - 1)) {
            parent = reference.getPropertyName() != null ? parent.get(reference.getPropertyName())
                    : parent.get(reference.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (unknown && parent instanceof tools.jackson.databind.node.ObjectNode object
                && last.getPropertyName() != null && object.has(last.getPropertyName())) {
            object.remove(last.getPropertyName());
            return true;
        }
        if (last.getPropertyName() != null && parent instanceof tools.jackson.databind.node.ObjectNode object
                && object.has(last.getPropertyName()) && !object.get(last.getPropertyName()).isNull()) {
            object.putNull(last.getPropertyName());
            return true;
        }
        if (last.getPropertyName() == null && parent instanceof tools.jackson.databind.node.ArrayNode array
                && last.getIndex() >= 0 && last.getIndex() < array.size() && !array.get(last.getIndex()).isNull()) {
            array.remove(last.getIndex());
            return true;
        }
        return false;
    }

    /** Version 1 to 2: single answers that may now be several become lists of one. */
    static void upgradeFromVersion1(tools.jackson.databind.node.ObjectNode tree) {
        for (String pointer : BECAME_LISTS) {
            int cut = pointer.lastIndexOf('/');
            JsonNode parent = tree.at(pointer.substring(0, cut));
            String name = pointer.substring(cut + 1);
            if (parent.isObject() && parent.get(name) != null && parent.get(name).isString()) {
                tools.jackson.databind.node.ObjectNode object = (tools.jackson.databind.node.ObjectNode) parent;
                String single = object.get(name).asString();
                object.putArray(name).add(single);
            }
        }
        tree.put("schemaVersion", 2);
    }

    /**
     * The model architectures version 2 stored as the "generative algorithm type" (a list the portal made up), by
     * their Chinese labels, so that an upgraded file keeps them in words.
     */
    private static final java.util.Map<String, String> ARCHITECTURES = java.util.Map.of(
            "LARGE_LANGUAGE_MODEL", "大语言模型", "DIFFUSION_MODEL", "扩散模型", "GAN", "生成对抗网络",
            "VAE", "变分自编码器", "TRANSFORMER_MULTIMODAL", "多模态Transformer模型", "SPEECH_SYNTHESIS", "语音合成模型");

    /**
     * Version 2 to 3: the generative synthesis algorithm type is asked once, in the model group, by input and output.
     * The basics' generation kinds (and their "other" text) become the model's generative algorithm type; the model
     * architectures version 2 kept there move, in words, to the end of the model description of the report (nothing
     * the filer wrote is lost); an architecture "other" text goes with them.
     */
    static void upgradeFromVersion2(tools.jackson.databind.node.ObjectNode tree) {
        JsonNode profile = tree.at("/algorithm/profile");
        if (profile.isObject()) {
            tools.jackson.databind.node.ObjectNode basics = profile.get("basics") instanceof
                    tools.jackson.databind.node.ObjectNode b ? b : null;
            JsonNode detailsNode = profile.get("details");
            tools.jackson.databind.node.ObjectNode model = detailsNode != null
                    && detailsNode.get("model") instanceof tools.jackson.databind.node.ObjectNode m ? m : null;
            JsonNode kinds = basics == null ? null : basics.remove("generationKind");
            JsonNode kindsOther = basics == null ? null : basics.remove("generationKindOther");
            if (model != null) {
                List<String> architectures = new java.util.ArrayList<>();
                JsonNode old = model.get("generativeAlgorithmType");
                if (old != null && old.isArray()) {
                    old.forEach(code -> architectures.add(ARCHITECTURES.getOrDefault(code.asString(),
                            "OTHER".equals(code.asString()) ? null : code.asString())));
                }
                JsonNode oldOther = model.get("generativeAlgorithmTypeOther");
                if (oldOther != null && oldOther.isString() && !oldOther.asString().isBlank()) {
                    architectures.add(oldOther.asString());
                }
                architectures.removeIf(java.util.Objects::isNull);
                model.remove("generativeAlgorithmType");
                model.remove("generativeAlgorithmTypeOther");
                if (kinds != null && !kinds.isNull()) {
                    model.set("generativeAlgorithmType", kinds.isString()
                            ? model.arrayNode().add(kinds.asString()) : kinds);
                }
                if (kindsOther != null && !kindsOther.isNull()) {
                    model.set("generativeAlgorithmTypeOther", kindsOther);
                }
                if (!architectures.isEmpty()) {
                    appendModelDescription(profile, "模型类型：" + String.join("、", architectures) + "。");
                }
            }
        }
        tree.put("schemaVersion", SCHEMA_VERSION);
    }

    private static void appendModelDescription(JsonNode profile, String text) {
        if (!(profile.get("assessment") instanceof tools.jackson.databind.node.ObjectNode assessment)) {
            return;
        }
        JsonNode current = assessment.get("modelDescription");
        String before = current == null || current.isNull() ? "" : current.asString();
        assessment.put("modelDescription", before.isBlank() ? text : before + "\n" + text);
    }

    /** The JSON Schema of the format, for documentation and for other tools. */
    public static InputStream schema() {
        return DossierJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    }

    private static String notJson(JacksonException ex) {
        TokenStreamLocation location = ex.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "not valid JSON" + where + " (truncated or edited?): " + ex.getOriginalMessage();
    }

    /** JSON Pointer (/filing/step3/products/0) → the JSONPath-like form used in all messages ($.filing.step3.products[0]). */
    static String jsonPath(String pointer) {
        if (pointer.startsWith("$")) {
            return pointer;
        }
        StringBuilder path = new StringBuilder("$");
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append(segment.matches("\\d+") ? "[" + segment + "]" : "." + segment.replace("~1", "/").replace("~0", "~"));
        }
        return path.toString();
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Identifiers by the property that holds them: a value not of their shape is said in their own words. */
    private static final java.util.Map<String, String> IDENTIFIER_KEYS = java.util.Map.of(
            "creditCode", "identifier.creditCode.invalid", "mobile", "identifier.phone.invalid",
            "phone", "identifier.phone.invalid", "contactPhone", "identifier.phone.invalid",
            "idNumber", "identifier.residentId.invalid", "email", "identifier.email.invalid",
            "postalCode", "identifier.postalCode.invalid");

    /**
     * A JSON Schema error as a problem users can read: by its keyword, an identifier's shape in the identifier's own
     * words (found in a walk: API clients got the schema's regular expressions and validator sentences).
     */
    private static DossierFormatException.Problem schemaProblem(Error error) {
        String path = jsonPath(error.getInstanceLocation().toString());
        String property = path.substring(path.lastIndexOf('.') + 1);
        String keyword = String.valueOf(error.getKeyword());
        String key = switch (keyword) {
            case "pattern", "format" -> IDENTIFIER_KEYS.getOrDefault(property, "dossier.problem.schema.pattern");
            case "type" -> String.valueOf(error.getSchemaNode()).contains("integer") ? "dossier.problem.invalid.integer"
                    : String.valueOf(error.getSchemaNode()).contains("number") ? "dossier.problem.invalid.number"
                    : "dossier.problem.invalid.value";
            case "additionalProperties", "unevaluatedProperties" -> "dossier.problem.schema.unknownProperty";
            case "required" -> "dossier.problem.schema.required";
            case "enum", "const" -> "dossier.problem.schema.enum";
            case "maxLength", "minLength", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "maxItems",
                    "minItems" -> "dossier.problem.schema.limit";
            default -> null;
        };
        return new DossierFormatException.Problem(path, error.getMessage(), key,
                List.of(error.getProperty() == null ? property : error.getProperty()));
    }

    /** A value that could not be read: a known identifier's own words, or the type expected (a date, a number). */
    private static DossierFormatException.Problem problem(String path, JacksonException ex) {
        if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return new DossierFormatException.Problem(path, "unknown property " + unknown.getPropertyName(),
                    UNKNOWN_PROPERTY, List.of(unknown.getPropertyName()));
        }
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return new DossierFormatException.Problem(path,
                        invalid.messageKey() + " ('" + invalid.value() + "')", invalid.messageKey(),
                        List.of(String.valueOf(invalid.value())));
            }
        }
        if (ex instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            String expected = mismatch.getTargetType() == java.time.LocalDate.class ? "date"
                    : Number.class.isAssignableFrom(mismatch.getTargetType())
                            || mismatch.getTargetType().isPrimitive() ? "number" : "value";
            return new DossierFormatException.Problem(path, "not a valid " + expected,
                    "dossier.problem.invalid." + expected, List.of());
        }
        // Never the parser's own sentence (it named Java's long and its range, found in a walk).
        return new DossierFormatException.Problem(path, ex.getOriginalMessage(),
                ex instanceof tools.jackson.core.exc.InputCoercionException ? "dossier.problem.invalid.outOfRange"
                        : "dossier.problem.invalid.value", List.of());
    }

    private static Schema loadSchema() {
        try (InputStream in = schema()) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCHEMA_RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
