package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import tools.jackson.databind.JsonNode;

/**
 * A resident ID number written into a text field. What leaves the company is masked at the form's ID fields only, so
 * a number typed into a text (found in a walk: one in 其他事项 reached the consultant's report and dossier in full)
 * leaves unmasked: a WARNING at that field, naming the number masked. No article is cited: the CAC's form asks for
 * ID numbers in their own fields, and keeping them out of texts is the company's own care for personal information.
 */
public final class IdNumberInTextPolicy implements FilingPolicy {

    static final String RULE = "ID_NUMBER_IN_TEXT";

    /** Eighteen characters, not inside a longer run of digits; the check code decides. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Set<FieldKind> TEXTS = Set.of(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.ZI_TEXT,
            FieldKind.LINES);

    @Override
    public List<Finding> check(FilingContext context) {
        DossierTree tree = context.tree() != null ? context.tree() : DossierTree.of(context.dossier());
        List<Finding> findings = new ArrayList<>();
        walk(tree.root(), "", tree.fields(), findings);
        return findings;
    }

    private static void walk(JsonNode node, String path, FormFields fields, List<Finding> findings) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                walk(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), fields,
                        findings);
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                // A list of lines is one field; rows of a group are addressed by their index.
                walk(item, item.isString() ? path : path + "[" + i + "]", fields, findings);
            }
        }
        else if (node.isString() && node.asString().length() >= 18) {
            String number = firstNumber(node.asString());
            if (number != null && fields.find(path).filter(field -> TEXTS.contains(field.kind())).isPresent()
                    && findings.stream().noneMatch(finding -> finding.fieldPath().equals(path))) {
                findings.add(Findings.warning(RULE, path, "rule.personalData.idNumberInText", null,
                        new ResidentIdNumber(number).masked()));
            }
        }
    }

    private static String firstNumber(String text) {
        Matcher candidates = CANDIDATE.matcher(text);
        while (candidates.find()) {
            String candidate = candidates.group().toUpperCase(java.util.Locale.ROOT);
            if (ResidentIdNumber.isValid(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
