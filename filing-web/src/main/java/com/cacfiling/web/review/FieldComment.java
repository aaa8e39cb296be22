package com.cacfiling.web.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reviewer's or officer's comment on one field of a filing; replies point to the first comment. */
@Entity
@Table(name = "field_comment")
public class FieldComment {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID filingId;

    /** The dossier path of the field, as findings use it (e.g. algorithm.details.introduction). */
    @Column(nullable = false)
    private String fieldPath;

    private UUID parentId;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    private boolean resolved;

    private String resolvedBy;

    private Instant resolvedAt;

    /** Who said the comment is dealt with (an officer); it stays open until the consultant confirms. */
    private String addressedBy;

    private Instant addressedAt;

    @Column(nullable = false)
    private Instant createdAt;

    protected FieldComment() {
    }

    FieldComment(UUID filingId, String fieldPath, UUID parentId, String author, String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.filingId = filingId;
        this.fieldPath = fieldPath;
        this.parentId = parentId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    void resolve(String by, Instant at) {
        resolved = true;
        resolvedBy = by;
        resolvedAt = at;
    }

    /** The row the comment was made on moved (or went, and the comment is the table's now). */
    void moveTo(String path) {
        this.fieldPath = path;
    }

    void reopen() {
        resolved = false;
        resolvedBy = null;
        resolvedAt = null;
        addressedBy = null;
        addressedAt = null;
    }

    void markAddressed(String by, Instant at) {
        addressedBy = by;
        addressedAt = at;
    }

    /** Dealt with according to the officer, awaiting the consultant's confirmation. */
    public boolean isAddressed() {
        return !resolved && addressedBy != null;
    }

    /** Still waiting for the company: neither resolved nor marked addressed. */
    public boolean isAwaitingCompany() {
        return !resolved && addressedBy == null;
    }

    public String getAddressedBy() {
        return addressedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getFilingId() {
        return filingId;
    }

    public String getFieldPath() {
        return fieldPath;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isResolved() {
        return resolved;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
