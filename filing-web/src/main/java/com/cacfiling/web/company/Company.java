package com.cacfiling.web.company;

import java.util.UUID;

import com.cacfiling.web.system.AuditedEntity;
import com.cacfiling.web.privacy.SealedEntityProfileConverter;
import com.cacfiling.web.privacy.SealedTypedInputConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client company of the portal: the filing entity whose officers prepare its filings. */
@Entity
@Table(name = "company")
public class Company extends AuditedEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String nameEn;

    private boolean archived;

    /** Step 1 (the domain's EntityProfile) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    @Convert(converter = SealedEntityProfileConverter.class)
    private String entityProfile = "{}";

    /**
     * Whether the company's officers may record the CAC's outcome (submission, approval, return) themselves; by
     * default only the consultant does. Set by an administrator.
     */
    private boolean officersRecordCacOutcome;

    /**
     * The day the CAC approved the filing entity (Step 1), which must precede the submission of any algorithm
     * (Step 2); null until recorded. Shared by all the company's filings, as Step 1 is.
     */
    private java.time.LocalDate entityApprovedOn;

    /** Who recorded the entity approval. */
    private String entityApprovalRecordedBy;

    /** Copied from the profile so that the database can keep it unique. */
    private String creditCode;

    /** Values typed into this record's fields that are not valid yet (see the wizard's TypedInputs), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    @Convert(converter = SealedTypedInputConverter.class)
    private String typedInput = "{}";

    /**
     * Step 1's version: moved by what Step 1 shows (its values, its typed values, the company name it falls back to),
     * not by the administrators' settings or the entity's approval, so that those never refuse an officer's Step 1
     * save or an API client's ETag. The row's own version still guards every write of the row.
     */
    @Column(nullable = false)
    private long entityVersion;


    protected Company() {
    }

    public Company(String name, String nameEn) {
        this.id = UUID.randomUUID();
        rename(name, nameEn);
    }

    public void rename(String name, String nameEn) {
        if (this.name != null && !this.name.equals(name.strip())) {
            entityVersion++;
        }
        this.name = name.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    /** Records the CAC's approval of the entity on {@code approvedOn}; a later record corrects the date. */
    public void recordEntityApproval(java.time.LocalDate approvedOn, String recordedBy) {
        this.entityApprovedOn = java.util.Objects.requireNonNull(approvedOn, "approvedOn");
        this.entityApprovalRecordedBy = recordedBy;
    }

    public java.time.LocalDate getEntityApprovedOn() {
        return entityApprovedOn;
    }

    public String getEntityApprovalRecordedBy() {
        return entityApprovalRecordedBy;
    }

    public boolean isOfficersRecordCacOutcome() {
        return officersRecordCacOutcome;
    }

    public void allowOfficersToRecordCacOutcome(boolean allowed) {
        this.officersRecordCacOutcome = allowed;
    }

    public void updateEntityProfile(String profileJson, String creditCode) {
        if (!java.util.Objects.equals(entityProfile, profileJson)) {
            entityVersion++;
        }
        this.entityProfile = profileJson;
        this.creditCode = creditCode;
    }

    public String getEntityProfile() {
        return entityProfile;
    }

    /** Step 1's version (see the field). */
    public long getEntityVersion() {
        return entityVersion;
    }

    /** Whether the name, the English name or the credit code contains {@code query}, in any case. */
    public boolean matches(String query) {
        String lower = query.toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of(name, nameEn, creditCode)
                .anyMatch(text -> text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lower));
    }

    /** The words a list's search box matches besides the name shown: both names and the credit code. */
    public String searchWords() {
        return CompanyNames.searchWords(name, nameEn, creditCode);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name a page in {@code locale} shows (see {@link CompanyNames}). */
    public String displayName(java.util.Locale locale) {
        return CompanyNames.shown(name, nameEn, locale);
    }

    public boolean isArchived() {
        return archived;
    }

    public String getTypedInput() {
        return typedInput;
    }

    public void setTypedInput(String typedInput) {
        if (!java.util.Objects.equals(this.typedInput, typedInput)) {
            entityVersion++;
        }
        this.typedInput = typedInput;
    }
}
