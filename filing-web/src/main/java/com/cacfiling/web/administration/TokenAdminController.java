package com.cacfiling.web.administration;

import java.util.UUID;

import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiToken;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see every personal access token and revoke any of them. */
@Controller
class TokenAdminController {

    private final ApiTokens tokens;
    private final ChangeLog changeLog;
    private final UserAccountRepository users;
    private final com.cacfiling.web.inbox.Inbox inbox;

    TokenAdminController(ApiTokens tokens, ChangeLog changeLog, UserAccountRepository users,
            com.cacfiling.web.inbox.Inbox inbox) {
        this.users = users;
        this.inbox = inbox;
        this.tokens = tokens;
        this.changeLog = changeLog;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        java.util.List<ApiToken> all = tokens.all();
        // Whose each token is: the administrator revokes a person's integration, not a prefix.
        java.util.Map<UUID, String> owners = new java.util.HashMap<>();
        users.findAllById(all.stream().map(ApiToken::getUserId).distinct().toList())
                .forEach(owner -> owners.put(owner.getId(), owner.getDisplayName() + " (" + owner.getUsername() + ")"));
        model.addAttribute("tokens", all);
        model.addAttribute("owners", owners);
        model.addAttribute("now", tokens.now());
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens/{tokenId}/revoke")
    String revoke(@CurrentUser PortalUser admin, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        ApiToken revoked = tokens.revokeAny(tokenId);
        String owner = users.findById(revoked.getUserId()).map(UserAccount::getUsername).orElse("");
        changeLog.record(AuditEvent.TOKEN_REVOKED, null, admin.getUsername(), revoked.getName() + " · " + owner);
        // The owner hears of it (found in a walk: their script just began to fail with 401); not when it was their own.
        if (!revoked.getUserId().equals(admin.id())) {
            inbox.notifyUser(revoked.getUserId(), "notice.tokenRevokedByAdmin", revoked.getName());
        }
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/admin/tokens";
    }
}
