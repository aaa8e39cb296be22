package com.cacfiling.web.modelfiling;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelFilingRepository extends JpaRepository<ModelFilingRecord, UUID> {

    @Query("""
            select f from ModelFilingRecord f join fetch f.company
            where f.company.id in :companyIds order by f.updatedAt desc""")
    List<ModelFilingRecord> findVisible(Collection<UUID> companyIds);

    /**
     * A consultant's filings, the assignments joined in the statement: a consultant with 1,000 clients would
     * otherwise bind 1,000 ids, and Hibernate translated such a statement anew on every dashboard.
     */
    @Query("""
            select f from ModelFilingRecord f join fetch f.company
            where f.company.id in (select c.id from UserAccount u join u.assignedCompanies c where u.id = :consultantId)
            order by f.updatedAt desc""")
    List<ModelFilingRecord> findAssignedTo(UUID consultantId);

    @Query("""
            select f from ModelFilingRecord f join fetch f.company
            where f.id = :id and f.company.id in :companyIds""")
    Optional<ModelFilingRecord> findVisible(UUID id, Collection<UUID> companyIds);

    /** Filings by id with their company, which says whether they are still edited (an archived one's are not). */
    @Query("select f from ModelFilingRecord f join fetch f.company where f.id in :ids")
    List<ModelFilingRecord> findAllWithCompany(Collection<UUID> ids);
}
