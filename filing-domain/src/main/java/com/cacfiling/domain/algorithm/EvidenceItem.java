package com.cacfiling.domain.algorithm;

/**
 * Metadata of an evidence file (a screenshot or a policy document); the bytes are stored by the application and
 * identified by {@code sha256}.
 */
public record EvidenceItem(String id, String title, EvidenceKind kind, String fileName, String contentType,
        Long sizeBytes, String sha256) {
}
