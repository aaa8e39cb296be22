package com.cacfiling.docs.largemodel;

/** An upload that is not a spreadsheet the portal can read; carries the message key that says why. */
public class UnreadableSheetException extends RuntimeException {

    private final String messageKey;

    public UnreadableSheetException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
