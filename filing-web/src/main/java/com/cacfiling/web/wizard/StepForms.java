package com.cacfiling.web.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.IdentifierType;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.ShownForAnswer;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.domain.reference.ReferenceOption;
import com.cacfiling.web.wizard.FieldView.Option;
import com.cacfiling.web.wizard.FieldView.Row;
import com.cacfiling.web.wizard.TypedInputs.TypedInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Renders a step's fields from the catalogue: each field's value read from the dossier tree by its path (dates
 * therefore exactly as stored, ISO {@code yyyy-MM-dd}, the one format an {@code <input type="date">} reads), or as
 * typed with its error when it is not valid yet; options labelled in the user's language, a stored code the current
 * list no longer offers kept and marked.
 */
@Component
public class StepForms {

    private static final String ALGORITHM_TYPE = "algorithm.basics.algorithmType";

    private final MessageSource messages;

    StepForms(MessageSource messages) {
        this.messages = messages;
    }

    /** What a step's form needs beyond the catalogue. */
    public record Context(String formVersion, List<EvidenceItem> evidence, Locale locale) {
    }

    public List<GroupView> render(StepSpec step, FilingRole role, DossierTree tree, TypedInputs typed,
            Context context) {
        List<GroupView> groups = new ArrayList<>();
        for (FieldGroup group : step.groupsFor(role)) {
            // Only what is asked of this dossier: the generative-synthesis questions of a generative algorithm only.
            List<FieldSpec> asked = group.fields().stream().filter(field -> field.isShown(tree)).toList();
            if (!asked.isEmpty()) {
                groups.add(new GroupView(group.group(), text(group.labelKey(), context.locale()), asked.stream()
                        .map(field -> shownFor(field, field.path(), view(field, field.path(), role, tree, typed,
                                context), tree, typed)).toList()));
            }
        }
        return groups;
    }

    /** Every field of the rendered groups, rows included, in page order. */
    public static List<FieldView> flatten(List<GroupView> groups) {
        List<FieldView> all = new ArrayList<>();
        groups.forEach(group -> group.fields().forEach(field -> flatten(field, all)));
        return all;
    }

    private static void flatten(FieldView field, List<FieldView> into) {
        if (field.rows() == null) {
            into.add(field);
            return;
        }
        field.rows().forEach(row -> row.fields().forEach(child -> flatten(child, into)));
    }

    private FieldView view(FieldSpec spec, String path, FilingRole role, DossierTree tree, TypedInputs typed,
            Context context) {
        Locale locale = context.locale();
        String label = text(spec.labelKey(), locale);
        String help = withProvenance(help(spec, role, locale), spec, context);
        JsonNode node = tree.get(path);
        if (spec.kind() == FieldKind.GROUP) {
            List<Row> rows = new ArrayList<>();
            int count = node.isArray() ? node.size() : 0;
            for (int i = 0; i < count; i++) {
                String rowPath = path + "[" + i + "]";
                rows.add(new Row(i, rowPath, WizardView.anchor(rowPath),
                        messages.getMessage("form.row", new Object[] {label, i + 1}, locale),
                        children(spec, rowPath, role, tree, typed, context), count > 1));
            }
            return new FieldView(spec.kind(), path, WizardView.anchor(path), label, help, null, List.of(), List.of(),
                    null, rows, count < spec.rowLimit(), 0, null);
        }
        if (spec.kind() == FieldKind.KEYED_GROUP) {
            List<Row> rows = new ArrayList<>();
            List<String> keys = FormFields.enumConstants(spec.options());
            for (int i = 0; i < keys.size(); i++) {
                String rowPath = path + "." + keys.get(i);
                List<FieldView> fields = children(spec, rowPath, role, tree, typed, context);
                // An optional key's row is never required, as the checks see it (found in a walk: 其他制度 was
                // marked required while its step was complete).
                if (spec.optionalKeys().contains(keys.get(i))) {
                    fields = fields.stream().map(FieldView::optional).toList();
                }
                rows.add(new Row(i, rowPath, WizardView.anchor(rowPath), text(spec.labelPrefix() + keys.get(i), locale),
                        fields, false));
            }
            return new FieldView(spec.kind(), path, WizardView.anchor(path), label, help, null, List.of(), List.of(),
                    null, rows, false, 0, null);
        }
        TypedInput input = typed.at(path);
        String error = input == null ? null
                : messages.getMessage(input.messageKey(), input.arguments().toArray(), input.messageKey(), locale);
        List<String> values = new ArrayList<>();
        String value = null;
        if (spec.kind().isList()) {
            node.forEach(item -> values.add(item.asString()));
            if (spec.kind() == FieldKind.LINES) {
                value = input != null ? input.raw() : String.join("\n", values);
            }
        }
        else {
            value = asShown(input, node);
            if (input == null && value != null && spec.identifier() == IdentifierType.RESIDENT_ID) {
                // Personal data: the page never carries the stored number; saved back unchanged, the mask keeps it
                // (StepBinder), typed over, the new number replaces it.
                value = PersonalData.mask(value);
                String replace = text("form.residentId.masked", locale);
                help = help == null || help.isBlank() ? replace : help + " " + replace;
            }
            if (value != null) {
                values.add(value);
            }
        }
        FieldView field = new FieldView(spec.kind(), path, WizardView.anchor(path), label, help, value, values,
                options(spec, values, context, algorithmType(tree)), error, null, false, spec.characterLimit(),
                value == null ? suggestion(spec, tree, locale) : null, marksRequired(spec, tree), spec.identifier());
        // Required by another answer (not a named predicate of the rules): the page follows it as it is typed.
        com.cacfiling.domain.form.Condition when = spec.requiredWhen();
        return when != null && when.predicate() == null && !spec.isAlwaysRequired() ? field.requiredWhen(when) : field;
    }

    /** A single value as the page shows it: as typed (not valid yet), else as stored; null when there is none. */
    private static String asShown(TypedInput typed, JsonNode stored) {
        return typed != null ? typed.raw() : stored.isMissingNode() || stored.isNull() ? null : stored.asString();
    }

    /**
     * What the field asks for, in words: the role's own help where the field means something else for it (a technical
     * supporter's users are business customers), else the field's.
     */
    private String help(FieldSpec spec, FilingRole role, Locale locale) {
        String own = role == null ? null : messages.getMessage(spec.helpKey() + "." + role.name(), null, null, locale);
        return own != null ? own : messages.getMessage(spec.helpKey(), null, null, locale);
    }

    /**
     * Marked as required before anything is saved (found in a walk: the first save of Step 1 answered with 17
     * errors under sections not reached yet): required always, or by a condition on the answers that holds. A
     * condition of the rules' own (a named predicate) is left to the checks.
     */
    private static boolean marksRequired(FieldSpec spec, DossierTree tree) {
        if (spec.isAlwaysRequired()) {
            return true;
        }
        com.cacfiling.domain.form.Condition when = spec.requiredWhen();
        return when != null && when.predicate() == null && tree.holds(when);
    }

    private FieldView.Suggestion suggestion(FieldSpec spec, DossierTree tree, Locale locale) {
        if (spec.suggestFrom() == null) {
            return null;
        }
        JsonNode source = tree.get(spec.suggestFrom());
        if (source.isMissingNode() || source.isNull() || source.asString().isBlank()) {
            return null;
        }
        String from = FormFields.current().find(spec.suggestFrom()).map(other -> text(other.labelKey(), locale))
                .orElse(spec.suggestFrom());
        String offered = spec.identifier() == IdentifierType.RESIDENT_ID ? PersonalData.mask(source.asString())
                : source.asString();
        return new FieldView.Suggestion(offered, from);
    }

    private List<FieldView> children(FieldSpec group, String rowPath, FilingRole role, DossierTree tree,
            TypedInputs typed, Context context) {
        return group.fields().stream().map(child -> {
            String path = rowPath + "." + child.name();
            return shownFor(child, path, view(child, path, role, tree, typed, context), tree, typed);
        }).toList();
    }

    /** A field shown for some answers of a field beside it, with that answer as the page shows it. */
    private static FieldView shownFor(FieldSpec spec, String path, FieldView view, DossierTree tree,
            TypedInputs typed) {
        ShownForAnswer when = spec.shownForAnswer();
        if (when == null) {
            return view;
        }
        String answerPath = spec.answerPath(path);
        return view.shownFor(new FieldView.ShownFor(WizardView.anchor(answerPath), when.oneOf(),
                when.calledFor(asShown(typed.at(answerPath), tree.get(answerPath)))));
    }

    /**
     * A choice from an option list that the seed material does not confirm says so under the field: the filer
     * should compare it with the CAC system's dropdown, and use "other (describe)" where the list offers it.
     */
    private String withProvenance(String help, FieldSpec spec, Context context) {
        if (spec.options() == null || spec.usesEnum() || spec.kind() == FieldKind.EVIDENCE_LINKS) {
            return help;
        }
        FormVersion version = formVersion(context.formVersion());
        OptionList list = optionList(spec.options());
        if (!version.provenance(list).isUnconfirmed()) {
            return help;
        }
        boolean other = version.contains(list, "OTHER");
        String hint = messages.getMessage("wizard.options." + version.provenance(list)
                + (other ? ".withOther" : ""), null, context.locale());
        return help == null ? hint : help + " " + hint;
    }

    /** The algorithm type as saved (step 2), which decides the usage scenarios offered; null while not chosen. */
    private static String algorithmType(DossierTree tree) {
        JsonNode type = tree.get(ALGORITHM_TYPE);
        return type.isString() && !type.asString().isBlank() ? type.asString() : null;
    }

    private List<Option> options(FieldSpec spec, List<String> chosen, Context context, String algorithmType) {
        Locale locale = context.locale();
        List<Option> options = new ArrayList<>();
        if (spec.kind() == FieldKind.EVIDENCE_LINKS) {
            for (EvidenceItem item : context.evidence()) {
                options.add(new Option(item.id(), item.title(), chosen.contains(item.id()), false));
            }
        }
        else if (spec.usesEnum()) {
            for (String constant : FormFields.enumConstants(spec.options())) {
                options.add(new Option(constant, text(spec.labelPrefix() + constant, locale), chosen.contains(constant),
                        false));
            }
        }
        else if (spec.options() != null) {
            for (ReferenceOption option : formVersion(context.formVersion()).options(optionList(spec.options()))) {
                if (option.fits(algorithmType)) {
                    options.add(new Option(option.code(), option.label(locale), chosen.contains(option.code()), false));
                }
                else if (chosen.contains(option.code())) {
                    // Chosen before the algorithm type changed: kept checked and marked, so that unchanged saves keep
                    // it and the user sees why the check refuses it.
                    options.add(new Option(option.code(), messages.getMessage("form.option.otherType",
                            new Object[] {option.label(locale), typeLabel(context, algorithmType, locale)}, locale),
                            true, true));
                }
            }
        }
        else {
            return List.of();
        }
        for (String code : chosen) {
            if (options.stream().noneMatch(option -> option.code().equals(code))) {
                options.add(new Option(code, retiredLabel(spec, code, locale), true, true));
            }
        }
        return options;
    }

    private static String typeLabel(Context context, String algorithmType, Locale locale) {
        return formVersion(context.formVersion()).find(OptionList.ALGORITHM_TYPES, algorithmType)
                .map(option -> option.label(locale)).orElse(algorithmType);
    }

    /** A stored code the list no longer offers: its label from the version that had it, marked as retired. */
    private String retiredLabel(FieldSpec spec, String code, Locale locale) {
        String label = code;
        if (spec.options() != null && !spec.usesEnum() && spec.kind() != FieldKind.EVIDENCE_LINKS) {
            OptionList list = optionList(spec.options());
            label = ReferenceCatalog.standard().versionNames().stream()
                    .map(name -> ReferenceCatalog.standard().version(name).flatMap(v -> v.find(list, code)))
                    .flatMap(Optional::stream).map(option -> option.label(locale)).filter(Objects::nonNull)
                    .findFirst().orElse(code);
        }
        return messages.getMessage("form.option.retired", new Object[] {label}, locale);
    }

    private static FormVersion formVersion(String name) {
        return ReferenceCatalog.standard().version(name).orElse(ReferenceCatalog.standard().current());
    }

    private static OptionList optionList(String key) {
        return Arrays.stream(OptionList.values()).filter(list -> list.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No option list " + key));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
