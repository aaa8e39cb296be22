package com.cacfiling.web.filing;

import java.util.UUID;

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
    private RoleChoice role;

    /** The service whose triage result started this filing (none when started from the filings page). */
    private UUID serviceId;

    /** The algorithm type the triage found (generative synthesis), taken into the new filing. */
    private String algorithmType;

    public String getAlgorithmType() {
        return algorithmType;
    }

    public void setAlgorithmType(String algorithmType) {
        this.algorithmType = algorithmType;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public void setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
    }

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

    public RoleChoice getRole() {
        return role;
    }

    public void setRole(RoleChoice role) {
        this.role = role;
    }
}
