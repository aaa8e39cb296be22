package com.cacfiling.web.token;

/** What a personal access token may do with the API: read only, or read and write (as its user may). */
public enum TokenAccess {

    /** GET, HEAD and OPTIONS only: an export or a dashboard script that must not change a filing. */
    READ,

    /** Everything its user may do. */
    READ_WRITE;

    /** Whether a request of this HTTP method is within the access. */
    public boolean allows(String method) {
        return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
