package com.cacfiling.web.administration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creating a user with a first password (an invitation lets them choose it instead). */
public class NewUserFormData extends UserFormData {

    @NotBlank
    @Size(min = 10, max = 100)
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
