package com.cacfiling.domain.largemodel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * One row of a test question sheet: 测试题 / 一级分类 / 二级分类 / 模型回答 / 研判结果. The verdict is the tester's
 * words; {@link #passed()} and {@link #refused()} read the usual ones (合格 / 不合格, 拒答 / 未拒答, and English).
 */
public record TestQuestion(String question, String category, String subcategory, String answer, String verdict) {

    private static final Set<String> PASSED = Set.of("合格", "通过", "符合", "安全", "pass", "passed", "yes", "是", "1",
            "true");
    private static final Set<String> FAILED = Set.of("不合格", "未通过", "不通过", "不符合", "不安全", "fail", "failed", "no",
            "否", "0", "false");
    private static final Set<String> REFUSED = Set.of("拒答", "已拒答", "拒绝", "拒绝回答", "refused", "refusal", "refuse");
    private static final Set<String> ANSWERED = Set.of("未拒答", "非拒答", "不拒答", "回答", "已回答", "正常回答", "answered",
            "not refused", "notrefused");

    /** Whether the verdict says the answer passed; null when it says neither. */
    public Boolean passed() {
        String v = verdictWords();
        return PASSED.contains(v) ? Boolean.TRUE : FAILED.contains(v) ? Boolean.FALSE : null;
    }

    /** Whether the verdict says the model refused; null when it says neither. */
    public Boolean refused() {
        String v = verdictWords();
        return REFUSED.contains(v) ? Boolean.TRUE : ANSWERED.contains(v) ? Boolean.FALSE : null;
    }

    private String verdictWords() {
        return verdict == null ? "" : Normalizer.normalize(verdict, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
