package com.cacfiling.web.inbox;

import com.cacfiling.web.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The inbox's unread count, for the header of every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCountAdvice {

    private final Inbox inbox;

    UnreadCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadCount")
    long unreadCount(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? inbox.unread(user.id()) : 0;
    }
}
