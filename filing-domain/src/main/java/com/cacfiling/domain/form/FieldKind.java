package com.cacfiling.domain.form;

/** What kind of answer a field takes; decides its input, its conversion and its empty state. */
public enum FieldKind {
    TEXT(200),
    LONG_TEXT(5000),
    /** A text the form limits to 200 字; longer drafts are kept and reported by the rules. */
    ZI_TEXT(2000),
    DATE(0),
    INTEGER(0),
    DECIMAL(0),
    YES_NO(0),
    SINGLE_CHOICE(0),
    MULTI_CHOICE(0),
    IDENTIFIER(0),
    /** A list of short texts, one per line. */
    LINES(5000),
    /** References to the filing's uploaded evidence files. */
    EVIDENCE_LINKS(0),
    /** Repeating rows of child fields. */
    GROUP(0),
    /** One row per constant of an enum, stored as a list of objects carrying the constant. */
    KEYED_GROUP(0);

    private final int defaultMaxLength;

    FieldKind(int defaultMaxLength) {
        this.defaultMaxLength = defaultMaxLength;
    }

    /** The character limit a field of this kind has unless its entry sets one; 0 for none (not a text). */
    public int defaultMaxLength() {
        return defaultMaxLength;
    }

    public boolean isGroup() {
        return this == GROUP || this == KEYED_GROUP;
    }

    /** Whether the stored value is a JSON array of codes or texts. */
    public boolean isList() {
        return this == MULTI_CHOICE || this == LINES || this == EVIDENCE_LINKS;
    }
}
