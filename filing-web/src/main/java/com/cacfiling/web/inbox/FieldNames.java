package com.cacfiling.web.inbox;

import java.util.Locale;

/**
 * The name of a form's field in words, for a message about a comment on it. A port: the wizard knows the form's
 * labels and depends on this package, not the other way round.
 */
public interface FieldNames {

    String label(String fieldPath, Locale locale);
}
