package com.cacfiling.web.user;

import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.PasswordPolicy;
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

    private final UserLanguages languages;

    InvitationController(Invitations invitations, PasswordPolicy passwordPolicy, ChangeLog changeLog,
            UserLanguages languages) {
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.changeLog = changeLog;
        this.languages = languages;
    }

    @GetMapping("/invite/{token}")
    Object initAcceptForm(@PathVariable String token, Model model, java.util.Locale locale) {
        java.util.Optional<Invitations.Invitee> invitee = invitations.invitee(token, locale);
        if (invitee.isEmpty()) {
            return unusable(token);
        }
        showInvited(invitee.get(), token, model);
        return "invite";
    }

    /**
     * Who is invited, and for what: the role and, for an officer, the company (found in a walk: the page named the
     * user name only).
     */
    private static void showInvited(Invitations.Invitee invitee, String token, Model model) {
        model.addAttribute("username", invitee.username());
        model.addAttribute("token", token);
        model.addAttribute("invitedRole", invitee.role().name());
        model.addAttribute("invitedCompany", invitee.companyName());
    }

    /**
     * A link that was used, revoked or has expired says which, and what to do (sign in, or ask for a new link); a
     * token that never was one is a page not found like any other.
     */
    private org.springframework.web.servlet.ModelAndView unusable(String token) {
        String reason = invitations.unusableBecause(token).orElseThrow(NotFoundException::new);
        org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("error",
                org.springframework.http.HttpStatus.GONE);
        page.addObject("titleKey", "invite.unusable." + reason + ".title");
        page.addObject("textKey", "invite.unusable." + reason + ".text");
        return page;
    }

    @PostMapping("/invite/{token}")
    Object processAcceptForm(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, java.util.Locale locale,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        java.util.Optional<UserAccount> pending = invitations.pending(token);
        if (pending.isEmpty()) {
            return unusable(token);
        }
        UserAccount account = pending.get();
        String error = passwordPolicy.violation(password, account.getUsername())
                .orElse(password.equals(confirmation) ? null : "password.mismatch");
        if (error != null) {
            showInvited(invitations.invitee(token, locale).orElseThrow(), token, model);
            model.addAttribute("error", error);
            return "invite";
        }
        if (invitations.accept(token, password)) {
            changeLog.record(AuditEvent.INVITATION_ACCEPTED, account.getCompany() == null ? null
                    : account.getCompany().getId(), account.getUsername(), null);
            // The language the invitation was accepted in is the new account's (found in a walk: one accepted in
            // English started in Chinese).
            languages.remember(account.getUsername(),
                    com.cacfiling.web.system.PortalLanguages.of(locale.toLanguageTag()));
        }
        // The sign-in form then holds the user name (found in a walk: it was to be typed again); in the session's
        // flash map, not the address.
        redirect.addFlashAttribute("invitedUsername", account.getUsername());
        return "redirect:/login?invited";
    }
}
