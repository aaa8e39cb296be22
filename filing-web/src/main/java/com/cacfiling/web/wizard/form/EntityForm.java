package com.cacfiling.web.wizard.form;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Step 1: the filing entity. */
public class EntityForm {

    private String name;
    private String creditCode;
    private String entityType;
    private String registeredAddress;
    private BigDecimal registeredCapitalWanYuan;
    private LocalDate establishedOn;
    private LocalDate operatingTermEnd;
    private Boolean operatingTermUnlimited;
    private String certificateType;
    private String certificateNumber;
    private PersonForm legalRepresentative = new PersonForm();
    private PersonForm securityOfficer = new PersonForm();
    private ContactForm contact = new ContactForm();
    private IcpForm icp = new IcpForm();
    private ResponsibilityTableForm responsibilityTable = new ResponsibilityTableForm();
    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public void setRegisteredAddress(String registeredAddress) {
        this.registeredAddress = registeredAddress;
    }

    public BigDecimal getRegisteredCapitalWanYuan() {
        return registeredCapitalWanYuan;
    }

    public void setRegisteredCapitalWanYuan(BigDecimal registeredCapitalWanYuan) {
        this.registeredCapitalWanYuan = registeredCapitalWanYuan;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public LocalDate getOperatingTermEnd() {
        return operatingTermEnd;
    }

    public void setOperatingTermEnd(LocalDate operatingTermEnd) {
        this.operatingTermEnd = operatingTermEnd;
    }

    public Boolean getOperatingTermUnlimited() {
        return operatingTermUnlimited;
    }

    public void setOperatingTermUnlimited(Boolean operatingTermUnlimited) {
        this.operatingTermUnlimited = operatingTermUnlimited;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public PersonForm getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(PersonForm legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public PersonForm getSecurityOfficer() {
        return securityOfficer;
    }

    public void setSecurityOfficer(PersonForm securityOfficer) {
        this.securityOfficer = securityOfficer;
    }

    public ContactForm getContact() {
        return contact;
    }

    public void setContact(ContactForm contact) {
        this.contact = contact;
    }

    public IcpForm getIcp() {
        return icp;
    }

    public void setIcp(IcpForm icp) {
        this.icp = icp;
    }

    public ResponsibilityTableForm getResponsibilityTable() {
        return responsibilityTable;
    }

    public void setResponsibilityTable(ResponsibilityTableForm responsibilityTable) {
        this.responsibilityTable = responsibilityTable;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
