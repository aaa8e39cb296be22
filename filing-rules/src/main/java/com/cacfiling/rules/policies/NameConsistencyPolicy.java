package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * The algorithm name is spelled the same everywhere (the most common reason filings come back). The documents
 * all print the one name field; this rule looks inside every typed text for variants of it: a mention that ends
 * like the name (e.g. "…算法"). The same name with other spaces or punctuation is an ERROR (it is this algorithm,
 * written another way). A mention within two edits is a WARNING: most are typos, but a text may name a sibling
 * algorithm filed separately (灵犀视频… beside 灵犀资讯…), and that must not block submission.
 */
public final class NameConsistencyPolicy implements FilingPolicy {

    static final String RULE = "NAME_CONSISTENT";
    private static final String NAME_FIELD = "algorithm.basics.name";

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
            if (text.getKey().equals(NAME_FIELD)) {
                continue;
            }
            for (Map.Entry<String, Boolean> variant : variants(text.getValue(), name, anchor).entrySet()) {
                findings.add(variant.getValue()
                        ? Findings.error(RULE, text.getKey(), "rule.name.variant", null, variant.getKey(), name)
                        : Findings.warning(RULE, text.getKey(), "rule.name.nearVariant", null, variant.getKey(), name));
            }
        }
        return findings;
    }

    /** The variants in a text, each with whether it is the same name written another way (compact-equal). */
    static Map<String, Boolean> variants(String text, String name, String anchor) {
        Map<String, Boolean> variants = new LinkedHashMap<>();
        String compactName = compact(name);
        int from = 0;
        while (true) {
            int at = text.indexOf(anchor, from);
            if (at < 0) {
                return variants;
            }
            int end = at + anchor.length();
            from = end;
            if (text.startsWith(name, end - name.length())) {
                continue;
            }
            // Of the candidates ending here, the closest to the name; of equally close ones the one that starts where
            // a word starts, then the longest: the whole mention is quoted, not its tail ("犀资讯个性推荐算法" for
            // "灵犀资讯个性推荐算法").
            String best = null;
            int bestScore = Integer.MAX_VALUE;
            for (int length = Math.max(anchor.length() + 1, name.length() - 2); length <= name.length() + 4; length++) {
                if (end - length < 0) {
                    break;
                }
                String candidate = text.substring(end - length, end);
                if (!isMention(candidate)) {
                    continue;
                }
                boolean same = compact(candidate).equals(compactName);
                int distance = same ? 0 : distance(candidate, name);
                if (!same && (distance > 2 || length > name.length() + 2)) {
                    continue;
                }
                int score = distance * 2 + (startsAWord(text, end - length) ? 0 : 1);
                if (score <= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best != null) {
                variants.merge(best, compact(best).equals(compactName), Boolean::logicalOr);
            }
        }
    }

    /** A mention starts with a word character, not with punctuation or a space picked up from the sentence. */
    private static boolean isMention(String candidate) {
        return Character.isLetterOrDigit(candidate.codePointAt(0));
    }

    /** At the start of the text, or after a space or punctuation. */
    private static boolean startsAWord(String text, int start) {
        return start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start));
    }

    /**
     * Spaces and punctuation inside a name do not make it another name (灵犀·对话 / 灵犀 对话 / 灵犀对话). By hand, not a
     * regular expression: every mention of "…算法" in every text is compacted (measured: most of this rule's time).
     */
    static String compact(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isBlank(c)) {
                compact.append(c);
            }
        }
        return compact.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** What {@code [\s\u3000\p{P}]} matches. */
    private static boolean isBlank(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
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
