package com.cacfiling.web.wizard.form;

import java.util.ArrayList;
import java.util.List;

/** Step 2, algorithm data. */
public class DataForm {

    private List<String> inputModalities = new ArrayList<>();
    private Boolean inputBiometric;
    private Boolean inputIdentity;
    private List<String> outputModalities = new ArrayList<>();
    private List<String> outputFormats = new ArrayList<>();
    private String outputFileSize;
    private Boolean batchOutput;
    private Boolean biometricSeparateConsent;

    public List<String> getInputModalities() {
        return inputModalities;
    }

    public void setInputModalities(List<String> inputModalities) {
        this.inputModalities = inputModalities;
    }

    public Boolean getInputBiometric() {
        return inputBiometric;
    }

    public void setInputBiometric(Boolean inputBiometric) {
        this.inputBiometric = inputBiometric;
    }

    public Boolean getInputIdentity() {
        return inputIdentity;
    }

    public void setInputIdentity(Boolean inputIdentity) {
        this.inputIdentity = inputIdentity;
    }

    public List<String> getOutputModalities() {
        return outputModalities;
    }

    public void setOutputModalities(List<String> outputModalities) {
        this.outputModalities = outputModalities;
    }

    public List<String> getOutputFormats() {
        return outputFormats;
    }

    public void setOutputFormats(List<String> outputFormats) {
        this.outputFormats = outputFormats;
    }

    public String getOutputFileSize() {
        return outputFileSize;
    }

    public void setOutputFileSize(String outputFileSize) {
        this.outputFileSize = outputFileSize;
    }

    public Boolean getBatchOutput() {
        return batchOutput;
    }

    public void setBatchOutput(Boolean batchOutput) {
        this.batchOutput = batchOutput;
    }

    public Boolean getBiometricSeparateConsent() {
        return biometricSeparateConsent;
    }

    public void setBiometricSeparateConsent(Boolean biometricSeparateConsent) {
        this.biometricSeparateConsent = biometricSeparateConsent;
    }
}
