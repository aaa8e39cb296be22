package com.cacfiling.web.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FieldCommentRepository extends JpaRepository<FieldComment, UUID> {

    List<FieldComment> findByFilingIdOrderByCreatedAtAsc(UUID filingId);
}
