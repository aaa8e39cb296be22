package com.cacfiling.web.filing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class FilingBasicsFormData {

    @NotBlank
    @Size(max = 100)
    private String algorithmName;

    @Size(max = 2000)
    private String introduction;

    /** The version the user loaded: a save based on an older one is a conflict, not an overwrite. */
    private long version;

    static FilingBasicsFormData of(FilingRecord filing) {
        FilingBasicsFormData form = new FilingBasicsFormData();
        form.algorithmName = filing.getAlgorithm().getName();
        form.introduction = FilingService.introductionOf(filing);
        form.version = filing.getAlgorithm().getVersion();
        return form;
    }

    public String getAlgorithmName() {
        return algorithmName;
    }

    public void setAlgorithmName(String algorithmName) {
        this.algorithmName = algorithmName;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
