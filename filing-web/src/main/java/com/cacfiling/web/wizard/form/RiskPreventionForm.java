package com.cacfiling.web.wizard.form;

/** Step 2, risk and prevention mechanism. */
public class RiskPreventionForm {

    private Boolean implicitLabel;
    private Boolean explicitLabel;
    private Boolean remindUsersToLabel;
    private String userDataSecurity;
    private String refutationMechanism;
    private String harmfulContentMechanism;
    private String explanation;

    public Boolean getImplicitLabel() {
        return implicitLabel;
    }

    public void setImplicitLabel(Boolean implicitLabel) {
        this.implicitLabel = implicitLabel;
    }

    public Boolean getExplicitLabel() {
        return explicitLabel;
    }

    public void setExplicitLabel(Boolean explicitLabel) {
        this.explicitLabel = explicitLabel;
    }

    public Boolean getRemindUsersToLabel() {
        return remindUsersToLabel;
    }

    public void setRemindUsersToLabel(Boolean remindUsersToLabel) {
        this.remindUsersToLabel = remindUsersToLabel;
    }

    public String getUserDataSecurity() {
        return userDataSecurity;
    }

    public void setUserDataSecurity(String userDataSecurity) {
        this.userDataSecurity = userDataSecurity;
    }

    public String getRefutationMechanism() {
        return refutationMechanism;
    }

    public void setRefutationMechanism(String refutationMechanism) {
        this.refutationMechanism = refutationMechanism;
    }

    public String getHarmfulContentMechanism() {
        return harmfulContentMechanism;
    }

    public void setHarmfulContentMechanism(String harmfulContentMechanism) {
        this.harmfulContentMechanism = harmfulContentMechanism;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
