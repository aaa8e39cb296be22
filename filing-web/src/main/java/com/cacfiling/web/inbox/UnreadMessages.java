package com.cacfiling.web.inbox;

import com.cacfiling.web.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The inbox's unread count in the header of every page, asked for by the layout as it renders
 * ({@code ${@unreadMessages.of(#authentication)}}): counted only for a page that is shown, not for a save that
 * redirects or a download.
 */
@Component("unreadMessages")
public class UnreadMessages {

    private final Inbox inbox;

    UnreadMessages(Inbox inbox) {
        this.inbox = inbox;
    }

    public long of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? inbox.unread(user.id()) : 0;
    }
}
