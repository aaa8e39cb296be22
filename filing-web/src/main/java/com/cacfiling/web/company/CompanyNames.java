package com.cacfiling.web.company;

import java.util.Locale;

/**
 * Which of a company's two names a page shows: its English name on a page in another language than Chinese, when an
 * administrator entered one; its registered (Chinese) name otherwise. Documents and exports keep the registered name
 * ({@link #inDocuments}).
 */
public final class CompanyNames {

    private CompanyNames() {
    }

    public static String shown(String name, String nameEn, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        return chinese || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    /**
     * The name every document and export gives the company, in either language: its registered (Chinese) name, the
     * legal name the CAC's records, the filing documents (which print the entity's name as filed) and the company's
     * seal carry. Found in a walk: the English security assessment report and the English Excel exports said the
     * English name while every English algorithm and large-model document said the registered one. An English name
     * is for pages to show ({@link #shown}).
     */
    public static String inDocuments(String name) {
        return name;
    }

    /** The words a list's search box matches besides the name shown: both names and the credit code. */
    public static String searchWords(String name, String nameEn, String creditCode) {
        return java.util.stream.Stream.of(name, nameEn, creditCode).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
