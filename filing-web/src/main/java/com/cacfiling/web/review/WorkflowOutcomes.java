package com.cacfiling.web.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.user.UserAccount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Words for a filing and for the people a move reaches, shared by the confirmation page and the outcome line. */
@Component
public class WorkflowOutcomes {

    private final MessageSource messages;

    WorkflowOutcomes(MessageSource messages) {
        this.messages = messages;
    }

    /** The filing as people name it: the algorithm and, since a dual-role pair has two, the role. */
    public String subject(FilingRecord filing, Locale locale) {
        return messages.getMessage("filing.subject", new Object[] {filing.getAlgorithm().getName(),
                messages.getMessage("role." + filing.getRole(), null, locale)}, locale);
    }

    /**
     * The filing as inbox messages and mails name it. A message is stored once for readers of either language, so
     * it names the filing as submitted to the CAC: in Chinese, e.g. 灵犀对话生成算法（服务提供者）.
     */
    public String inMessages(FilingRecord filing) {
        return subject(filing, Locale.SIMPLIFIED_CHINESE);
    }

    /** "Name (role), Name (role)" of the people notified, or empty. */
    public String people(List<UserAccount> users, Locale locale) {
        return users.stream().map(user -> messages.getMessage("people.person", new Object[] {name(user),
                messages.getMessage("userRoleInSentence." + user.getRole(), null, locale)}, locale))
                .collect(Collectors.joining(messages.getMessage("people.separator", null, locale)));
    }

    /** After a move: what happened to which filing and who was told (shown once on the next page). */
    public void tell(RedirectAttributes redirect, String action, FilingRecord filing, List<UserAccount> notified,
            Locale locale) {
        tell(redirect, action, subject(filing, locale), notified, locale);
    }

    /** As above, of a filing named already (a large-model filing or registration names itself). */
    public void tell(RedirectAttributes redirect, String action, String subject, List<UserAccount> notified,
            Locale locale) {
        redirect.addFlashAttribute("outcome", "outcome." + action);
        redirect.addFlashAttribute("outcomeSubject", subject);
        redirect.addFlashAttribute("outcomeNotified", people(notified, locale));
    }

    private static String name(UserAccount user) {
        return user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername()
                : user.getDisplayName();
    }
}
