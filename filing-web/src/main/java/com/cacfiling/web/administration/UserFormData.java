package com.cacfiling.web.administration;

import com.cacfiling.web.user.UserRole;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What both of the users page's forms ask, creating a user and inviting one, with the same limits. */
public abstract class UserFormData {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @NotNull
    private UserRole role;

    /** Required for officers; for a consultant, a first client company (optional). */
    private UUID companyId;

    /** An administrator needs it: full access is never one careless click away. */
    private boolean confirmAdmin;

    /** Officers by default: the role most new users are for (never administrators). */
    protected UserFormData() {
        role = UserRole.OFFICER;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public UserRole getRole() {
        return role;
    }

    public void setRole(UserRole role) {
        this.role = role;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public boolean isConfirmAdmin() {
        return confirmAdmin;
    }

    public void setConfirmAdmin(boolean confirmAdmin) {
        this.confirmAdmin = confirmAdmin;
    }
}
