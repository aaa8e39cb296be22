package com.cacfiling.web.wizard.form;

/** The proposed public disclosure. */
public class DisclosureForm {

    private String basicPrinciple;
    private String operatingMechanism;
    private String applicationScenarios;
    private String purpose;
    private String publicationMethod;

    public String getBasicPrinciple() {
        return basicPrinciple;
    }

    public void setBasicPrinciple(String basicPrinciple) {
        this.basicPrinciple = basicPrinciple;
    }

    public String getOperatingMechanism() {
        return operatingMechanism;
    }

    public void setOperatingMechanism(String operatingMechanism) {
        this.operatingMechanism = operatingMechanism;
    }

    public String getApplicationScenarios() {
        return applicationScenarios;
    }

    public void setApplicationScenarios(String applicationScenarios) {
        this.applicationScenarios = applicationScenarios;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPublicationMethod() {
        return publicationMethod;
    }

    public void setPublicationMethod(String publicationMethod) {
        this.publicationMethod = publicationMethod;
    }
}
