package com.cacfiling.web.inbox;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    List<Notification> findTop100ByUserIdOrderByCreatedAtDesc(UUID userId);

    boolean existsByUserIdAndFilingIdAndMessageKeyAndReadAtIsNull(UUID userId, UUID filingId, String messageKey);

    boolean existsByUserIdAndServiceIdAndMessageKeyAndReadAtIsNull(UUID userId, UUID serviceId, String messageKey);

    boolean existsByUserIdAndModelFilingIdAndMessageKeyAndReadAtIsNull(UUID userId, UUID modelFilingId,
            String messageKey);

    @Modifying
    @Query("update Notification n set n.readAt = current_timestamp where n.userId = :userId and n.readAt is null")
    int markAllRead(UUID userId);
}
