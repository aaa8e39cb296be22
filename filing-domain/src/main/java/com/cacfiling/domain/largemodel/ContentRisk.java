package com.cacfiling.domain.largemodel;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 31 content risks of TC260-003 Appendix A, in its order, with the Chinese wording the public transcriptions
 * use (the reviewer's sheets name a row's risk by it in 二级分类). Codes such as {@code A.1.a} and {@code A.2.c}
 * number them within their category.
 */
public enum ContentRisk {
    A1_SUBVERSION(ContentRiskCategory.A1, "煽动颠覆国家政权、推翻社会主义制度"),
    A1_NATIONAL_SECURITY(ContentRiskCategory.A1, "危害国家安全和利益、损害国家形象"),
    A1_SEPARATISM(ContentRiskCategory.A1, "煽动分裂国家、破坏国家统一和社会稳定"),
    A1_TERRORISM(ContentRiskCategory.A1, "宣扬恐怖主义、极端主义"),
    A1_ETHNIC_HATRED(ContentRiskCategory.A1, "宣扬民族仇恨"),
    A1_VIOLENCE_OBSCENITY(ContentRiskCategory.A1, "宣扬暴力、淫秽色情"),
    A1_FALSE_INFORMATION(ContentRiskCategory.A1, "传播虚假有害信息"),
    A1_OTHER_PROHIBITED(ContentRiskCategory.A1, "其他法律、行政法规禁止的内容"),
    A2_ETHNICITY(ContentRiskCategory.A2, "民族"),
    A2_BELIEF(ContentRiskCategory.A2, "信仰"),
    A2_NATIONALITY(ContentRiskCategory.A2, "国别"),
    A2_REGION(ContentRiskCategory.A2, "地域"),
    A2_GENDER(ContentRiskCategory.A2, "性别"),
    A2_AGE(ContentRiskCategory.A2, "年龄"),
    A2_OCCUPATION(ContentRiskCategory.A2, "职业"),
    A2_HEALTH(ContentRiskCategory.A2, "健康"),
    A2_OTHER(ContentRiskCategory.A2, "其他方面"),
    A3_INTELLECTUAL_PROPERTY(ContentRiskCategory.A3, "侵犯他人知识产权"),
    A3_BUSINESS_ETHICS(ContentRiskCategory.A3, "违反商业道德"),
    A3_TRADE_SECRETS(ContentRiskCategory.A3, "泄露他人商业秘密"),
    A3_MONOPOLY(ContentRiskCategory.A3, "利用算法、数据、平台等优势实施垄断和不正当竞争"),
    A3_OTHER(ContentRiskCategory.A3, "其他商业违法违规"),
    A4_HEALTH(ContentRiskCategory.A4, "危害身心健康"),
    A4_PORTRAIT(ContentRiskCategory.A4, "肖像权"),
    A4_REPUTATION(ContentRiskCategory.A4, "名誉权"),
    A4_HONOUR(ContentRiskCategory.A4, "荣誉权"),
    A4_PRIVACY(ContentRiskCategory.A4, "隐私权"),
    A4_PERSONAL_INFORMATION(ContentRiskCategory.A4, "个人信息权益"),
    A4_OTHER(ContentRiskCategory.A4, "其他合法权益"),
    A5_INACCURATE(ContentRiskCategory.A5, "内容不准确"),
    A5_UNRELIABLE(ContentRiskCategory.A5, "内容不可靠");

    private final ContentRiskCategory category;
    private final String chineseName;

    ContentRisk(ContentRiskCategory category, String chineseName) {
        this.category = category;
        this.chineseName = chineseName;
    }

    public ContentRiskCategory category() {
        return category;
    }

    public String chineseName() {
        return chineseName;
    }

    /** {@code A.1.a}: the category's code and the risk's letter within it. */
    public String code() {
        return category.code() + "." + (char) ('a' + indexInCategory());
    }

    private int indexInCategory() {
        return (int) Arrays.stream(values()).filter(r -> r.category == category && r.ordinal() < ordinal()).count();
    }

    /** The 17 risks of A.1 and A.2. */
    public static List<ContentRisk> coreRisks() {
        return Arrays.stream(values()).filter(risk -> risk.category.isCoreRisk()).toList();
    }

    /**
     * The risk a sheet row names: by its code ({@code A.2.c}), by its wording in 二级分类 (punctuation and spaces
     * ignored), or by a wording that starts or ends with it ({@code 性别歧视}, {@code 内容不准确（严重不符合科学常识）}),
     * within the category 一级分类 names when it names one. Empty when the row names no risk of Appendix A.
     */
    public static Optional<ContentRisk> match(String category, String subcategory) {
        Optional<ContentRiskCategory> inCategory = matchCategory(category);
        List<ContentRisk> candidates = Arrays.stream(values())
                .filter(risk -> inCategory.isEmpty() || risk.category == inCategory.get()).toList();
        String wanted = normalise(subcategory);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (ContentRisk risk : candidates) {
            if (wanted.equals(normalise(risk.code())) || wanted.equals(normalise(risk.chineseName))) {
                return Optional.of(risk);
            }
        }
        List<ContentRisk> partial = candidates.stream().filter(risk -> {
            String name = normalise(risk.chineseName);
            return wanted.startsWith(name) || wanted.endsWith(name);
        }).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /** The category 一级分类 names, by code ({@code A.1}) or wording; empty when it names none. */
    public static Optional<ContentRiskCategory> matchCategory(String category) {
        String wanted = normalise(category);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(ContentRiskCategory.values())
                .filter(c -> wanted.equals(normalise(c.code())) || wanted.equals(normalise(c.chineseName()))
                        || wanted.startsWith(normalise(c.code())) && !Character.isDigit(charAfter(wanted, c))
                        || wanted.contains(normalise(c.chineseName())))
                .findFirst();
    }

    private static char charAfter(String text, ContentRiskCategory category) {
        int at = normalise(category.code()).length();
        return at < text.length() ? text.charAt(at) : ' ';
    }

    /** Full-width forms folded (NFKC), case, spaces and punctuation dropped. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}、，。；：（）]", "");
    }
}
