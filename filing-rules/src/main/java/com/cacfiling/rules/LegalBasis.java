package com.cacfiling.rules;

import java.util.Objects;

/** Where a requirement comes from: a regulation and, where one applies, its article. */
public record LegalBasis(Regulation regulation, String article) {

    public LegalBasis {
        Objects.requireNonNull(regulation, "regulation");
    }

    public static LegalBasis of(Regulation regulation, String article) {
        return new LegalBasis(regulation, article);
    }
}
