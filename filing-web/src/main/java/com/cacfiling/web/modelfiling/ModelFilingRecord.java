package com.cacfiling.web.modelfiling;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A large-model filing or registration as stored: its answers as one JSON document, addressed by its catalogue. */
@Entity
@Table(name = "model_filing")
public class ModelFilingRecord extends AuditedEntity {

    /** Prepared by the company; edited. */
    public static final String DRAFT = "DRAFT";
    /** Submitted to the consultant's review: not edited until returned. */
    public static final String IN_REVIEW = "IN_REVIEW";
    /** Returned by the consultant with a reason: edited, then submitted again. */
    public static final String RETURNED = "RETURNED";
    /** Found ready to file by the consultant: not edited unless reopened. */
    public static final String READY = "READY";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModelFilingRoute route;

    @Column(nullable = false)
    private String status = DRAFT;

    @Column(nullable = false)
    private String standard;

    @Column(nullable = false)
    private String formVersion;

    private UUID serviceId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String content;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String typedInput = "{}";

    @Column(nullable = false)
    private String startedSteps = "";

    @Column(nullable = false)
    private String lastStep = "MODEL_BASIC";

    private String returnReason;

    protected ModelFilingRecord() {
    }

    ModelFilingRecord(Company company, ModelFilingRoute route, String standard, String formVersion, UUID serviceId,
            String content) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.route = route;
        this.standard = standard;
        this.formVersion = formVersion;
        this.serviceId = serviceId;
        this.content = content;
    }

    public UUID getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public ModelFilingRoute getRoute() {
        return route;
    }

    public String getStatus() {
        return status;
    }

    /**
     * The key of a message that names the filing itself, as this route words it: a registration's ends in
     * ".registration" (it said "此备案", "本备案", "备案材料" on a registration's pages, found in a walk).
     */
    public String wordsOf(String key) {
        return route == ModelFilingRoute.REGISTRATION ? key + ".registration" : key;
    }

    /**
     * Whether the company edits it now: while prepared or returned, not in review or ready to file, and not once the
     * company is archived (its filings are then read only).
     */
    public boolean isEditable() {
        return (DRAFT.equals(status) || RETURNED.equals(status)) && !company.isArchived();
    }

    void moveTo(String newStatus, String reason) {
        this.status = newStatus;
        this.returnReason = reason;
    }

    /** Why the consultant returned it, while it is returned. */
    public String getReturnReason() {
        return returnReason;
    }

    public String getStandard() {
        return standard;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }

    public String getTypedInput() {
        return typedInput;
    }

    void setTypedInput(String typedInput) {
        this.typedInput = typedInput;
    }

    public Set<String> getStartedSteps() {
        return startedSteps.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(startedSteps.split(",")));
    }

    void addStartedStep(String step) {
        Set<String> steps = new LinkedHashSet<>(getStartedSteps());
        steps.add(step);
        startedSteps = String.join(",", steps);
    }

    public String getLastStep() {
        return lastStep;
    }

    void setLastStep(String lastStep) {
        this.lastStep = lastStep;
    }

    /** The name the filing goes by: the model's, else the service's, else nothing yet. */
    public String displayName() {
        var basics = com.cacfiling.domain.dossier.DomainJson.readTree(content).path("model").path("basics");
        return com.cacfiling.domain.largemodel.ModelFilingForm.name(getRoute(), basics.path("modelName").asString(""),
                basics.path("serviceName").asString(""));
    }
}
