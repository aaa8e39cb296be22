package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import tools.jackson.databind.JsonNode;

/**
 * A resident ID number written into a text field: a WARNING at that field, naming the number masked. Consultants and
 * exports get it masked like the ID fields' numbers, but the unmasked submission copy for the CAC carries it as
 * written, so the officer is asked whether it belongs there at all (found in a walk: the warning said it would leave
 * unmasked, which was no longer so). No article is cited: the CAC's form asks for
 * ID numbers in their own fields, and keeping them out of texts is the company's own care for personal information.
 */
public final class IdNumberInTextPolicy implements FilingPolicy {

    static final String RULE = "ID_NUMBER_IN_TEXT";

    private static final Set<FieldKind> TEXTS = Set.of(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.ZI_TEXT,
            FieldKind.LINES);

    @Override
    public List<Finding> check(FilingContext context) {
        DossierTree tree = context.tree() != null ? context.tree() : DossierTree.of(context.dossier());
        List<Finding> findings = new ArrayList<>();
        walk(tree.root(), new StringBuilder(64), tree.fields(), findings);
        return findings;
    }

    /** Depth first; the path is built in one buffer and made a string only at a number (every page evaluates). */
    private static void walk(JsonNode node, StringBuilder path, FormFields fields, List<Finding> findings) {
        int length = path.length();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (length > 0) {
                    path.append('.');
                }
                walk(property.getValue(), path.append(property.getKey()), fields, findings);
                path.setLength(length);
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                // A list of lines is one field; rows of a group are addressed by their index.
                walk(item, item.isString() ? path : path.append('[').append(i).append(']'), fields, findings);
                path.setLength(length);
            }
        }
        else if (node.isString() && node.asString().length() >= 18) {
            String number = firstNumber(node.asString());
            if (number == null) {
                return;
            }
            String at = path.toString();
            if (fields.find(at).filter(field -> TEXTS.contains(field.kind())).isPresent()
                    && findings.stream().noneMatch(finding -> finding.fieldPath().equals(at))) {
                findings.add(Findings.warning(RULE, at, "rule.personalData.idNumberInText", null,
                        new ResidentIdNumber(number).masked()));
            }
        }
    }

    /** The first valid resident ID number in a text (see {@link ResidentIdNumber#startsIn}). */
    static String firstNumber(String text) {
        java.util.List<Integer> starts = ResidentIdNumber.startsIn(text);
        if (starts.isEmpty()) {
            return null;
        }
        int start = starts.get(0);
        return text.substring(start, start + 17) + Character.toUpperCase(text.charAt(start + 17));
    }
}
