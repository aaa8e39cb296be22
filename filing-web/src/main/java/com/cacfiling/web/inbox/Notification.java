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

    @Column(nullable = false)
    private String messageKey;

    private String argument;

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
