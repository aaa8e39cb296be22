package com.cacfiling.web.filing;

import java.time.LocalDate;
import java.util.UUID;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.dialect.type.PostgreSQLJsonPGObjectJsonType;
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

    /** Copied from the profile for lists, search and deadline queries. */
    @Column(nullable = false)
    private String name;

    private String algorithmType;

    private LocalDate launchDate;

    /**
     * The domain's AlgorithmProfile (Step 2 and the self-assessment content) as JSON; a json column, bound as json
     * (V93: PostgreSQL keeps the text as written instead of converting it to jsonb and back on every write and read).
     */
    @JdbcType(PostgreSQLJsonPGObjectJsonType.class)
    @Column(nullable = false, columnDefinition = "json")
    private String content;

    /** Values typed into this record's fields that are not valid yet (see the wizard's TypedInputs), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String typedInput = "{}";

    /**
     * The version of the algorithm's labelling checklist (0 before its first save), read with the row: the rules
     * read the checklist's content types, which change without a new version of the algorithm, so findings
     * remembered per stored version are keyed by it too (on every node, which a forgotten cache would not be).
     */
    @org.hibernate.annotations.Formula("(select coalesce(max(lc.version), 0) from labelling_checklist lc "
            + "where lc.algorithm_id = id)")
    private long labellingVersion;


    protected AlgorithmRecord() {
    }

    public AlgorithmRecord(UUID id, Company company, AlgorithmProfile profile) {
        this.id = id;
        this.company = company;
        update(profile);
    }

    public final void update(AlgorithmProfile profile) {
        String changedName = profile.name() == null ? "" : profile.name();
        // A rename is held to the creation limit; a name stored before the limit is kept as long as it is unchanged.
        if (changedName.length() > FilingService.MAX_ALGORITHM_NAME_LENGTH && !changedName.equals(name)) {
            throw new AlgorithmNameTooLongException();
        }
        this.name = changedName;
        this.algorithmType = profile.basics().algorithmType();
        this.launchDate = profile.basics().launchDate();
        this.content = DomainJson.write(profile);
    }

    public AlgorithmProfile profile() {
        return ParsedValues.read(content, AlgorithmProfile.class);
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

    public String getAlgorithmType() {
        return algorithmType;
    }

    public LocalDate getLaunchDate() {
        return launchDate;
    }

    public String getContent() {
        return content;
    }

    public String getTypedInput() {
        return typedInput;
    }

    public void setTypedInput(String typedInput) {
        this.typedInput = typedInput;
    }

    public long getLabellingVersion() {
        return labellingVersion;
    }
}
