package com.cacfiling.web.wizard.form;

/** Step 2, algorithm model. */
public class ModelForm {

    private Boolean trainingOverseasData;
    private String crossBorderExplanation;
    private String trainingDataGeneration;
    private Boolean trainingPersonalInformation;
    private String personalInformationLegalBasis;
    private String generativeAlgorithmType;
    private String hardwareRequirements;
    private String performance;
    private String calculationMethod;

    public Boolean getTrainingOverseasData() {
        return trainingOverseasData;
    }

    public void setTrainingOverseasData(Boolean trainingOverseasData) {
        this.trainingOverseasData = trainingOverseasData;
    }

    public String getCrossBorderExplanation() {
        return crossBorderExplanation;
    }

    public void setCrossBorderExplanation(String crossBorderExplanation) {
        this.crossBorderExplanation = crossBorderExplanation;
    }

    public String getTrainingDataGeneration() {
        return trainingDataGeneration;
    }

    public void setTrainingDataGeneration(String trainingDataGeneration) {
        this.trainingDataGeneration = trainingDataGeneration;
    }

    public Boolean getTrainingPersonalInformation() {
        return trainingPersonalInformation;
    }

    public void setTrainingPersonalInformation(Boolean trainingPersonalInformation) {
        this.trainingPersonalInformation = trainingPersonalInformation;
    }

    public String getPersonalInformationLegalBasis() {
        return personalInformationLegalBasis;
    }

    public void setPersonalInformationLegalBasis(String personalInformationLegalBasis) {
        this.personalInformationLegalBasis = personalInformationLegalBasis;
    }

    public String getGenerativeAlgorithmType() {
        return generativeAlgorithmType;
    }

    public void setGenerativeAlgorithmType(String generativeAlgorithmType) {
        this.generativeAlgorithmType = generativeAlgorithmType;
    }

    public String getHardwareRequirements() {
        return hardwareRequirements;
    }

    public void setHardwareRequirements(String hardwareRequirements) {
        this.hardwareRequirements = hardwareRequirements;
    }

    public String getPerformance() {
        return performance;
    }

    public void setPerformance(String performance) {
        this.performance = performance;
    }

    public String getCalculationMethod() {
        return calculationMethod;
    }

    public void setCalculationMethod(String calculationMethod) {
        this.calculationMethod = calculationMethod;
    }
}
