package com.cacfiling.web.modelfiling;

import java.util.Arrays;
import java.util.Optional;

import com.cacfiling.rules.largemodel.ListChecks;

/** The four lists a filer uploads, by the name their address uses and the path their findings carry. */
public enum ModelListKind {
    KEYWORDS("keywords", ListChecks.KEYWORDS),
    CONTENT_BANK("content-bank", ListChecks.CONTENT_BANK),
    SHOULD_REFUSE("should-refuse", ListChecks.SHOULD_REFUSE),
    NON_REFUSAL("non-refusal", ListChecks.NON_REFUSAL);

    private final String slug;
    private final String path;

    ModelListKind(String slug, String path) {
        this.slug = slug;
        this.path = path;
    }

    public String slug() {
        return slug;
    }

    public String path() {
        return path;
    }

    public static Optional<ModelListKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
