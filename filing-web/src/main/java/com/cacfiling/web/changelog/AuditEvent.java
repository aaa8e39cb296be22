package com.cacfiling.web.changelog;

/** Administration and sign-in events of the audit log (the action column; labels are {@code action.<name>}). */
public enum AuditEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    USER_CREATED,
    USER_INVITED,
    INVITATION_REVOKED,
    INVITATION_RENEWED,
    INVITATION_ACCEPTED,
    USER_DEACTIVATED,
    USER_ACTIVATED,
    PASSWORD_RESET,
    ROLE_CHANGED,
    USER_DETAILS_CHANGED,
    PASSWORD_CHANGED,
    CONSULTANT_ASSIGNED,
    CONSULTANT_UNASSIGNED,
    COMPANY_CREATED,
    COMPANY_RENAMED,
    COMPANY_ARCHIVED,
    COMPANY_RESTORED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
