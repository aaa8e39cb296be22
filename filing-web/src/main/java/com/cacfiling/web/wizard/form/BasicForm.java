package com.cacfiling.web.wizard.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Step 2, basic information. */
public class BasicForm {

    private String algorithmType;
    private String name;
    private LocalDate launchDate;
    private List<String> applicationAreas = new ArrayList<>();
    private String generationKind;
    private long version;

    public String getAlgorithmType() {
        return algorithmType;
    }

    public void setAlgorithmType(String algorithmType) {
        this.algorithmType = algorithmType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public void setLaunchDate(LocalDate launchDate) {
        this.launchDate = launchDate;
    }

    public List<String> getApplicationAreas() {
        return applicationAreas;
    }

    public void setApplicationAreas(List<String> applicationAreas) {
        this.applicationAreas = applicationAreas;
    }

    public String getGenerationKind() {
        return generationKind;
    }

    public void setGenerationKind(String generationKind) {
        this.generationKind = generationKind;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
