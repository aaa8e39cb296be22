package com.cacfiling.web.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the other side of a filing what happened: the company's officers, or its assigned consultants. */
@Service
public class Inbox {

    private final NotificationRepository notifications;
    private final UserAccountRepository users;
    private final Clock clock;
    private final MailNotifier mail;
    private final JdbcTemplate jdbc;

    Inbox(NotificationRepository notifications, UserAccountRepository users, Clock clock, MailNotifier mail,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
        this.mail = mail;
    }

    /** Notifies everyone working on the company's filings except the actor; returns whom, to tell the actor. */
    @Transactional
    public List<UserAccount> notifyCompany(UUID companyId, UUID filingId, UUID actorId, String messageKey,
            String argument) {
        List<UserAccount> recipients = recipients(companyId, actorId);
        for (UserAccount user : recipients) {
            notifications.save(new Notification(user.getId(), filingId, messageKey, argument, clock.instant()));
            mail.send(user, filingId, messageKey, argument);
        }
        return recipients;
    }

    /** Who a move on the company's filings by the actor would notify: everyone else working on them. */
    @Transactional(readOnly = true)
    public List<UserAccount> recipients(UUID companyId, UUID actorId) {
        return users.findWorkingOnCompany(companyId).stream()
                .filter(user -> !user.getId().equals(actorId) && user.isEnabled()).toList();
    }

    /** Opens one of the user's messages: it counts as read from now on. Empty for another user's message. */
    @Transactional
    public java.util.Optional<Notification> open(UUID userId, UUID notificationId) {
        return notifications.findById(notificationId).filter(n -> n.getUserId().equals(userId))
                .map(n -> {
                    n.markRead(clock.instant());
                    return n;
                });
    }

    /** A message about the user's own account (no filing), e.g. that someone is trying its password. */
    @Transactional
    public void notifyUser(UUID userId, String messageKey, String argument) {
        users.findById(userId).filter(UserAccount::isEnabled).ifPresent(user -> {
            notifications.save(new Notification(user.getId(), null, messageKey, argument, clock.instant()));
            mail.send(user, null, messageKey, argument);
        });
    }

    /** A message to every active administrator. */
    @Transactional
    public void notifyAdministrators(String messageKey, String argument) {
        for (UserAccount admin : users.findByRoleOrderByUsername(com.cacfiling.web.user.UserRole.ADMIN)) {
            if (admin.isEnabled()) {
                notifications.save(new Notification(admin.getId(), null, messageKey, argument, clock.instant()));
                mail.send(admin, null, messageKey, argument);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> of(UUID userId) {
        return notifications.findTop100ByUserIdOrderByCreatedAtDesc(userId);
    }

    /**
     * The unread count in every page's header: one statement in autocommit (the partial index on unread rows), not a
     * read-only JPA transaction around Spring Data's and Hibernate's query machinery, which was 4 % of a wizard page.
     */
    public long unread(UUID userId) {
        Long count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Long.class, userId);
        return count == null ? 0 : count;
    }

    @Transactional
    public void markAllRead(UUID userId) {
        notifications.markAllRead(userId);
    }

}
