package com.cacfiling.web.token;

import java.util.UUID;

import com.cacfiling.web.history.AuditEvent;
import com.cacfiling.web.history.ChangeLog;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
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

    TokenAdminController(ApiTokens tokens, ChangeLog changeLog) {
        this.tokens = tokens;
        this.changeLog = changeLog;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens/{tokenId}/revoke")
    String revoke(@CurrentUser PortalUser admin, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revokeAny(tokenId);
        changeLog.record(AuditEvent.TOKEN_REVOKED, null, admin.getUsername(), tokenId.toString());
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/admin/tokens";
    }
}
