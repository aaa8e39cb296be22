package com.cacfiling.web.wizard.form;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.RiskCategory;

/** One risk with its measures. */
public class RiskForm {

    private RiskCategory category;
    private String description;
    private List<MeasureForm> measures = new ArrayList<>();

    public RiskCategory getCategory() {
        return category;
    }

    public void setCategory(RiskCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<MeasureForm> getMeasures() {
        return measures;
    }

    public void setMeasures(List<MeasureForm> measures) {
        this.measures = measures;
    }
}
