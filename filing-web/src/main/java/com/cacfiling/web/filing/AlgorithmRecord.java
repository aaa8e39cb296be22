package com.cacfiling.web.filing;

import java.util.UUID;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An algorithm as stored: shared by both filings of a dual-role entity. */
@Entity
@Table(name = "algorithm")
public class AlgorithmRecord extends AuditedEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(nullable = false)
    private String name;

    /** The Step 2 content as the domain's JSON document. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String content;

    protected AlgorithmRecord() {
    }

    public AlgorithmRecord(Company company, String name, String content) {
        this.id = UUID.randomUUID();
        this.company = company;
        update(name, content);
    }

    public void update(String name, String content) {
        this.name = name;
        this.content = content;
    }

    public UUID getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }
}
