package com.cacfiling.rules;

import java.util.Objects;

/**
 * Where a requirement comes from: a regulation and, where one applies, its article, written as the regulation
 * writes it, with the paragraph where the duty sits in one ({@code 第十四条第二款}). Policies take their bases
 * from {@link Citations}, where each one is recorded with its verified source.
 */
public record LegalBasis(Regulation regulation, String article) {

    public LegalBasis {
        Objects.requireNonNull(regulation, "regulation");
    }

    public static LegalBasis of(Regulation regulation, String article) {
        return new LegalBasis(regulation, article);
    }

    /**
     * The article as a reader of the language cites it: 第二十四条 in Chinese, "Art. 24" in English, a paragraph as
     * "Art. 14(2)"; null without an article.
     */
    public String article(java.util.Locale locale) {
        if (article == null || !"en".equals(locale.getLanguage())) {
            return article;
        }
        java.util.regex.Matcher numbered = java.util.regex.Pattern
                .compile("第([零〇一二两三四五六七八九十百]+)条(?:第([零〇一二两三四五六七八九十百]+)款)?").matcher(article);
        if (!numbered.matches()) {
            return article;
        }
        return "Art. " + chineseNumber(numbered.group(1))
                + (numbered.group(2) == null ? "" : "(" + chineseNumber(numbered.group(2)) + ")");
    }

    /** The key under which the source of this citation is recorded: {@code REGULATION} or {@code REGULATION:article}. */
    public String key() {
        return article == null ? regulation.name() : regulation.name() + ":" + article;
    }

    /** A Chinese numeral up to the hundreds (二十四, 十三, 一百零五) as a number. */
    static int chineseNumber(String numeral) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            }
            else if (c == '百') {
                total += digit * 100;
                digit = 0;
            }
            else if (c == '两') {
                digit = 2;
            }
            else if (c == '〇') {
                digit = 0;
            }
            else {
                digit = digits.indexOf(c);
            }
        }
        return total + digit;
    }
}
