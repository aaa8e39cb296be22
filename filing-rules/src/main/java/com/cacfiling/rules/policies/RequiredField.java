package com.cacfiling.rules.policies;

import java.util.Collection;

/** A field the filing needs at this point, and whether it is filled in. */
public record RequiredField(String path, boolean present) {

    public static RequiredField of(String path, Object value) {
        return new RequiredField(path, isPresent(value));
    }

    static boolean isPresent(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof com.cacfiling.domain.identifiers.ZiLimitedText text) {
            return !text.isBlank();
        }
        return true;
    }
}
