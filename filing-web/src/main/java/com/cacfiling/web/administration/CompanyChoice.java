package com.cacfiling.web.administration;

import java.util.Locale;
import java.util.UUID;

/** A company as a user form offers it: its names and credit code, which the list's search box matches. */
public record CompanyChoice(UUID id, String name, String nameEn, String creditCode) {

    public String displayName(Locale locale) {
        return com.cacfiling.web.company.CompanyNames.shown(name, nameEn, locale);
    }

    public String searchWords() {
        return com.cacfiling.web.company.CompanyNames.searchWords(name, nameEn, creditCode);
    }
}
