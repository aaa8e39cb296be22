package com.cacfiling.docs.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.policies.CompletenessPolicy;
import tools.jackson.databind.JsonNode;

/**
 * A document row for a field of the catalogue: its label from the catalogue's bundle, its value in words by the
 * field's kind (options by their labels, dates in the language's style, 是/否). A field left empty prints the
 * placeholder only when it is required; an empty optional field leaves its row out.
 */
public final class FieldValues {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final DossierTree tree;
    private final Labels labels;
    private final ResourceBundle fieldLabels;
    private final Set<String> required = new HashSet<>();
    /** The fields not asked of this dossier (FormFields#hiddenPatterns): no row, whatever they still hold. */
    private final List<String> hidden;
    /** The filing's role: a count may have a unit of its own for it ({@code unit.<path>.<ROLE>}). */
    private final String role;

    public FieldValues(Dossier dossier, Labels labels) {
        this.tree = DossierTree.of(dossier);
        this.labels = labels;
        this.role = dossier.filing().role().name();
        this.hidden = FormFields.forVersion(dossier.filing().formVersion()).hiddenPatterns(tree);
        this.fieldLabels = ResourceBundle.getBundle("com.cacfiling.domain.reference.fields",
                Labels.isEnglish(labels.locale()) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        FilingContext context = FilingContext.of(dossier, LocalDate.of(2000, 1, 1));
        FilingRules.POLICIES.stream().filter(CompletenessPolicy.class::isInstance).map(CompletenessPolicy.class::cast)
                .forEach(policy -> policy.requiredFields(context).forEach(field -> required.add(field.path())));
    }

    /** Adds the field's row to the table being built, unless it is optional and empty. */
    Blocks row(Blocks blocks, String path) {
        Text value = value(path);
        if (value == null) {
            return blocks;
        }
        return blocks.row(label(path), value);
    }

    public String label(String path) {
        String label = labelOf(path, labels.locale());
        // A value printed with its unit ("12 人") needs no unit in its label: "人员规模（人） 12 人" said it twice.
        return labels.has("unit." + pattern(path)) ? UNIT_IN_LABEL.matcher(label).replaceFirst("") : label;
    }

    private static final java.util.regex.Pattern UNIT_IN_LABEL = java.util.regex.Pattern.compile("\\s*[（(][^（()）]*[)）]$");

    /**
     * The label of any dossier path in a language: a field of the catalogue (a path inside a row names its field), or
     * the filing's lifecycle, which has its own {@code field.} keys.
     */
    public static String labelOf(String path, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.cacfiling.domain.reference.fields",
                Labels.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        String key = FormFields.current().findOrEnclosing(path).map(FieldSpec::labelKey)
                .orElse("field." + path.replaceAll("\\[\\d+]", ""));
        return bundle.containsKey(key) ? new java.text.MessageFormat(bundle.getString(key), locale).format(null) : path;
    }

    /**
     * The value in words; the placeholder for an empty required field; null for an empty optional one and for a
     * field not asked of this dossier.
     */
    public Text value(String path) {
        FieldSpec spec = spec(path);
        if (FormFields.current().isUnder(path, hidden)) {
            return null;
        }
        JsonNode node = tree.get(path);
        boolean empty = node.isMissingNode() || node.isNull() || node.isArray() && node.isEmpty()
                || node.isString() && node.asString().isBlank();
        if (empty) {
            return required.contains(path) ? labels.missing() : null;
        }
        return switch (spec.kind()) {
            case DATE -> Text.of(labels.date(LocalDate.parse(node.asString())));
            case YES_NO -> labels.yesNo(node.asBoolean());
            case SINGLE_CHOICE -> spec.usesEnum() ? Text.of(labels.text(spec.labelPrefix() + node.asString()))
                    : labels.option(optionList(spec), node.asString());
            case MULTI_CHOICE -> labels.options(optionList(spec), texts(node));
            case LINES -> Text.of(String.join(labels.text("list.separator"), texts(node)));
            // A count is read with its unit (1,200,000 人): a bare number leaves the reviewer to guess what it counts.
            // A technical supporter's users are the businesses it serves (家), not persons (found in a walk).
            case INTEGER -> labels.has("unit." + pattern(path) + "." + role)
                    ? Text.of(labels.text("unit." + pattern(path) + "." + role, node.asLong()))
                    : labels.has("unit." + pattern(path))
                    ? Text.of(labels.text("unit." + pattern(path), node.asLong())) : labels.value(node.asString());
            default -> labels.value(node.asString());
        };
    }

    /** The path without row indexes, as units are keyed. */
    private static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }

    private static FieldSpec spec(String path) {
        return FormFields.current().find(path)
                .orElseThrow(() -> new IllegalArgumentException("Not a field of the catalogue: " + path));
    }

    private static OptionList optionList(FieldSpec spec) {
        return Arrays.stream(OptionList.values()).filter(list -> list.key().equals(spec.options())).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
