package com.cacfiling.web.inbox;

import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@CurrentUser PortalUser user, Model model) {
        model.addAttribute("notifications", inbox.of(user.id()));
        return "inbox";
    }

    @PostMapping("/inbox/read")
    String markAllRead(@CurrentUser PortalUser user) {
        inbox.markAllRead(user.id());
        return "redirect:/inbox";
    }
}
