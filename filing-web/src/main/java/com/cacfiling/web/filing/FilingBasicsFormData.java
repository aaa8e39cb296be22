package com.cacfiling.web.filing;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.identifiers.ZiLimitedText;
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
        ZiLimitedText introduction = filing.getAlgorithm().profile().details().introduction();
        form.introduction = introduction == null ? null : introduction.text();
        form.version = filing.getAlgorithm().getVersion();
        return form;
    }

    /** The algorithm profile with this form's fields applied. */
    AlgorithmProfile applyTo(AlgorithmProfile profile) {
        return profile.withBasics(profile.basics().withName(algorithmName))
                .withDetails(profile.details().withIntroduction(introduction == null ? null : new ZiLimitedText(introduction)));
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
