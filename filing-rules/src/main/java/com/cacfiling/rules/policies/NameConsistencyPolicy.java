package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * The algorithm name is spelled the same everywhere (the most common reason filings come back). The documents
 * all print the one name field; this rule looks inside the free texts for near-variants of it: a mention that
 * ends like the name (e.g. "…算法") and is within two edits of it, but not equal.
 */
public final class NameConsistencyPolicy implements FilingPolicy {

    static final String RULE = "NAME_CONSISTENT";

    @Override
    public List<Finding> check(FilingContext context) {
        String name = context.algorithm().name();
        if (name == null || name.strip().length() < 3) {
            return List.of();
        }
        name = name.strip();
        String anchor = name.substring(name.length() - 2);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> text : FreeTexts.of(context).entrySet()) {
            for (String variant : variants(text.getValue(), name, anchor)) {
                findings.add(Findings.error(RULE, text.getKey(), "rule.name.variant", null, variant, name));
            }
        }
        return findings;
    }

    static Set<String> variants(String text, String name, String anchor) {
        Set<String> variants = new LinkedHashSet<>();
        String compactName = compact(name);
        int from = 0;
        while (true) {
            int at = text.indexOf(anchor, from);
            if (at < 0) {
                return variants;
            }
            int end = at + anchor.length();
            for (int length = Math.max(anchor.length() + 1, name.length() - 2); length <= name.length() + 2; length++) {
                if (end - length < 0) {
                    break;
                }
                String candidate = text.substring(end - length, end);
                if (candidate.equals(name) || text.startsWith(name, end - name.length())) {
                    continue;
                }
                if (compact(candidate).equals(compactName) || distance(candidate, name) <= 2 && isMention(candidate)) {
                    variants.add(candidate);
                    break;
                }
            }
            from = end;
        }
    }

    /** A mention starts with a word character, not with punctuation or a space picked up from the sentence. */
    private static boolean isMention(String candidate) {
        return Character.isLetterOrDigit(candidate.codePointAt(0));
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\u3000]");

    private static String compact(String value) {
        return BLANKS.matcher(value).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
