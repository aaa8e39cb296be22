package com.cacfiling.web.filing;

import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the "new filing" form posts; kept apart from the entities. */
public class NewFilingFormData {

    @NotNull
    private UUID companyId;

    @NotBlank
    @Size(max = 100)
    private String algorithmName;

    @NotNull
    private FilingRole role;

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public String getAlgorithmName() {
        return algorithmName;
    }

    public void setAlgorithmName(String algorithmName) {
        this.algorithmName = algorithmName;
    }

    public FilingRole getRole() {
        return role;
    }

    public void setRole(FilingRole role) {
        this.role = role;
    }
}
