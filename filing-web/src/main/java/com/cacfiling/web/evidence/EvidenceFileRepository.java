package com.cacfiling.web.evidence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {

    Optional<EvidenceFile> findByAlgorithmIdAndEvidenceKey(UUID algorithmId, String evidenceKey);

    void deleteByAlgorithmIdAndEvidenceKey(UUID algorithmId, String evidenceKey);
}
