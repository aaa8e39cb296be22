package com.cacfiling.web.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntityDocumentRepository extends JpaRepository<EntityDocument, UUID> {

    Optional<EntityDocument> findByCompanyIdAndKind(UUID companyId, EntityDocumentKind kind);

    List<EntityDocument> findByCompanyIdOrderByKind(UUID companyId);
}
