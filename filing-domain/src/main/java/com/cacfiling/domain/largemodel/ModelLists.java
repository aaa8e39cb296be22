package com.cacfiling.domain.largemodel;

import java.util.List;

/**
 * The lists a filer uploaded, as read from their sheets: the keyword interception list and the three sheets of the
 * test question bank (content, should-refuse, non-refusal). A list not uploaded yet is null.
 */
public record ModelLists(List<KeywordEntry> keywords, List<TestQuestion> contentBank, List<TestQuestion> shouldRefuse,
        List<TestQuestion> nonRefusal) {

    public ModelLists {
        keywords = keywords == null ? null : List.copyOf(keywords);
        contentBank = contentBank == null ? null : List.copyOf(contentBank);
        shouldRefuse = shouldRefuse == null ? null : List.copyOf(shouldRefuse);
        nonRefusal = nonRefusal == null ? null : List.copyOf(nonRefusal);
    }

    public static ModelLists none() {
        return new ModelLists(null, null, null, null);
    }
}
