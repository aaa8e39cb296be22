package com.cacfiling.domain.form;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of the CAC form: where it lives in the dossier, what kind of answer it takes, its limits, its options,
 * when it is required and, for repeating groups, its child fields.
 *
 * @param path      the pattern path: {@code entity.contact.mobile}; children of a repeating group
 *                  {@code algorithm.assessment.flow[].name}; children of a keyed group
 *                  {@code entity.responsibilityTable.policies.*.content}
 * @param name      a child's name relative to its group (null for top-level fields)
 * @param options   an option list key of the form version, or {@code enum:<Name>} for a domain enum
 * @param labelPrefix bundle prefix of an enum option's label ({@code flowKind.})
 * @param keyProperty for a keyed group: the row property holding the enum constant
 * @param optionalKeys for a keyed group: the constants whose rows are never required
 * @param suggestFrom another field whose value is offered (never forced) while this one is empty: a fact typed
 *                    once, such as the credit code for the certificate number
 * @param shownWhen  when the field is asked at all (always when null): an answer of an earlier step, such as the
 *                   algorithm type for the generative-synthesis questions. A field not asked is not shown, not
 *                   saved over, not required, not checked and not printed; what it held stays stored, so that
 *                   changing the earlier answer back brings it back.
 * @param roles      the filing roles asked this field (all when empty): the two roles of a shared self-assessment
 *                   count different audiences
 * @param shownForAnswer the answer beside the field (in its row, or its object) for which a page shows it (always
 *                   when null); what the page folds away is still saved and kept, and a field marked required is
 *                   required only while its answer asks for it
 */
public record FieldSpec(String path, String name, FieldKind kind, String label, String options, String labelPrefix,
        IdentifierType identifier, Integer maxLength, BigDecimal min, BigDecimal max, Integer maxRows,
        Boolean required, Condition requiredWhen, String keyProperty, List<String> optionalKeys,
        List<FieldSpec> fields, String suggestFrom, Condition shownWhen,
        List<com.cacfiling.domain.filing.FilingRole> roles, ShownForAnswer shownForAnswer) {

    public FieldSpec {
        if (kind == null) {
            throw new IllegalArgumentException("Field " + (path != null ? path : name) + " has no kind");
        }
        fields = fields == null ? List.of() : List.copyOf(fields);
        optionalKeys = optionalKeys == null ? List.of() : List.copyOf(optionalKeys);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (kind.isGroup() == fields.isEmpty()) {
            throw new IllegalArgumentException("Field " + path + ": groups, and only groups, have child fields");
        }
        if (kind == FieldKind.IDENTIFIER && identifier == null) {
            throw new IllegalArgumentException("Identifier field " + path + " names no identifier type");
        }
        if ((kind == FieldKind.SINGLE_CHOICE || kind == FieldKind.MULTI_CHOICE || kind == FieldKind.KEYED_GROUP)
                && options == null) {
            throw new IllegalArgumentException("Choice field " + path + " names no options");
        }
    }

    /** The same entry placed under its parent: full pattern path for itself and its children. */
    FieldSpec under(String parentPath, FieldKind parentKind) {
        String full = parentPath == null ? path
                : parentPath + (parentKind == FieldKind.KEYED_GROUP ? ".*." : "[].") + name;
        List<FieldSpec> children = fields.stream().map(child -> child.under(full, kind)).toList();
        return new FieldSpec(full, name, kind, label, options, labelPrefix, identifier, maxLength, min, max,
                maxRows, required, requiredWhen, keyProperty, optionalKeys, children, suggestFrom, shownWhen, roles,
                shownForAnswer);
    }

    /** The bundle key of the label: one namespace, {@code field.} and the path without row markers. */
    public String labelKey() {
        return label != null ? label : "field." + plainPath();
    }

    /** The bundle key of an optional help text shown under the field. */
    public String helpKey() {
        return "help." + plainPath();
    }

    /** The path without row markers: {@code algorithm.assessment.flow.name}. */
    public String plainPath() {
        return path.replace("[]", "").replace(".*.", ".");
    }

    /** The character limit (0 where the kind is not a text). */
    public int characterLimit() {
        return maxLength != null ? maxLength : kind.defaultMaxLength();
    }

    public int rowLimit() {
        return maxRows != null ? maxRows : 100;
    }

    /** Whether the field is asked of this dossier (its {@code shownWhen} holds, or it has none). */
    public boolean isShown(DossierTree tree) {
        return shownWhen == null || tree.holds(shownWhen);
    }

    /**
     * Whether the field only follows an earlier answer that was not given ({@code requiredWhen} unmet: 限定的领域 after
     * 否, 其他调用方式 after API): a document has nothing to ask there while it is empty.
     */
    public boolean followsAnswerNotGiven(DossierTree tree) {
        return requiredWhen != null && requiredWhen.predicate() == null && !tree.holds(requiredWhen);
    }

    /**
     * Whether the answer beside this field, at {@code fieldPath} (a concrete path of it), asks for it, as a page shows
     * it: always without a {@link #shownForAnswer}.
     */
    public boolean isAskedIn(DossierTree tree, String fieldPath) {
        if (shownForAnswer == null) {
            return true;
        }
        tools.jackson.databind.JsonNode answer = tree.get(answerPath(fieldPath));
        return shownForAnswer.calledFor(answer.isMissingNode() || answer.isNull() ? null : answer.asString());
    }

    /**
     * The path of the answer beside this field (in its row, or its object) that decides whether a page shows it
     * ({@link #shownForAnswer}).
     */
    public String answerPath() {
        return answerPath(path);
    }

    /** The same for this field at {@code fieldPath}, a concrete path of it (a row's). */
    public String answerPath(String fieldPath) {
        return fieldPath.substring(0, fieldPath.lastIndexOf('.') + 1) + shownForAnswer.field();
    }

    public boolean appliesTo(com.cacfiling.domain.filing.FilingRole role) {
        return roles.isEmpty() || roles.contains(role);
    }

    public boolean isAlwaysRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean usesEnum() {
        return options != null && options.startsWith("enum:");
    }

    /** The child of a group by its name. */
    public FieldSpec child(String childName) {
        return fields.stream().filter(child -> child.name().equals(childName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(path + " has no field " + childName));
    }
}
