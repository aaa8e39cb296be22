package com.cacfiling.web.filing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FilingRecordRepository extends JpaRepository<FilingRecord, UUID> {

    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company
            where f.company.id in :companyIds order by f.updatedAt desc""")
    List<FilingRecord> findVisible(Collection<UUID> companyIds);

    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company
            where f.id = :id and f.company.id in :companyIds""")
    Optional<FilingRecord> findVisible(UUID id, Collection<UUID> companyIds);

    List<FilingRecord> findByAlgorithmId(UUID algorithmId);

    /** Remembers where the wizard was left, without counting as an edit of the filing. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update FilingRecord f set f.lastStep = :step where f.id = :id")
    void rememberStep(UUID id, String step);
}
