package com.cacfiling.domain.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.cacfiling.domain.algorithm.FlowStepKind;
import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.largemodel.AssessmentClause;
import com.cacfiling.domain.largemodel.BaseModelKind;
import com.cacfiling.domain.largemodel.CallMethod;
import com.cacfiling.domain.largemodel.ClauseResult;
import com.cacfiling.domain.largemodel.CorpusSource;
import com.cacfiling.domain.largemodel.ModelFunction;
import com.cacfiling.domain.largemodel.ModelServiceMode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The field catalogue of one form version: its steps, groups and fields, with lookups by path. Read once from
 * {@code fields-<version>.yaml}; immutable.
 */
public record FormFields(String formVersion, String legalBasis, List<StepSpec> steps) {

    private static final Pattern ROW_INDEX = Pattern.compile("\\[\\d+]");
    private static final Map<String, List<String>> ENUMS = Map.ofEntries(
            Map.entry("enum:PolicyKind", names(PolicyKind.values())),
            Map.entry("enum:FlowStepKind", names(FlowStepKind.values())),
            Map.entry("enum:RiskCategory", names(RiskCategory.values())),
            Map.entry("enum:MeasureKind", names(MeasureKind.values())),
            // The large-model filing's catalogue (model-fields-*.yaml) chooses from these.
            Map.entry("enum:ModelFunction", names(ModelFunction.values())),
            Map.entry("enum:ModelServiceMode", names(ModelServiceMode.values())),
            Map.entry("enum:CorpusSource", names(CorpusSource.values())),
            Map.entry("enum:BaseModelKind", names(BaseModelKind.values())),
            Map.entry("enum:CallMethod", names(CallMethod.values())),
            Map.entry("enum:AssessmentClause", names(AssessmentClause.values())),
            Map.entry("enum:ClauseResult", names(ClauseResult.values())));
    /** Declared before CURRENT: loading the catalogue already indexes it. */
    private static final Map<FormFields, Index> INDEXES =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final FormFields CURRENT = load("fields-2025.2.yaml");

    public FormFields {
        steps = steps.stream().map(step -> step.resolved(legalBasis)).toList();
    }

    /**
     * The catalogue for a filing's form version. Every version shipped so far has the same fields (2025.2 and 2026.1
     * changed option lists only); a version that changes fields gets its own file.
     */
    public static FormFields forVersion(String formVersion) {
        return CURRENT;
    }

    public static FormFields current() {
        return CURRENT;
    }

    public StepSpec step(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + step));
    }

    /** Every field, groups before their children, in form order. */
    public List<FieldSpec> all() {
        return index().all();
    }

    /**
     * Every field once, by pattern path, and the keyed groups: computed once per catalogue (it is immutable), since
     * labels, findings and forms look fields up by path on every page.
     */
    private record Index(List<FieldSpec> all, Map<String, FieldSpec> byPath, List<FieldSpec> keyedGroups,
            List<FieldSpec> conditional) {
    }

    private Index index() {
        return INDEXES.computeIfAbsent(this, fields -> {
            List<FieldSpec> all = new ArrayList<>();
            for (StepSpec step : fields.steps()) {
                for (FieldGroup group : step.groups()) {
                    group.fields().forEach(field -> collect(field, all));
                }
            }
            Map<String, FieldSpec> byPath = new LinkedHashMap<>();
            all.forEach(field -> byPath.putIfAbsent(field.path(), field));
            return new Index(List.copyOf(all), Map.copyOf(byPath),
                    all.stream().filter(field -> field.kind() == FieldKind.KEYED_GROUP).toList(),
                    all.stream().filter(field -> field.shownWhen() != null).toList());
        });
    }

    /**
     * The pattern paths of the fields not asked of this dossier (their {@code shownWhen} fails), with everything
     * inside them; empty for most dossiers, and cheap then: only the few conditional fields are looked at.
     */
    public List<String> hiddenPatterns(DossierTree tree) {
        List<String> hidden = new ArrayList<>();
        for (FieldSpec field : index().conditional()) {
            if (!field.isShown(tree)) {
                hidden.add(field.path());
            }
        }
        return hidden;
    }

    /** Whether a concrete path (a finding's, a document row's) lies in a field not asked of this dossier. */
    public boolean isHidden(String concretePath, DossierTree tree) {
        List<String> hidden = hiddenPatterns(tree);
        return !hidden.isEmpty() && isUnder(concretePath, hidden);
    }

    /** Whether a concrete path is one of the pattern paths or inside one. */
    public boolean isUnder(String concretePath, List<String> patterns) {
        if (patterns.isEmpty()) {
            return false;
        }
        String pattern = patternOf(concretePath);
        return patterns.stream().anyMatch(hidden -> pattern.equals(hidden) || pattern.startsWith(hidden + ".")
                || pattern.startsWith(hidden + "["));
    }

    /** The step a field belongs to. */
    public Optional<StepSpec> stepOf(String concretePath) {
        String pattern = patternOf(concretePath);
        return steps.stream().filter(step -> step.groups().stream().flatMap(g -> g.fields().stream())
                .anyMatch(field -> pattern.equals(field.path()) || pattern.startsWith(field.path() + "[")
                        || pattern.startsWith(field.path() + ".")))
                .findFirst();
    }

    /** The field of a concrete path ({@code step3.products[2].name}, {@code ….policies.ETHICS_REVIEW.content}). */
    public Optional<FieldSpec> find(String concretePath) {
        return Optional.ofNullable(index().byPath().get(patternOf(concretePath)));
    }

    /** The field of a finding or comment path, or the nearest enclosing group (a row path such as products[1]). */
    public Optional<FieldSpec> findOrEnclosing(String concretePath) {
        String path = concretePath;
        while (true) {
            Optional<FieldSpec> found = find(path);
            if (found.isPresent()) {
                return found;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            path = path.substring(0, cut);
        }
    }

    /** The pattern path of a concrete one: row indices become {@code []}, keyed rows {@code *}. */
    public String patternOf(String concretePath) {
        // Most paths have no row index: no regular expression for them (this runs for every field of every page).
        String pattern = concretePath.indexOf('[') < 0 ? concretePath
                : ROW_INDEX.matcher(concretePath).replaceAll("[]");
        for (FieldSpec keyed : index().keyedGroups()) {
            if (pattern.startsWith(keyed.path() + ".")) {
                String rest = pattern.substring(keyed.path().length() + 1);
                int dot = rest.indexOf('.');
                pattern = keyed.path() + ".*" + (dot < 0 ? "" : rest.substring(dot));
            }
        }
        return pattern;
    }

    /** The codes of an enum option source ({@code enum:FlowStepKind}). */
    public static List<String> enumConstants(String options) {
        List<String> constants = ENUMS.get(options);
        if (constants == null) {
            throw new IllegalArgumentException("Unknown enum option source " + options);
        }
        return constants;
    }

    /** Whether a field is seen by a filing of the role (step 3 differs per role). */
    public boolean appliesTo(String concretePath, FilingRole role) {
        String pattern = patternOf(concretePath);
        return steps.stream().flatMap(step -> step.groups().stream())
                .filter(group -> group.fields().stream().anyMatch(field -> pattern.equals(field.path())
                        || pattern.startsWith(field.path() + "[") || pattern.startsWith(field.path() + ".")))
                .anyMatch(group -> group.appliesTo(role));
    }

    /**
     * A field shown for an answer beside it (in its row, or its object): a single choice that offers the values
     * named, or a yes/no asked for "true" or "false".
     */
    private static void checkAnswerShowing(String resource, FieldSpec field, Map<String, FieldSpec> byPath) {
        FieldSpec answer = byPath.get(field.answerPath());
        boolean choice = answer != null && answer.kind() == FieldKind.SINGLE_CHOICE && answer.usesEnum();
        boolean yesNo = answer != null && answer.kind() == FieldKind.YES_NO;
        if (answer == null || answer == field || !choice && !yesNo) {
            throw new IllegalStateException(resource + ": " + field.path()
                    + " is shown for an answer that is no single choice or yes/no beside it");
        }
        if (!(choice ? enumConstants(answer.options()) : List.of("true", "false"))
                .containsAll(field.shownForAnswer().oneOf())) {
            throw new IllegalStateException(resource + ": " + field.path() + " is shown for answers "
                    + answer.path() + " does not offer");
        }
    }

    private static void collect(FieldSpec field, List<FieldSpec> into) {
        into.add(field);
        field.fields().forEach(child -> collect(child, into));
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /**
     * Reads a field catalogue of another form from the reference folder (the large-model filing's
     * {@code model-fields-<version>.yaml}); the caller keeps it, this reads the file every time.
     */
    public static FormFields read(String resource) {
        return load(resource);
    }

    private static FormFields load(String resource) {
        YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = FormFields.class.getResourceAsStream("/com/cacfiling/domain/reference/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing field catalogue " + resource);
            }
            FormFields fields = yaml.readValue(in, FormFields.class);
            Map<String, FieldSpec> unique = new LinkedHashMap<>();
            for (FieldSpec field : fields.all()) {
                if (unique.put(field.path(), field) != null) {
                    throw new IllegalStateException(resource + " lists " + field.path() + " twice");
                }
                if (field.usesEnum()) {
                    enumConstants(field.options());
                }
                Condition shownWhen = field.shownWhen();
                if (shownWhen != null) {
                    // Asked or not is decided by an answer of another step, as stored: a page never has to hide or
                    // show its own fields while the user types, and what it did not show it does not save over.
                    if (shownWhen.predicate() != null || shownWhen.path() == null) {
                        throw new IllegalStateException(resource + ": " + field.path() + " is shown by an answer, not a predicate");
                    }
                    if (fields.find(shownWhen.path()).isEmpty()
                            || fields.stepOf(field.path()).equals(fields.stepOf(shownWhen.path()))) {
                        throw new IllegalStateException(resource + ": " + field.path()
                                + " is shown by an answer of its own step, or of no field");
                    }
                }
            }
            for (FieldSpec field : fields.all()) {
                if (field.shownForAnswer() != null) {
                    checkAnswerShowing(resource, field, unique);
                }
            }
            return fields;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
