package com.cacfiling.web.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntityDocumentRepository extends JpaRepository<EntityDocument, UUID> {

    Optional<EntityDocument> findByCompanyIdAndKind(UUID companyId, EntityDocumentKind kind);

    List<EntityDocument> findByCompanyIdOrderByKind(UUID companyId);

    /** What a filing's company has uploaded, without the files: kind, file name and SHA-256. */
    @Query("""
            select d.kind, d.fileName, d.sha256 from EntityDocument d
            where d.companyId = (select f.company.id from FilingRecord f where f.id = :filingId) order by d.kind""")
    List<Object[]> describeForFiling(UUID filingId);

    @Query("""
            select d from EntityDocument d
            where d.companyId = (select f.company.id from FilingRecord f where f.id = :filingId) order by d.kind""")
    List<EntityDocument> findForFiling(UUID filingId);
}
