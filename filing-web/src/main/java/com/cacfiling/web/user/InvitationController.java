package com.cacfiling.web.user;

import com.cacfiling.web.history.AuditEvent;
import com.cacfiling.web.history.ChangeLog;
import com.cacfiling.web.security.PasswordPolicy;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page behind an invitation link: the invited user chooses a password. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final PasswordPolicy passwordPolicy;
    private final ChangeLog changeLog;

    InvitationController(Invitations invitations, PasswordPolicy passwordPolicy, ChangeLog changeLog) {
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.changeLog = changeLog;
    }

    @GetMapping("/invite/{token}")
    String initAcceptForm(@PathVariable String token, Model model) {
        UserAccount account = invitations.pending(token).orElseThrow(NotFoundException::new);
        model.addAttribute("username", account.getUsername());
        model.addAttribute("token", token);
        return "invite";
    }

    @PostMapping("/invite/{token}")
    String processAcceptForm(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        UserAccount account = invitations.pending(token).orElseThrow(NotFoundException::new);
        String error = passwordPolicy.violation(password, account.getUsername())
                .orElse(password.equals(confirmation) ? null : "password.mismatch");
        if (error != null) {
            model.addAttribute("username", account.getUsername());
            model.addAttribute("token", token);
            model.addAttribute("error", error);
            return "invite";
        }
        if (invitations.accept(token, password)) {
            changeLog.record(AuditEvent.INVITATION_ACCEPTED, account.getCompany() == null ? null
                    : account.getCompany().getId(), account.getUsername(), null);
        }
        return "redirect:/login?invited";
    }
}
