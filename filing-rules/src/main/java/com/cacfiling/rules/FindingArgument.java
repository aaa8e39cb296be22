package com.cacfiling.rules;

import com.cacfiling.domain.reference.OptionList;

/**
 * An argument of a finding's message that is itself words to look up in the reader's language, so no code or path
 * reaches a page or document: a field (its label), an option (its label in the form version) or a bundle text.
 */
public sealed interface FindingArgument {

    /** The label of the field at a dossier path. */
    record FieldLabel(String path) implements FindingArgument {
    }

    /** The label of an option of a list. */
    record OptionLabel(OptionList list, String code) implements FindingArgument {
    }

    /** A text of the bundles, by key (e.g. {@code measure.CONTENT_GOVERNANCE}). */
    record Text(String key) implements FindingArgument {
    }
}
