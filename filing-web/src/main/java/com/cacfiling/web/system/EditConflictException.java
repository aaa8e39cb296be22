package com.cacfiling.web.system;

import java.util.UUID;

/** Someone else saved the same record since this user loaded it; nothing of theirs is overwritten. */
public class EditConflictException extends RuntimeException {

    private final UUID recordId;

    private final String reloadTo;

    /** Of an algorithm filing: its latest version is reloaded at /filings/{id}. */
    public EditConflictException(UUID recordId) {
        this(recordId, "/filings/" + recordId);
    }

    /** {@code reloadTo}: the page showing the record's latest version (a large-model record's is not a filing's). */
    public EditConflictException(UUID recordId, String reloadTo) {
        super("Record " + recordId + " was changed by someone else");
        this.recordId = recordId;
        this.reloadTo = reloadTo;
    }

    public UUID recordId() {
        return recordId;
    }

    public String reloadTo() {
        return reloadTo;
    }
}
