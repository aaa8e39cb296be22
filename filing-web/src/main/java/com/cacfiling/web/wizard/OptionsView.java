package com.cacfiling.web.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.domain.reference.ReferenceCatalog;

/** The form version's option lists, labelled in the user's language, by list key (e.g. "algorithm-types"). */
public final class OptionsView {

    public record Option(String code, String label, String modality) {
    }

    private OptionsView() {
    }

    /** Reference data: computed once per form version and language, then kept. */
    private static final Map<String, Map<String, List<Option>>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static Map<String, List<Option>> of(String formVersion, Locale locale) {
        return CACHE.computeIfAbsent(formVersion + "|" + locale.toLanguageTag(),
                key -> java.util.Collections.unmodifiableMap(compute(formVersion, locale)));
    }

    private static Map<String, List<Option>> compute(String formVersion, Locale locale) {
        FormVersion version = ReferenceCatalog.standard().version(formVersion)
                .orElse(ReferenceCatalog.standard().current());
        Map<String, List<Option>> lists = new LinkedHashMap<>();
        for (OptionList list : OptionList.values()) {
            lists.put(list.key(), version.options(list).stream()
                    .map(option -> new Option(option.code(), option.label(locale), option.modality())).toList());
        }
        return lists;
    }
}
