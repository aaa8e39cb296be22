package com.cacfiling.web.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the other side of a filing what happened: the company's officers, or its assigned consultants. */
@Service
public class Inbox {

    private final NotificationRepository notifications;
    private final UserAccountRepository users;
    private final Clock clock;
    private final MailNotifier mail;

    Inbox(NotificationRepository notifications, UserAccountRepository users, Clock clock, MailNotifier mail) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
        this.mail = mail;
    }

    /** Notifies everyone working on the company's filings except the actor. */
    @Transactional
    public void notifyCompany(UUID companyId, UUID filingId, UUID actorId, String messageKey, String argument) {
        for (UserAccount user : users.findWorkingOnCompany(companyId)) {
            if (!user.getId().equals(actorId) && user.isEnabled()) {
                notifications.save(new Notification(user.getId(), filingId, messageKey, argument, clock.instant()));
                mail.send(user, filingId, messageKey, argument);
            }
        }
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

    @Transactional(readOnly = true)
    public long unread(UUID userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional
    public void markAllRead(UUID userId) {
        notifications.markAllRead(userId);
    }

}
