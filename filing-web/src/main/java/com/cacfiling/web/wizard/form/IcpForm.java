package com.cacfiling.web.wizard.form;

/** The ICP filing as typed. */
public class IcpForm {

    private String number;
    private String entityName;
    private String entityCreditCode;
    private String relationExplanation;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEntityName() {
        return entityName;
    }

    public void setEntityName(String entityName) {
        this.entityName = entityName;
    }

    public String getEntityCreditCode() {
        return entityCreditCode;
    }

    public void setEntityCreditCode(String entityCreditCode) {
        this.entityCreditCode = entityCreditCode;
    }

    public String getRelationExplanation() {
        return relationExplanation;
    }

    public void setRelationExplanation(String relationExplanation) {
        this.relationExplanation = relationExplanation;
    }
}
