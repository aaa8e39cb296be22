package com.cacfiling.docs.model;

/**
 * A value shown in a document: the filer's text as entered, or a visible placeholder where it is missing.
 * Characters that XML cannot carry (control characters, lone surrogates) are dropped here, once, so neither the
 * PDF's XHTML nor the DOCX's XML can be broken by what a user typed.
 */
public record Text(String value, boolean missing) {

    public Text {
        value = XmlSafe.clean(value);
    }

    public static Text of(String value) {
        return new Text(value, false);
    }

    public static Text missing(String placeholder) {
        return new Text(placeholder, true);
    }
}
