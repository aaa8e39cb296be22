package com.cacfiling.web.inbox;

import java.util.Locale;
import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Optional notification mails through the configured SMTP server ({@code spring.mail.*}); off unless
 * {@code filing.mail.enabled=true}. A failed mail is logged, never lost work: the inbox keeps the message.
 */
@Component
public class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    MailNotifier(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${filing.mail.enabled:false}") boolean enabled,
            @Value("${filing.mail.from:noreply@localhost}") String from,
            @Value("${filing.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Whether mails go out at all; when not, nobody needs their words. */
    public boolean sends() {
        return enabled && mailSender.getIfAvailable() != null;
    }

    /**
     * A mail in the recipient's language (the one they last chose, see UserLanguages).
     *
     * @param argument what the message names, as a function of the recipient's language
     */
    void send(UserAccount to, UUID filingId, String messageKey,
            java.util.function.Function<Locale, String> argument) {
        send(to, filingId, messageKey, argument, null);
    }

    /** With what the mover wrote (a return's reason) below the message, as typed. */
    void send(UserAccount to, UUID filingId, String messageKey,
            java.util.function.Function<Locale, String> argument, String detail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null || to.getEmail() == null) {
            return;
        }
        Locale locale = UserLanguages.of(to);
        String text = messages.getMessage(messageKey, new Object[] {argument.apply(locale)}, locale);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.getEmail());
        mail.setSubject(messages.getMessage("mail.subject",
                new Object[] {messages.getMessage("app.name", null, locale), text}, locale));
        mail.setText(text + (detail == null ? "" : "\n\n" + detail) + "\n\n" + baseUrl + (filingId == null ? "/inbox" : "/filings/" + filingId + "/workflow") + "\n");
        try {
            sender.send(mail);
        }
        catch (MailException failed) {
            log.warn("Notification mail to {} failed: {}", to.getUsername(), failed.getMessage());
        }
    }

    /** What became of an invitation's mail. */
    public enum InvitationMail {
        /** Mailed to the address given. */
        SENT,
        /** Not mailed: mails are off. */
        MAILS_OFF,
        /** Not mailed: no address was given. */
        NO_ADDRESS,
        /** The SMTP server refused it or could not be reached. */
        FAILED
    }

    /**
     * Mails an invitation's one-time link to the invitee, in the inviting administrator's language (the invitee has
     * chosen none yet). The link is the one the administrator is shown, so a mail that fails is never a lost
     * invitation.
     */
    public InvitationMail sendInvitation(String email, String displayName, String roleName, String link,
            Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            return InvitationMail.MAILS_OFF;
        }
        if (email == null || email.isBlank()) {
            return InvitationMail.NO_ADDRESS;
        }
        String portal = messages.getMessage("app.name", null, locale);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(messages.getMessage("mail.invite.subject", new Object[] {portal}, locale));
        mail.setText(messages.getMessage("mail.invite.text", new Object[] {displayName, roleName, portal, link},
                locale));
        try {
            sender.send(mail);
            return InvitationMail.SENT;
        }
        catch (MailException failed) {
            log.warn("Invitation mail to {} failed: {}", email, failed.getMessage());
            return InvitationMail.FAILED;
        }
    }
}
