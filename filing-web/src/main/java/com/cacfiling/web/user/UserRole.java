package com.cacfiling.web.user;

/** What a user of the portal may do. */
public enum UserRole {
    /** Manages companies, users and assignments; sees no filing content. */
    ADMIN,
    /** Legal consultant: reviews and prepares the filings of the companies assigned to them. */
    CONSULTANT,
    /** Compliance officer of one company: prepares that company's filings. */
    OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
