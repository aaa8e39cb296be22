package com.cacfiling.web.token;

import java.util.UUID;

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

    TokenAdminController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens/{tokenId}/revoke")
    String revoke(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revokeAny(tokenId);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/admin/tokens";
    }
}
