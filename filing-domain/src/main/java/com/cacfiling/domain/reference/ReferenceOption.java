package com.cacfiling.domain.reference;

import java.util.Locale;

/**
 * One choice of a form list: a stable code with Chinese and English labels. {@code modality} is set for output
 * file formats only: the output modality the format belongs to.
 */
public record ReferenceOption(String code, String zh, String en, String modality) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
