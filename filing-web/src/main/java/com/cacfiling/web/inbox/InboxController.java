package com.cacfiling.web.inbox;

import java.util.UUID;

import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class InboxController {

    private final Inbox inbox;
    private final FieldNames fieldNames;

    InboxController(Inbox inbox, FieldNames fieldNames) {
        this.inbox = inbox;
        this.fieldNames = fieldNames;
    }

    @GetMapping("/inbox")
    String inbox(@CurrentUser PortalUser user, Model model, java.util.Locale locale) {
        java.util.List<Notification> shown = inbox.of(user.id());
        model.addAttribute("notifications", shown);
        model.addAttribute("arguments", inbox.arguments(shown, locale));
        java.util.Map<UUID, String> fields = new java.util.HashMap<>();
        for (Notification n : shown) {
            if (n.getFieldPath() != null) {
                fields.put(n.getId(), fieldNames.label(n.getFieldPath(), locale));
            }
        }
        model.addAttribute("fields", fields);
        return "inbox";
    }

    /** Opening a message marks it read (the header's count drops) and leads to what it is about. */
    @GetMapping("/inbox/{notificationId}")
    String open(@CurrentUser PortalUser user, @PathVariable UUID notificationId) {
        Notification opened = inbox.open(user.id(), notificationId).orElseThrow(NotFoundException::new);
        if (opened.getServiceId() != null) {
            return "redirect:/services/" + opened.getServiceId() + "/security-assessment";
        }
        if (opened.getModelFilingId() != null) {
            return "redirect:/model-filings/" + opened.getModelFilingId()
                    + ("inbox.editedByConsultant".equals(opened.getMessageKey()) ? "/history" : "/review");
        }
        if (opened.getFilingId() == null) {
            return "redirect:/inbox";
        }
        // A consultant's change is read in the filing's history, which shows what changed; a comment in its thread,
        // where it is answered, marked dealt with or resolved.
        return "redirect:/filings/" + opened.getFilingId()
                + ("inbox.editedByConsultant".equals(opened.getMessageKey()) ? "/history" : "/workflow")
                + (opened.getCommentId() != null ? "#c-" + opened.getCommentId() : "");
    }

    @PostMapping("/inbox/read")
    String markAllRead(@CurrentUser PortalUser user) {
        inbox.markAllRead(user.id());
        return "redirect:/inbox";
    }
}
