package com.cacfiling.domain.largemodel;

/**
 * The requirements of TC260-003 chapters 5 to 8 the security assessment report answers one by one. The grouping
 * follows the chapter structure as practitioners quote it (the standard's full text was not opened; see the domain
 * reference, §3 and §5); each constant carries its section number, which the report prints.
 */
public enum AssessmentClause {
    CORPUS_SOURCE("5.1"),
    CORPUS_CONTENT("5.2"),
    CORPUS_ANNOTATION("5.3"),
    MODEL_SECURITY("6"),
    SERVICE_SUITABILITY("7"),
    SERVICE_TRANSPARENCY("7"),
    USER_INPUT_TRAINING("7"),
    CONTENT_LABELLING("7"),
    COMPLAINTS("7"),
    REFUSAL_AND_MONITORING("7"),
    MODEL_UPDATES("7"),
    KEYWORD_LIBRARY("8.1"),
    CLASSIFIER_MODEL("8.2"),
    CONTENT_TEST_BANK("8.3"),
    REFUSAL_TEST_BANK("8.4");

    private final String section;

    AssessmentClause(String section) {
        this.section = section;
    }

    /** The section of TC260-003 the clause belongs to. */
    public String section() {
        return section;
    }
}
