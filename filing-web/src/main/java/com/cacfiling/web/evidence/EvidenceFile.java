package com.cacfiling.web.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence item (screenshot or policy PDF), kept in the database with the filing. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID algorithmId;

    @Column(nullable = false)
    private String evidenceKey;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant createdAt;

    private String createdBy;

    protected EvidenceFile() {
    }

    EvidenceFile(UUID algorithmId, String evidenceKey, String fileName, String contentType, byte[] content,
            String sha256, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.algorithmId = algorithmId;
        this.evidenceKey = evidenceKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
