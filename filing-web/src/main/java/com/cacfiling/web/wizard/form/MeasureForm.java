package com.cacfiling.web.wizard.form;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.MeasureKind;

/** One prevention measure with the evidence that shows it. */
public class MeasureForm {

    private MeasureKind kind;
    private String description;
    private List<String> evidenceIds = new ArrayList<>();

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getEvidenceIds() {
        return evidenceIds;
    }

    public void setEvidenceIds(List<String> evidenceIds) {
        this.evidenceIds = evidenceIds;
    }
}
