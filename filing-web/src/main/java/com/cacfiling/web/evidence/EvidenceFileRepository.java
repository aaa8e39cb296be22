package com.cacfiling.web.evidence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {

    Optional<EvidenceFile> findByAlgorithmIdAndEvidenceKey(UUID algorithmId, String evidenceKey);

    void deleteByAlgorithmIdAndEvidenceKey(UUID algorithmId, String evidenceKey);

    /** Every file of one algorithm, copied as they are to another (a change filing's copy of the algorithm). */
    @Modifying
    @Query(value = """
            insert into evidence_file (id, algorithm_id, evidence_key, file_name, content_type, size_bytes, sha256,
                                       content, created_at, created_by)
            select gen_random_uuid(), :to, evidence_key, file_name, content_type, size_bytes, sha256, content,
                   created_at, created_by
              from evidence_file where algorithm_id = :from""", nativeQuery = true)
    int copyAll(@Param("from") UUID from, @Param("to") UUID to);
}
