package com.cacfiling.web.administration;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** The invitation form: what the administrator typed is shown again, with a message by each field it fails. */
public class InvitationFormData extends UserFormData {

    /** Optional; checked by the controller (the same check as the profile's). */
    @Size(max = 254)
    private String email;

    static InvitationFormData forCompany(UUID companyId) {
        InvitationFormData form = new InvitationFormData();
        form.setCompanyId(companyId);
        return form;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
