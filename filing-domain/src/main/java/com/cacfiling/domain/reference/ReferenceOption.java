package com.cacfiling.domain.reference;

import java.util.List;
import java.util.Locale;

/**
 * One choice of a form list: a stable code with Chinese and English labels. {@code modality} is set for output
 * file formats only: the output modality the format belongs to. {@code algorithmTypes}, where set (usage scenarios
 * since form 2026.1), names the algorithm types the choice belongs to; a choice without it fits every type.
 */
public record ReferenceOption(String code, String zh, String en, String modality, List<String> algorithmTypes) {

    public ReferenceOption {
        algorithmTypes = algorithmTypes == null ? List.of() : List.copyOf(algorithmTypes);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** Whether the choice fits an algorithm of the type; every choice fits while the type is not chosen yet. */
    public boolean fits(String algorithmType) {
        return algorithmType == null || algorithmTypes.isEmpty() || algorithmTypes.contains(algorithmType);
    }
}
