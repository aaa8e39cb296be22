package com.cacfiling.rules.policies;

import com.cacfiling.rules.FindingArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Empty answers in disguise: a free text that is a template placeholder is an ERROR; one identical to another
 * field's text is a WARNING (reviewers read copy-paste as not having answered).
 */
public final class BoilerplatePolicy implements FilingPolicy {

    static final String RULE = "BOILERPLATE";

    private static final Set<String> PLACEHOLDERS = Set.of("待填", "【待填】", "请填写", "请输入", "xxx", "xx", "略", "同上",
            "暂无", "tbd", "todo", "n/a", "to be completed", "[to be completed]", "lorem ipsum", "测试", "test");
    // Compiled once: every page's findings normalise every free text of the dossier.
    private static final Pattern CROSSES = Pattern.compile("[xX×*]{3,}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\u3000。.!！]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public List<Finding> check(FilingContext context) {
        Map<String, String> texts = FreeTexts.of(context);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> firstPathOfText = new HashMap<>();
        texts.forEach((path, text) -> {
            String normalised = normalise(text);
            if (PLACEHOLDERS.contains(normalised) || CROSSES.matcher(normalised).matches()) {
                findings.add(Findings.error(RULE, path, "rule.boilerplate.placeholder", null, text.strip()));
                return;
            }
            String earlier = firstPathOfText.putIfAbsent(normalised, path);
            if (earlier != null && normalised.length() >= 4) {
                findings.add(Findings.warning(RULE, path, "rule.boilerplate.duplicate", null,
                        new FindingArgument.FieldLabel(earlier)));
            }
        });
        return findings;
    }

    private static String normalise(String text) {
        String trimmed = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
