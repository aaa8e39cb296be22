package com.cacfiling.web.token;

import java.util.UUID;

import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's profile: personal access tokens for the REST API, created and revoked here. */
@Controller
class ProfileController {

    private final ApiTokens tokens;

    ProfileController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(@CurrentUser PortalUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        return "profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("message", "token.nameRequired");
            return "redirect:/profile";
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), name));
        redirect.addFlashAttribute("message", "token.createdMessage");
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revokeToken(@CurrentUser PortalUser user, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(user.id(), tokenId);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/profile";
    }
}
