package com.cacfiling.rules.policies;

import com.cacfiling.rules.FindingArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Empty answers in disguise, in every text the filer types ({@link FreeTexts}, read from the form's catalogue): a
 * template placeholder is an ERROR; "无" where the field asks for an explanation (and the explanation is called
 * for) is an ERROR, and in the social impact an evasive WARNING; a narrative identical to another is a WARNING
 * (reviewers read copy-paste as not having answered). "无" elsewhere (其他事项) is a fine answer and stays silent.
 */
public final class BoilerplatePolicy implements FilingPolicy {

    static final String RULE = "BOILERPLATE";

    private static final Set<String> PLACEHOLDERS = Set.of("待填", "【待填】", "请填写", "请输入", "xxx", "xx", "略", "同上",
            "暂无", "tbd", "todo", "n/a", "to be completed", "[to be completed]", "lorem ipsum", "测试", "test");
    // Compiled once: every page's findings normalise every free text of the dossier.
    private static final Pattern CROSSES = Pattern.compile("[xX×*]{3,}");
    /** "See the attachment" alone: the report prints the text and has no such attachment. */
    private static final Pattern SEE_ATTACHMENT = Pattern.compile("(详见|参见|见|请见)(附件|附表|附录)[0-9一二三四五六七八九十]*");
    /** Answers that say there is nothing: fine for "other matters", empty where an explanation is asked. */
    private static final Set<String> NOTHING = Set.of("无", "没有", "无此情况", "不涉及", "不适用", "none", "n/a", "na", "nil",
            "nothing", "no");

    /**
     * The fields that ask for an explanation, each while the form calls for it (the ICP entity differs, the training
     * data has overseas data or personal information): there "无" leaves the question unanswered. Without the
     * condition the field is optional and "无" is a true answer.
     */
    private static final Map<String, Predicate<FilingContext>> EXPLANATIONS = Map.of(
            "entity.icp.relationExplanation", context -> context.entity().icpEntityDiffers(),
            "algorithm.details.model.crossBorderExplanation",
            context -> Boolean.TRUE.equals(context.algorithm().details().model().trainingOverseasData()),
            "algorithm.details.model.personalInformationLegalBasis",
            context -> Boolean.TRUE.equals(context.algorithm().details().model().trainingPersonalInformation()));
    /** Fields where "无" is rarely true and reads as dodging the question: a WARNING the filer may keep. */
    private static final Set<String> EVASIVE_WHEN_NOTHING = Set.of("algorithm.assessment.socialImpact");

    @Override
    public List<Finding> check(FilingContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> firstPathOfText = new HashMap<>();
        for (FreeTexts.Text typed : FreeTexts.all(context)) {
            String path = typed.path();
            String text = typed.text();
            // Placeholders and "nothing" are a few characters: a longer text is not normalised for them (every page
            // checks every text; normalising each took most of the rules' time).
            boolean isShort = text.length() <= SHORT;
            String normalised = isShort || FreeTexts.NARRATIVE_KINDS.contains(typed.kind()) ? normalise(text) : null;
            if (isShort && NOTHING.contains(normalised)) {
                Predicate<FilingContext> asked = EXPLANATIONS.get(path);
                if (asked != null && asked.test(context)) {
                    findings.add(Findings.error(RULE, path, "rule.boilerplate.noExplanation", null, text.strip()));
                    continue;
                }
                if (EVASIVE_WHEN_NOTHING.contains(path)) {
                    findings.add(Findings.warning(RULE, path, "rule.boilerplate.evasive", null, text.strip()));
                    continue;
                }
            }
            String placeholder = typed.kind() == FieldKind.LINES ? placeholder(text, true)
                    : isShort ? placeholderNormalised(normalised, text) : crosses(text);
            if (placeholder != null) {
                findings.add(Findings.error(RULE, path, "rule.boilerplate.placeholder", null, placeholder));
                continue;
            }
            if (!FreeTexts.NARRATIVE_KINDS.contains(typed.kind())) {
                continue; // names, addresses and titles legitimately repeat (the ICP entity is the filing entity)
            }
            String earlier = firstPathOfText.putIfAbsent(normalised, path);
            if (earlier != null && normalised.length() >= 4) {
                findings.add(Findings.warning(RULE, path, "rule.boilerplate.duplicate", null,
                        new FindingArgument.FieldLabel(earlier)));
            }
        }
        return findings;
    }

    /** Longer than any placeholder or "nothing" answer, spaces and closing punctuation included. */
    private static final int SHORT = 40;

    /** The whole text, or one line of a list of lines (each line is an answer there), that is a placeholder. */
    static String placeholder(String text, boolean lines) {
        for (String line : lines ? text.split("\n") : new String[] {text}) {
            String found = line.length() > SHORT ? crosses(line) : placeholderNormalised(normalise(line), line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A short text, normalised, that is a placeholder: the text as typed; else null. */
    private static String placeholderNormalised(String normalised, String text) {
        return PLACEHOLDERS.contains(normalised) || CROSSES.matcher(normalised).matches()
                || SEE_ATTACHMENT.matcher(normalised).matches() ? text.strip() : null;
    }

    /** A long text of crosses only ("xxxxxxxx…"), checked without copying it first. */
    private static String crosses(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && "xX×*".indexOf(stripped.charAt(0)) >= 0 && CROSSES.matcher(stripped).matches()
                ? stripped : null;
    }

    /**
     * The text as compared: stripped, without closing punctuation, runs of spaces as one, lower case. One pass by
     * hand: the regular expressions it was took most of the rules' time once every text was checked (measured).
     */
    static String normalise(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isClosing(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder normalised = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                normalised.append(' ');
                space = false;
            }
            normalised.append(c);
        }
        return normalised.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isClosing(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '。' || c == '.' || c == '!' || c == '！'
                || c == ';' || c == '；';
    }
}
