package com.cacfiling.rules.policies;

import java.util.List;

import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Severity;

/** Short constructors for findings, so policies read as the rule they state. */
final class Findings {

    private Findings() {
    }

    static Finding error(String rule, String path, String key, LegalBasis basis, Object... args) {
        return new Finding(rule, Severity.ERROR, path, key, List.of(args), basis);
    }

    static Finding warning(String rule, String path, String key, LegalBasis basis, Object... args) {
        return new Finding(rule, Severity.WARNING, path, key, List.of(args), basis);
    }

    static Finding info(String rule, String path, String key, LegalBasis basis, Object... args) {
        return new Finding(rule, Severity.INFO, path, key, List.of(args), basis);
    }
}
