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

    @Query("""
            select f from ModelFilingRecord f join fetch f.company
            where f.id = :id and f.company.id in :companyIds""")
    Optional<ModelFilingRecord> findVisible(UUID id, Collection<UUID> companyIds);
}
