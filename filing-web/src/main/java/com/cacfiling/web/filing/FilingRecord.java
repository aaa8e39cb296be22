package com.cacfiling.web.filing;

import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
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

/** A filing of an algorithm in one role, as stored. */
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

    /** The role-specific content (Step 3, lifecycle history) as the domain's JSON document. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String content;

    protected FilingRecord() {
    }

    public FilingRecord(AlgorithmRecord algorithm, FilingRole role, String content) {
        this.id = UUID.randomUUID();
        this.company = algorithm.getCompany();
        this.algorithm = algorithm;
        this.role = role;
        this.status = FilingStatus.DRAFT;
        this.content = content;
    }

    public void update(FilingStatus status, String content) {
        this.status = status;
        this.content = content;
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

    public String getContent() {
        return content;
    }
}
