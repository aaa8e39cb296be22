package com.cacfiling.web.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of Step 1's uploads, kept in the database with the company (one current file per kind). */
@Entity
@Table(name = "entity_document")
public class EntityDocument {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityDocumentKind kind;

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

    protected EntityDocument() {
    }

    EntityDocument(UUID companyId, EntityDocumentKind kind, String fileName, String contentType, byte[] content,
            String sha256, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.companyId = companyId;
        this.kind = kind;
        replace(fileName, contentType, content, sha256, createdAt, createdBy);
    }

    /** A new upload of the same kind replaces the file. */
    void replace(String fileName, String contentType, byte[] content, String sha256, Instant createdAt,
            String createdBy) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public EntityDocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
