package com.cacfiling.web.administration;

import java.util.List;

/**
 * A consultant's clients as the users list's row names them: the first few by name, and how many there are in all
 * (read without the others: a consultant may have 1,000 clients).
 */
public record ClientsInRow(List<CompanyChoice> named, long count) {

    static final ClientsInRow NONE = new ClientsInRow(List.of(), 0);

    public ClientsInRow {
        named = List.copyOf(named);
    }

    /** The clients the row counts without naming them. */
    public long more() {
        return count - named.size();
    }
}
