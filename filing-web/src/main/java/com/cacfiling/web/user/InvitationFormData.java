package com.cacfiling.web.user;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The invitation form: what the administrator typed is shown again, with a message by each field it fails. */
public class InvitationFormData {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    /** Optional; checked by the controller (the same check as the profile's). */
    @Size(max = 254)
    private String email;

    /** Officers by default: the role most invitations are for. */
    @NotNull
    private UserRole role = UserRole.OFFICER;

    /** Required for officers only. */
    private UUID companyId;

    /** An administrator's invitation needs it: full access is never one careless click away. */
    private boolean confirmAdmin;

    static InvitationFormData forCompany(UUID companyId) {
        InvitationFormData form = new InvitationFormData();
        form.setCompanyId(companyId);
        return form;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
