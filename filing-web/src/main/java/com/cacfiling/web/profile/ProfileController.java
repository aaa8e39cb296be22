package com.cacfiling.web.profile;

import java.util.UUID;

import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.security.UserSessions;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.token.ApiToken;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.PasswordPolicy;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's profile: their password, and personal access tokens for the REST API, created and revoked here. */
@Controller
class ProfileController {

    private final ApiTokens tokens;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final ChangeLog changeLog;
    private final com.cacfiling.web.user.UserZones userZones;
    private final com.cacfiling.web.user.UserLanguages userLanguages;
    private final org.springframework.web.servlet.LocaleResolver localeResolver;

    ProfileController(ApiTokens tokens, UserAccountRepository users, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, UserSessions sessions, ChangeLog changeLog,
            com.cacfiling.web.user.UserZones userZones, com.cacfiling.web.user.UserLanguages userLanguages,
            org.springframework.web.servlet.LocaleResolver localeResolver) {
        this.userLanguages = userLanguages;
        this.localeResolver = localeResolver;
        this.tokens = tokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.changeLog = changeLog;
        this.userZones = userZones;
    }

    @GetMapping("/profile")
    String profile(@CurrentUser PortalUser user, HttpSession session, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("now", tokens.now());
        model.addAttribute("tokenAccesses", com.cacfiling.web.token.TokenAccess.values());
        model.addAttribute("tokenLifetimes", com.cacfiling.web.token.TokenLifetime.values());
        // A new token reads only and lives 90 days unless its maker chooses more: the least that serves most scripts.
        if (!model.containsAttribute("tokenAccess")) {
            model.addAttribute("tokenAccess", com.cacfiling.web.token.TokenAccess.READ);
        }
        if (!model.containsAttribute("tokenLifetime")) {
            model.addAttribute("tokenLifetime", com.cacfiling.web.token.TokenLifetime.DAYS_90);
        }
        model.addAttribute("passwordChangeRequired",
                com.cacfiling.web.security.PasswordChangeRequired.isRequired(session));
        model.addAttribute("zones", com.cacfiling.web.user.UserZones.OFFERED);
        return "profile";
    }

    /** The zone this user reads times in; only the offered zones are taken. */
    @PostMapping("/profile/zone")
    @org.springframework.transaction.annotation.Transactional
    String changeZone(@CurrentUser PortalUser user, @org.springframework.web.bind.annotation.RequestParam String zone,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (zone.equals(userZones.of(user.getUsername()).getId())) {
            redirect.addFlashAttribute("message", "profile.unchanged");
        }
        else if (com.cacfiling.web.user.UserZones.OFFERED.contains(zone)) {
            users.findById(user.id()).ifPresent(account -> account.setTimeZone(zone));
            userZones.forget(user.getUsername());
            redirect.addFlashAttribute("message", "profile.zone.changed");
        }
        return "redirect:/profile";
    }

    /** The language of the portal's pages in this browser and of the user's mails; only the portal's two are taken. */
    @PostMapping("/profile/language")
    String changeLanguage(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String language,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            RedirectAttributes redirect) {
        com.cacfiling.web.system.PortalLanguages.chosen(language).ifPresent(chosen -> {
            boolean same = chosen.getLanguage().equals(localeResolver.resolveLocale(request).getLanguage());
            userLanguages.remember(user.getUsername(), chosen);
            localeResolver.setLocale(request, response, chosen);
            redirect.addFlashAttribute("message", same ? "profile.unchanged" : "profile.language.changed");
        });
        return "redirect:/profile";
    }

    /** Needs the current password; the user's other sessions end, this one stays. */
    @PostMapping("/profile/password")
    @Transactional
    String changePassword(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            HttpSession session, Model model, RedirectAttributes redirect) {
        UserAccount account = users.findById(user.id()).orElseThrow(NotFoundException::new);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            model.addAttribute("currentPasswordError", "password.currentWrong");
            return profile(user, session, model);
        }
        String violation = passwordPolicy.violation(newPassword, account.getUsername())
                .orElse(newPassword.equals(currentPassword) ? "password.sameAsCurrent" : null);
        if (violation != null) {
            model.addAttribute("newPasswordError", violation);
            return profile(user, session, model);
        }
        if (!newPassword.equals(confirmation)) {
            model.addAttribute("confirmationError", "password.mismatch");
            return profile(user, session, model);
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        boolean required = com.cacfiling.web.security.PasswordChangeRequired.isRequired(session);
        com.cacfiling.web.security.PasswordChangeRequired.done(session);
        sessions.expire(account.getId(), session.getId());
        changeLog.record(AuditEvent.PASSWORD_CHANGED, null, account.getUsername(), null);
        redirect.addFlashAttribute("message", "password.changed");
        // The change the sign-in asked for done, on to the work it stood before (found in a walk: a first-day user
        // was left on the profile with no way on).
        return "redirect:" + (required ? user.startPage() : "/profile");
    }

    /** A name refused shows the form again with the error by the field and the choices as made. */
    @PostMapping("/profile/tokens")
    String createToken(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "READ") com.cacfiling.web.token.TokenAccess access,
            @RequestParam(defaultValue = "DAYS_90") com.cacfiling.web.token.TokenLifetime lifetime,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (name.isBlank() || name.strip().length() > 100) {
            model.addAttribute("tokenNameError", "token.nameRequired");
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenAccess", access);
            model.addAttribute("tokenLifetime", lifetime);
            return profile(user, session, model);
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), name, access, lifetime));
        changeLog.record(AuditEvent.TOKEN_CREATED, null, user.getUsername(), name.strip());
        redirect.addFlashAttribute("message", "token.createdMessage");
        // The token is shown once, in its card further down: the page opens there (a walk found it below the fold).
        return "redirect:/profile#new-token";
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revokeToken(@CurrentUser PortalUser user, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        ApiToken revoked = tokens.revoke(user.id(), tokenId);
        changeLog.record(AuditEvent.TOKEN_REVOKED, null, user.getUsername(), revoked.getName() + " · "
                + user.getUsername());
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/profile";
    }
}
