package com.cacfiling.web.wizard.form;

import java.time.LocalDate;

/** The algorithm-security body of the responsibility table. */
public class BodyForm {

    private String name;
    private LocalDate establishedOn;
    private String setUp;
    private PersonForm head = new PersonForm();
    private String headExperience;
    private String staffRequirements;
    private Integer staffingSize;
    private String technicalSafeguards;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public String getSetUp() {
        return setUp;
    }

    public void setSetUp(String setUp) {
        this.setUp = setUp;
    }

    public PersonForm getHead() {
        return head;
    }

    public void setHead(PersonForm head) {
        this.head = head;
    }

    public String getHeadExperience() {
        return headExperience;
    }

    public void setHeadExperience(String headExperience) {
        this.headExperience = headExperience;
    }

    public String getStaffRequirements() {
        return staffRequirements;
    }

    public void setStaffRequirements(String staffRequirements) {
        this.staffRequirements = staffRequirements;
    }

    public Integer getStaffingSize() {
        return staffingSize;
    }

    public void setStaffingSize(Integer staffingSize) {
        this.staffingSize = staffingSize;
    }

    public String getTechnicalSafeguards() {
        return technicalSafeguards;
    }

    public void setTechnicalSafeguards(String technicalSafeguards) {
        this.technicalSafeguards = technicalSafeguards;
    }
}
