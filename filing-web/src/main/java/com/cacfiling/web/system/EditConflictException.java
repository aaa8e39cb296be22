package com.cacfiling.web.system;

import java.util.UUID;

/** Someone else saved the same record since this user loaded it; nothing of theirs is overwritten. */
public class EditConflictException extends RuntimeException {

    private final UUID recordId;

    public EditConflictException(UUID recordId) {
        super("Record " + recordId + " was changed by someone else");
        this.recordId = recordId;
    }

    public UUID recordId() {
        return recordId;
    }
}
