package com.cacfiling.web.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.Approval;
import com.cacfiling.domain.filing.Cancellation;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.filing.Transition;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.rules.calendar.Deadlines;
import com.cacfiling.rules.calendar.WorkingCalendar;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.CollectionTable;
import com.cacfiling.web.privacy.SealedEntityProfileConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A filing of an algorithm in one role, as stored: the lifecycle in columns (queried and constrained), Step 3
 * as the domain's JSON, the history as an ordered, append-only table.
 */
@Entity
@Table(name = "filing")
public class FilingRecord extends AuditedEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "algorithm_id", nullable = false)
    private AlgorithmRecord algorithm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FilingRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FilingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FilingKind kind;

    private UUID previousFilingId;
    /** A change filing: the number of the filing it changes (its documents cite it). */
    private String previousFilingNumber;

    @Column(nullable = false)
    private String formVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String step3;

    private LocalDate submittedOn;
    private String filingNumber;
    private LocalDate approvedOn;
    private String cacReturnReason;
    /** The end of the service: announced on an approved filing, or the cancellation's once it is cancelled. */
    private LocalDate serviceEndedOn;
    private LocalDate cancelledOn;
    /** A change filing's effective date, from which its deadline runs. */
    private LocalDate changeEffectiveOn;
    private String cancellationReason;

    /**
     * The company's entity information as it was when the filing left the draft state: a submitted filing must not
     * change when the company later edits its shared Step 1 for another filing. Null while editable.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    @Convert(converter = SealedEntityProfileConverter.class)
    private String entitySnapshot;

    /** When the filing is due at the CAC (null once filed or without a launch date); kept for the dashboard. */
    private LocalDate dueDate;

    /** The wizard step the user was on last, to reopen the filing there. */
    @Column(nullable = false)
    private String lastStep = "ENTITY";

    /** The wizard steps the user has started (comma-separated step names); see storeStartedSteps. */
    @Column(nullable = false)
    private String startedSteps = "";

    /** Values typed into this record's fields that are not valid yet (see the wizard's TypedInputs), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String typedInput = "{}";


    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "filing_transition", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "seq")
    private List<TransitionEntry> history = new ArrayList<>();

    protected FilingRecord() {
    }

    /** A new record for a filing started in the domain. */
    public FilingRecord(Filing filing, AlgorithmRecord algorithm) {
        this.id = filing.id().value();
        this.company = algorithm.getCompany();
        this.algorithm = algorithm;
        this.role = filing.role();
        this.kind = filing.kind();
        this.previousFilingId = filing.previousFilingId() == null ? null : filing.previousFilingId().value();
        this.previousFilingNumber = filing.previousFilingNumber() == null ? null
                : filing.previousFilingNumber().value();
        this.formVersion = filing.formVersion();
        apply(filing);
    }

    /** Copies the filing's changeable state; history only grows. */
    public final void apply(Filing filing) {
        this.status = filing.status();
        this.formVersion = filing.formVersion();
        this.dueDate = Deadlines.nextDue(filing, WorkingCalendar.official()).orElse(null);
        this.step3 = DomainJson.write(filing.step3());
        this.submittedOn = filing.submittedOn();
        this.filingNumber = filing.approval() == null ? null : filing.approval().filingNumber().value();
        this.approvedOn = filing.approval() == null ? null : filing.approval().approvedOn();
        this.cacReturnReason = filing.cacReturnReason();
        Cancellation cancellation = filing.cancellation();
        this.serviceEndedOn = filing.serviceEndsOn();
        this.changeEffectiveOn = filing.changeEffectiveOn();
        this.cancelledOn = cancellation == null ? null : cancellation.cancelledOn();
        this.cancellationReason = cancellation == null ? null : cancellation.reason();
        List<Transition> transitions = filing.history();
        for (int i = history.size(); i < transitions.size(); i++) {
            history.add(new TransitionEntry(transitions.get(i)));
        }
    }

    /** The domain filing, with its algorithm read from the algorithm record. */
    public Filing toDomain() {
        Algorithm domainAlgorithm = new Algorithm(new AlgorithmId(algorithm.getId()), algorithm.profile());
        return toDomain(domainAlgorithm);
    }

    /** The domain filing sharing an already loaded algorithm (both filings of a dual-role pair). */
    public Filing toDomain(Algorithm domainAlgorithm) {
        return Filing.restore(new FilingId(id), role, domainAlgorithm, kind,
                previousFilingId == null ? null : new FilingId(previousFilingId), formVersion,
                ParsedValues.read(step3, Step3.class), status, submittedOn,
                filingNumber == null ? null : new Approval(new FilingNumber(filingNumber), approvedOn),
                cacReturnReason,
                cancelledOn == null ? null : new Cancellation(serviceEndedOn, cancelledOn, cancellationReason),
                history.stream().map(TransitionEntry::toDomain).toList(), changeEffectiveOn,
                cancelledOn == null ? serviceEndedOn : null,
                previousFilingNumber == null ? null : new FilingNumber(previousFilingNumber));
    }

    /** Freezes the entity information once the filing is no longer editable; reopened drafts read the company again. */
    void keepEntitySnapshot(String entityProfileJson) {
        if (status.isEditable()) {
            this.entitySnapshot = null;
        }
        else if (entitySnapshot == null) {
            this.entitySnapshot = entityProfileJson;
        }
    }

    public String getEntitySnapshot() {
        return entitySnapshot;
    }

    public UUID getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public AlgorithmRecord getAlgorithm() {
        return algorithm;
    }

    public FilingRole getRole() {
        return role;
    }

    public FilingStatus getStatus() {
        return status;
    }

    public FilingKind getKind() {
        return kind;
    }

    /** The end of the service recorded before the cancellation (or the cancelled filing's); null if none. */
    public LocalDate getServiceEndedOn() {
        return serviceEndedOn;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** The due date as of the current algorithm (its launch date may have changed). */
    public LocalDate computeDueDate() {
        return Deadlines.nextDue(toDomain(), WorkingCalendar.official()).orElse(null);
    }

    public java.util.Set<String> getStartedSteps() {
        return startedSteps.isEmpty() ? java.util.Set.of()
                : java.util.Set.of(startedSteps.split(","));
    }

    public String getLastStep() {
        return lastStep;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public UUID getPreviousFilingId() {
        return previousFilingId;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    /** The number of the approved filing a change filing changes; null for a first filing. */
    public String getPreviousFilingNumber() {
        return previousFilingNumber;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    /** The day the cancellation was recorded (null unless cancelled). */
    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getTypedInput() {
        return typedInput;
    }

    public void setTypedInput(String typedInput) {
        this.typedInput = typedInput;
    }
}
