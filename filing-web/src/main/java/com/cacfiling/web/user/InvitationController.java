package com.cacfiling.web.user;

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

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
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
        if (password.length() < 10 || password.length() > 100 || !password.equals(confirmation)) {
            model.addAttribute("username", account.getUsername());
            model.addAttribute("token", token);
            model.addAttribute("error", "invite.passwordInvalid");
            return "invite";
        }
        invitations.accept(token, password);
        return "redirect:/login?invited";
    }
}
