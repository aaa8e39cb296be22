package com.cacfiling.web.wizard.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The self-assessment content beyond the CAC form. */
public class SelfAssessmentForm {

    private List<FlowStepForm> flow = new ArrayList<>();
    private String scope;
    private String servedUsers;
    private Long userCount;
    private String socialImpact;
    private String softwareHardware;
    private String deploymentLocation;
    private String otherDescription;
    private String dataDescription;
    private String modelDescription;
    private String interventionStrategy;
    private String resultLabelling;
    private List<RiskForm> risks = new ArrayList<>();
    private LocalDate assessmentDate;
    private LocalDate reportDate;
    private String conclusion;
    private String otherMatters;

    public List<FlowStepForm> getFlow() {
        return flow;
    }

    public void setFlow(List<FlowStepForm> flow) {
        this.flow = flow;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getServedUsers() {
        return servedUsers;
    }

    public void setServedUsers(String servedUsers) {
        this.servedUsers = servedUsers;
    }

    public Long getUserCount() {
        return userCount;
    }

    public void setUserCount(Long userCount) {
        this.userCount = userCount;
    }

    public String getSocialImpact() {
        return socialImpact;
    }

    public void setSocialImpact(String socialImpact) {
        this.socialImpact = socialImpact;
    }

    public String getSoftwareHardware() {
        return softwareHardware;
    }

    public void setSoftwareHardware(String softwareHardware) {
        this.softwareHardware = softwareHardware;
    }

    public String getDeploymentLocation() {
        return deploymentLocation;
    }

    public void setDeploymentLocation(String deploymentLocation) {
        this.deploymentLocation = deploymentLocation;
    }

    public String getOtherDescription() {
        return otherDescription;
    }

    public void setOtherDescription(String otherDescription) {
        this.otherDescription = otherDescription;
    }

    public String getDataDescription() {
        return dataDescription;
    }

    public void setDataDescription(String dataDescription) {
        this.dataDescription = dataDescription;
    }

    public String getModelDescription() {
        return modelDescription;
    }

    public void setModelDescription(String modelDescription) {
        this.modelDescription = modelDescription;
    }

    public String getInterventionStrategy() {
        return interventionStrategy;
    }

    public void setInterventionStrategy(String interventionStrategy) {
        this.interventionStrategy = interventionStrategy;
    }

    public String getResultLabelling() {
        return resultLabelling;
    }

    public void setResultLabelling(String resultLabelling) {
        this.resultLabelling = resultLabelling;
    }

    public List<RiskForm> getRisks() {
        return risks;
    }

    public void setRisks(List<RiskForm> risks) {
        this.risks = risks;
    }

    public LocalDate getAssessmentDate() {
        return assessmentDate;
    }

    public void setAssessmentDate(LocalDate assessmentDate) {
        this.assessmentDate = assessmentDate;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public void setReportDate(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getOtherMatters() {
        return otherMatters;
    }

    public void setOtherMatters(String otherMatters) {
        this.otherMatters = otherMatters;
    }
}
