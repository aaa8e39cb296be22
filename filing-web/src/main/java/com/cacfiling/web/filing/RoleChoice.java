package com.cacfiling.web.filing;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;

/** What the "new filing" wizard offers: one role, or both, which creates the linked pair. */
public enum RoleChoice {
    SERVICE_PROVIDER(List.of(FilingRole.SERVICE_PROVIDER)),
    TECHNICAL_SUPPORTER(List.of(FilingRole.TECHNICAL_SUPPORTER)),
    BOTH(List.of(FilingRole.SERVICE_PROVIDER, FilingRole.TECHNICAL_SUPPORTER));

    private final List<FilingRole> roles;

    RoleChoice(List<FilingRole> roles) {
        this.roles = roles;
    }

    public List<FilingRole> roles() {
        return roles;
    }
}
