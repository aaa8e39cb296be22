package com.cacfiling.web.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.security.SignInAttackSuspected;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.context.event.EventListener;
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
    private final org.springframework.context.MessageSource messages;

    /** How long a user's unread count is remembered, at most, should another node write them a message. */
    static final java.time.Duration UNREAD_COUNT_FRESH = java.time.Duration.ofSeconds(15);

    private final com.github.benmanes.caffeine.cache.Cache<UUID, Long> unreadCounts =
            com.cacfiling.web.system.Caches.caffeine().expireAfterWrite(UNREAD_COUNT_FRESH).maximumSize(10_000)
                    .build();

    Inbox(NotificationRepository notifications, UserAccountRepository users, Clock clock, MailNotifier mail,
            JdbcTemplate jdbc, org.springframework.context.MessageSource messages) {
        this.messages = messages;
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
        return notifyCompany(companyId, filingId, actorId, messageKey, argument, null);
    }

    /** As above, with what the mover wrote (a return's reason), shown with the message and in its mail. */
    @Transactional
    public List<UserAccount> notifyCompany(UUID companyId, UUID filingId, UUID actorId, String messageKey,
            String argument, String detail) {
        return notifyCompany(companyId, filingId, actorId, messageKey, argument, detail, null);
    }

    /**
     * A message about a comment: with the comment's text as what the mover wrote, the field it is on and its thread,
     * which the message opens.
     */
    @Transactional
    public List<UserAccount> notifyCompanyOfComment(UUID companyId, UUID filingId, UUID actorId, String messageKey,
            String argument, String body, CommentRef comment) {
        return notifyCompany(companyId, filingId, actorId, messageKey, argument, body, comment);
    }

    /** The field a comment is on (its path in the form) and the thread it is in. */
    public record CommentRef(String fieldPath, UUID threadId) {
    }

    private List<UserAccount> notifyCompany(UUID companyId, UUID filingId, UUID actorId, String messageKey,
            String argument, String detail, CommentRef comment) {
        List<UserAccount> recipients = recipients(companyId, actorId);
        java.util.function.Function<java.util.Locale, String> inTheirLanguage = filingId == null || !mail.sends()
                ? locale -> argument : inLanguages(argument, filingId);
        for (UserAccount user : recipients) {
            Notification notification = new Notification(user.getId(), filingId, messageKey, argument,
                    clock.instant());
            // What the mover wrote reaches a consultant (outside the company) with ID numbers in it masked.
            notification.attachDetail(user.getRole() == com.cacfiling.web.user.UserRole.OFFICER ? detail
                    : com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(detail));
            if (comment != null) {
                notification.aboutComment(comment.fieldPath(), comment.threadId());
            }
            notifications.save(notification);
            mail.send(user, filingId, messageKey, inTheirLanguage, notification.getDetail());
        }
        countsChanged();
        return recipients;
    }

    /** Notifies everyone working on the company's filings except the actor of a move of a large-model filing. */
    @Transactional
    public List<UserAccount> notifyCompanyOfModelFiling(UUID companyId, UUID modelFilingId, UUID actorId,
            String messageKey, String argument) {
        List<UserAccount> recipients = recipients(companyId, actorId);
        for (UserAccount user : recipients) {
            notifications.save(Notification.aboutModelFiling(user.getId(), modelFilingId, messageKey, argument,
                    clock.instant()));
            mail.send(user, null, messageKey, locale -> argument);
        }
        countsChanged();
        return recipients;
    }

    /**
     * A consultant changed a client's filing: its officers are told, one message per filing until they read it (a
     * consultant's afternoon of saves is one message, not forty). In the inbox only, not by mail.
     */
    @EventListener
    @Transactional
    public void filingEditedByConsultant(com.cacfiling.web.filing.FilingEditedByConsultant edit) {
        boolean model = edit.modelFilingId() != null;
        String argument = model ? edit.name()
                : subject(new String[] {edit.name(), edit.role().name()}, java.util.Locale.SIMPLIFIED_CHINESE);
        for (UserAccount officer : recipients(edit.companyId(), edit.consultantId())) {
            if (officer.getRole() != com.cacfiling.web.user.UserRole.OFFICER || (model
                    ? notifications.existsByUserIdAndModelFilingIdAndMessageKeyAndReadAtIsNull(officer.getId(),
                            edit.modelFilingId(), EDITED_BY_CONSULTANT)
                    : notifications.existsByUserIdAndFilingIdAndMessageKeyAndReadAtIsNull(officer.getId(),
                            edit.filingId(), EDITED_BY_CONSULTANT))) {
                continue;
            }
            notifications.save(model
                    ? Notification.aboutModelFiling(officer.getId(), edit.modelFilingId(), EDITED_BY_CONSULTANT,
                            argument, clock.instant())
                    : new Notification(officer.getId(), edit.filingId(), EDITED_BY_CONSULTANT, argument,
                            clock.instant()));
            countsChanged();
        }
    }

    private static final String EDITED_BY_CONSULTANT = "inbox.editedByConsultant";
    static final String REPORT_EDITED_BY_CONSULTANT = "inbox.securityAssessmentEditedByConsultant";

    /** A consultant changed a service's report: as for a filing, one unread message per officer and service. */
    @EventListener
    @Transactional
    public void serviceReportEditedByConsultant(ServiceReportEditedByConsultant edit) {
        for (UserAccount officer : recipients(edit.companyId(), edit.consultantId())) {
            if (officer.getRole() == com.cacfiling.web.user.UserRole.OFFICER
                    && !notifications.existsByUserIdAndServiceIdAndMessageKeyAndReadAtIsNull(officer.getId(),
                            edit.serviceId(), REPORT_EDITED_BY_CONSULTANT)) {
                notifications.save(Notification.aboutService(officer.getId(), edit.serviceId(),
                        REPORT_EDITED_BY_CONSULTANT, edit.serviceName(), clock.instant()));
                countsChanged();
            }
        }
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
                    countsChanged();
                    return n;
                });
    }

    /** A message about the user's own account (no filing), e.g. that someone is trying its password. */
    @Transactional
    public void notifyUser(UUID userId, String messageKey, String argument) {
        users.findById(userId).filter(UserAccount::isEnabled).ifPresent(user -> {
            notifications.save(new Notification(user.getId(), null, messageKey, argument, clock.instant()));
            mail.send(user, null, messageKey, locale -> argument);
            countsChanged();
        });
    }

    /** Someone is guessing a user's password: the user and every administrator are told. */
    @EventListener
    @Transactional
    void signInAttackSuspected(SignInAttackSuspected attack) {
        // An administrator's own account: the administrators' message names it; the user's would tell them to tell
        // an administrator.
        boolean administrator = users.findById(attack.userId())
                .filter(user -> user.getRole() == com.cacfiling.web.user.UserRole.ADMIN).isPresent();
        if (!administrator) {
            notifyUser(attack.userId(), "notice.signInAttack.user", null);
        }
        notifyAdministrators("notice.signInAttack.admin", attack.username());
    }

    /** A message to every active administrator. */
    @Transactional
    public void notifyAdministrators(String messageKey, String argument) {
        for (UserAccount admin : users.findByRoleOrderByUsername(com.cacfiling.web.user.UserRole.ADMIN)) {
            if (admin.isEnabled()) {
                notifications.save(new Notification(admin.getId(), null, messageKey, argument, clock.instant()));
                mail.send(admin, null, messageKey, locale -> argument);
            }
        }
        countsChanged();
    }

    /** Messages about the filings of companies the user no longer works on are removed (see {@link CompaniesLeft}). */
    @EventListener
    @Transactional
    void companiesLeft(com.cacfiling.web.user.CompaniesLeft left) {
        UUID[] companies = left.companyIds().toArray(new UUID[0]);
        jdbc.update("delete from notification where user_id = ? and (filing_id in (select id from filing where"
                + " company_id = any(?)) or model_filing_id in (select id from model_filing where company_id = any(?))"
                + " or service_id in (select id from service where company_id = any(?)))",
                left.userId(), companies, companies, companies);
        countsChanged();
    }

    @Transactional(readOnly = true)
    public List<Notification> of(UUID userId) {
        return notifications.findTop100ByUserIdOrderByCreatedAtDesc(userId);
    }

    /**
     * What each message names, in the reader's language: a message is stored once and names its filing as submitted
     * to the CAC, in Chinese (灵犀对话生成算法（服务提供者）); an English reader reads the role in English. A filing since
     * renamed or gone keeps the name the message was written with.
     */
    public java.util.Map<UUID, String> arguments(List<Notification> shown, java.util.Locale locale) {
        List<UUID> filingIds = shown.stream().map(Notification::getFilingId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        java.util.Map<UUID, String[]> nameAndRole = new java.util.HashMap<>();
        if (!filingIds.isEmpty()) {
            jdbc.query("select f.id, a.name, f.role from filing f join algorithm a on a.id = f.algorithm_id "
                    + "where f.id = any(?)", rs -> {
                        nameAndRole.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)});
                    }, (Object) filingIds.toArray(new UUID[0]));
        }
        java.util.Map<UUID, String> arguments = new java.util.HashMap<>();
        for (Notification n : shown) {
            String[] filing = n.getFilingId() == null ? null : nameAndRole.get(n.getFilingId());
            arguments.put(n.getId(), inLanguage(n.getArgument(), filing, locale));
        }
        return arguments;
    }

    /**
     * What a new message about the filing names, for each recipient's language: as written for Chinese readers; for
     * the others the filing is read, once, when the first of them is written to.
     */
    private java.util.function.Function<java.util.Locale, String> inLanguages(String argument, UUID filingId) {
        String[][] filing = new String[1][];
        return locale -> {
            if (locale.getLanguage().equals(java.util.Locale.SIMPLIFIED_CHINESE.getLanguage())) {
                return argument;
            }
            if (filing[0] == null) {
                filing[0] = jdbc.query("select a.name, f.role from filing f join algorithm a on a.id = f.algorithm_id "
                        + "where f.id = ?", rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2)}
                                : new String[0], filingId);
            }
            return inLanguage(argument, filing[0].length == 0 ? null : filing[0], locale);
        };
    }

    /** The argument as written (in Chinese), or, when it names the filing as submitted, that name in the language. */
    private String inLanguage(String argument, String[] nameAndRole, java.util.Locale locale) {
        if (nameAndRole != null && argument != null
                && argument.equals(subject(nameAndRole, java.util.Locale.SIMPLIFIED_CHINESE))) {
            return subject(nameAndRole, locale);
        }
        return argument;
    }

    /** As the review's WorkflowOutcomes.subject names a filing (which this package cannot call: review uses it). */
    private String subject(String[] nameAndRole, java.util.Locale locale) {
        return messages.getMessage("filing.subject", new Object[] {nameAndRole[0],
                messages.getMessage("role." + nameAndRole[1], null, nameAndRole[1], locale)}, locale);
    }

    /**
     * The unread count in every page's header: one statement in autocommit (the partial index on unread rows), not a
     * read-only JPA transaction around Spring Data's and Hibernate's query machinery, which was 4 % of a wizard page.
     */
    public long unread(UUID userId) {
        return unreadCounts.get(userId, this::countUnread);
    }

    private long countUnread(UUID userId) {
        Long count = jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
                Long.class, userId);
        return count == null ? 0 : count;
    }

    @Transactional
    public void markAllRead(UUID userId) {
        notifications.markAllRead(userId);
        countsChanged();
    }

    /**
     * The counts are remembered for {@link #UNREAD_COUNT_FRESH}: the count was a round trip to PostgreSQL on every page
     * (2 % of a save's round trip, docs/performance.md, thirty-seventh round). A message written or read here is
     * counted at once (every count is forgotten, now and again when the change commits, so that no page counting
     * meanwhile keeps the count from before it); one written by another node of the portal shows within that time.
     */
    private void countsChanged() {
        unreadCounts.invalidateAll();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            unreadCounts.invalidateAll();
                        }
                    });
        }
    }

}
