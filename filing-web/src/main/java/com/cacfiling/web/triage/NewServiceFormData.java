package com.cacfiling.web.triage;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the "new service" form posts. */
public class NewServiceFormData {

    @NotNull
    private UUID companyId;

    @NotBlank
    @Size(max = Services.MAX_NAME)
    private String name;

    @Size(max = Services.MAX_DESCRIPTION)
    private String description;

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
