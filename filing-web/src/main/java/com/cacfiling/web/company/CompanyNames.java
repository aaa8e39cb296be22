package com.cacfiling.web.company;

import java.util.Locale;

/**
 * Which of a company's two names a page shows: its English name on a page in another language than Chinese, when an
 * administrator entered one; its registered (Chinese) name otherwise. Documents for the CAC keep the registered name.
 */
public final class CompanyNames {

    private CompanyNames() {
    }

    public static String shown(String name, String nameEn, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        return chinese || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    /** The words a list's search box matches besides the name shown: both names and the credit code. */
    public static String searchWords(String name, String nameEn, String creditCode) {
        return java.util.stream.Stream.of(name, nameEn, creditCode).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
