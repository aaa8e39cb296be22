package com.cacfiling.web.filing;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AlgorithmRecordRepository extends JpaRepository<AlgorithmRecord, UUID> {
}
