package com.cacfiling.web.user;

import java.util.UUID;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccountRepository users;
    private final CompanyRepository companies;
    private final PasswordEncoder passwordEncoder;
    private final Invitations invitations;

    UserAdminController(UserAccountRepository users, CompanyRepository companies, PasswordEncoder passwordEncoder,
            Invitations invitations) {
        this.users = users;
        this.companies = companies;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
    }

    /** Invites a user: the account stays inactive until its one-time link (valid 7 days) sets a password. */
    @PostMapping("/invite")
    @Transactional
    String invite(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) UserRole role, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) String email, RedirectAttributes redirect) {
        Company company = companyId == null ? null : companies.findById(companyId).orElse(null);
        if (!username.matches("[A-Za-z0-9._@-]{1,100}") || displayName.isBlank() || role == null
                || users.existsByUsernameIgnoreCase(username) || role == UserRole.OFFICER && company == null) {
            redirect.addFlashAttribute("message", "invite.invalid");
            return "redirect:/admin/users";
        }
        String hash = invitations.unusablePasswordHash();
        UserAccount account = switch (role) {
            case ADMIN -> UserAccount.admin(username, hash, displayName);
            case CONSULTANT -> UserAccount.consultant(username, hash, displayName);
            case OFFICER -> UserAccount.officer(username, hash, displayName, company);
        };
        account.changeEmail(email);
        String token = invitations.invite(account);
        redirect.addFlashAttribute("message", "invite.created");
        redirect.addFlashAttribute("inviteLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().path("/invite/{token}").buildAndExpand(token).toUriString());
        return "redirect:/admin/users";
    }

    @GetMapping
    @Transactional(readOnly = true)
    String initCreationForm(Model model) {
        model.addAttribute("form", new NewUserFormData());
        return listView(model);
    }

    @PostMapping
    @Transactional
    String processCreationForm(@Valid @ModelAttribute("form") NewUserFormData form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && users.existsByUsernameIgnoreCase(form.getUsername())) {
            result.rejectValue("username", "user.username.duplicate");
        }
        Company company = null;
        if (form.getRole() == UserRole.OFFICER) {
            company = form.getCompanyId() == null ? null : companies.findById(form.getCompanyId()).orElse(null);
            if (company == null) {
                result.rejectValue("companyId", "user.company.required");
            }
        }
        if (result.hasErrors()) {
            return listView(model);
        }
        String hash = passwordEncoder.encode(form.getPassword());
        UserAccount account = switch (form.getRole()) {
            case ADMIN -> UserAccount.admin(form.getUsername(), hash, form.getDisplayName());
            case CONSULTANT -> UserAccount.consultant(form.getUsername(), hash, form.getDisplayName());
            case OFFICER -> UserAccount.officer(form.getUsername(), hash, form.getDisplayName(), company);
        };
        users.save(account);
        redirect.addFlashAttribute("message", "user.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/assignments")
    @Transactional
    String assign(@PathVariable UUID userId, @RequestParam UUID companyId, RedirectAttributes redirect) {
        UserAccount consultant = users.findById(userId)
                .filter(user -> user.getRole() == UserRole.CONSULTANT)
                .orElseThrow(NotFoundException::new);
        consultant.assign(companies.findById(companyId).orElseThrow(NotFoundException::new));
        redirect.addFlashAttribute("message", "user.assigned");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/assignments/{companyId}/delete")
    @Transactional
    String unassign(@PathVariable UUID userId, @PathVariable UUID companyId, RedirectAttributes redirect) {
        UserAccount consultant = users.findById(userId)
                .filter(user -> user.getRole() == UserRole.CONSULTANT)
                .orElseThrow(NotFoundException::new);
        consultant.unassign(companies.findById(companyId).orElseThrow(NotFoundException::new));
        redirect.addFlashAttribute("message", "user.unassigned");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/deactivate")
    @Transactional
    String deactivate(@PathVariable UUID userId, RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        if (account.getRole() == UserRole.ADMIN && users.countByRoleAndEnabledTrue(UserRole.ADMIN) <= 1) {
            redirect.addFlashAttribute("message", "user.lastAdmin");
            return "redirect:/admin/users";
        }
        account.deactivate();
        redirect.addFlashAttribute("message", "user.deactivated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/activate")
    @Transactional
    String activate(@PathVariable UUID userId, RedirectAttributes redirect) {
        users.findById(userId).orElseThrow(NotFoundException::new).activate();
        redirect.addFlashAttribute("message", "user.activated");
        return "redirect:/admin/users";
    }

    /** A new one-time password, shown once to the administrator to hand over. */
    @PostMapping("/{userId}/reset-password")
    @Transactional
    String resetPassword(@PathVariable UUID userId, RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        account.changePasswordHash(passwordEncoder.encode(password));
        redirect.addFlashAttribute("message", "user.passwordReset");
        redirect.addFlashAttribute("newPassword", password);
        redirect.addFlashAttribute("newPasswordUser", account.getUsername());
        return "redirect:/admin/users";
    }

    private String listView(Model model) {
        model.addAttribute("users", users.findAllForAdministration());
        model.addAttribute("companies", companies.findAllByOrderByNameAsc());
        model.addAttribute("roles", UserRole.values());
        return "admin/users";
    }
}
