package com.cacfiling.web.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message in a user's portal inbox: a move of a filing the user works on. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID userId;

    private UUID filingId;

    /** The large-model filing the message is about (instead of an algorithm filing). */
    private UUID modelFilingId;

    /** The service whose report the message is about (instead of a filing). */
    private UUID serviceId;

    @Column(nullable = false)
    private String messageKey;

    private String argument;

    /** The field a message about a comment is on, as the comment's path; null for other messages. */
    private String fieldPath;

    /** The thread a message about a comment is in, to open it there; null for other messages. */
    private UUID commentId;

    /** What the mover wrote with the move (a return's reason), as typed; null for most moves. */
    private String detail;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID userId, UUID filingId, String messageKey, String argument, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.filingId = filingId;
        this.messageKey = messageKey;
        this.argument = argument;
        this.createdAt = createdAt;
    }

    /** A message about a large-model filing. */
    static Notification aboutModelFiling(UUID userId, UUID modelFilingId, String messageKey, String argument,
            Instant createdAt) {
        Notification notification = new Notification(userId, null, messageKey, argument, createdAt);
        notification.modelFilingId = modelFilingId;
        return notification;
    }

    /** A message about a service's report. */
    static Notification aboutService(UUID userId, UUID serviceId, String messageKey, String argument,
            Instant createdAt) {
        Notification notification = new Notification(userId, null, messageKey, argument, createdAt);
        notification.serviceId = serviceId;
        return notification;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public UUID getModelFilingId() {
        return modelFilingId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getFilingId() {
        return filingId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getDetail() {
        return detail;
    }

    public String getFieldPath() {
        return fieldPath;
    }

    public UUID getCommentId() {
        return commentId;
    }

    void aboutComment(String fieldPath, UUID commentId) {
        this.fieldPath = fieldPath;
        this.commentId = commentId;
    }

    void attachDetail(String detail) {
        String stripped = detail == null || detail.isBlank() ? null : detail.strip();
        // The column's length; a reason is limited well below it where it is typed.
        this.detail = stripped == null || stripped.length() <= 4000 ? stripped : stripped.substring(0, 4000);
    }

    public String getArgument() {
        return argument;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
