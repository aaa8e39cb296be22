package com.cacfiling.web.wizard.form;

import com.cacfiling.domain.algorithm.FlowStepKind;

/** One row of the algorithm flow. */
public class FlowStepForm {

    private String name;
    private FlowStepKind kind;
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FlowStepKind getKind() {
        return kind;
    }

    public void setKind(FlowStepKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
