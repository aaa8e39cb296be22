package com.cacfiling.web.administration;

import java.util.List;
import java.util.UUID;

import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.security.UserSessions;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.Invitations;
import com.cacfiling.web.user.PasswordPolicy;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import com.cacfiling.web.user.UserDeactivated;
import com.cacfiling.web.user.UserRole;
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
import com.cacfiling.web.inbox.MailNotifier;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccountRepository users;
    private final CompanyRepository companies;
    private final PasswordEncoder passwordEncoder;
    private final Invitations invitations;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final ChangeLog changeLog;
    private final java.time.Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final MailNotifier mail;
    private final org.springframework.context.MessageSource messages;

    private final CompanyChoices companyChoices;

    private final com.cacfiling.web.user.ClientAssignments clientAssignments;

    UserAdminController(UserAccountRepository users, CompanyRepository companies, PasswordEncoder passwordEncoder,
            Invitations invitations, PasswordPolicy passwordPolicy, UserSessions sessions, ChangeLog changeLog,
            java.time.Clock clock, org.springframework.context.ApplicationEventPublisher events, MailNotifier mail,
            org.springframework.context.MessageSource messages, CompanyChoices companyChoices,
            com.cacfiling.web.user.ClientAssignments clientAssignments) {
        this.companyChoices = companyChoices;
        this.clientAssignments = clientAssignments;
        this.events = events;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.users = users;
        this.companies = companies;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.changeLog = changeLog;
    }

    /**
     * Invites a user: the account stays inactive until its one-time link (valid 7 days) sets a password. A refused
     * invitation shows the form again as typed, with a message by each field it fails.
     */
    @PostMapping("/invite")
    @Transactional
    String invite(@CurrentUser PortalUser admin, @Valid @ModelAttribute("invite") InvitationFormData invite,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && users.existsByUsernameIgnoreCase(invite.getUsername())) {
            result.rejectValue("username", "user.username.duplicate");
        }
        Company company = roleAndCompany(invite, result, "invite.adminNotConfirmed");
        String email = invite.getEmail() == null ? "" : invite.getEmail().strip();
        if (!result.hasFieldErrors("email") && !email.isEmpty() && !isEmailAddress(email)) {
            result.rejectValue("email", "invite.invalidEmail");
        }
        if (result.hasErrors()) {
            return refusedForm("invite-card", model);
        }
        String hash = invitations.unusablePasswordHash();
        String username = invite.getUsername();
        String displayName = invite.getDisplayName();
        UserAccount account = switch (invite.getRole()) {
            case ADMIN -> UserAccount.admin(username, hash, displayName);
            case CONSULTANT -> UserAccount.consultant(username, hash, displayName);
            case OFFICER -> UserAccount.officer(username, hash, displayName, company);
        };
        assignFirstClient(account, company);
        account.changeEmail(email.isEmpty() ? null : email);
        String token = invitations.invite(account);
        changeLog.record(AuditEvent.USER_INVITED, companyOf(account), admin.getUsername(), describe(account));
        logFirstClient(admin, account, company);
        String link = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invite/{token}").buildAndExpand(token).toUriString();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        MailNotifier.InvitationMail mailed = mail.sendInvitation(account.getEmail(), displayName,
                messages.getMessage("userRole." + invite.getRole().name(), null, locale), link, locale);
        redirect.addFlashAttribute("message", "invite.created");
        // The link is shown in every case: the administrator can still pass it on if the mail does not arrive.
        redirect.addFlashAttribute("inviteLink", link);
        redirect.addFlashAttribute("inviteMail", mailed.name());
        redirect.addFlashAttribute("inviteMailedTo", account.getEmail());
        return "redirect:/admin/users";
    }

    @GetMapping
    @Transactional(readOnly = true)
    String initCreationForm(@ModelAttribute("search") UserSearch search,
            @RequestParam(required = false) UUID inviteCompany, Model model) {
        // Both forms for the company the administrator came from (found in a walk: only the invitation had it).
        NewUserFormData form = new NewUserFormData();
        form.setCompanyId(inviteCompany);
        model.addAttribute("form", form);
        model.addAttribute("invite", InvitationFormData.forCompany(inviteCompany));
        return listView(search, model);
    }

    /**
     * One user: the role (with an officer's company) and a consultant's clients, assigned from a search rather than a
     * list of every company (found in a walk: the users page repeated 300 companies in every row, 540 KB).
     */
    @GetMapping("/{userId}")
    @Transactional(readOnly = true)
    String userPage(@PathVariable UUID userId, @RequestParam(defaultValue = "") String q, Model model) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        String query = q.strip();
        boolean consultant = account.getRole() == UserRole.CONSULTANT;
        String pattern = com.cacfiling.web.system.ListQuery.like(query);
        model.addAttribute("account", account);
        model.addAttribute("q", query);
        // The first clients by name, as the companies to assign are (found in a walk: 1,000 clients listed at once
        // made the page 74,700 px tall on a phone); the search finds the others.
        model.addAttribute("assigned", consultant ? users.assignedCompanies(userId, pattern,
                org.springframework.data.domain.PageRequest.of(0, ASSIGNED_SHOWN)) : List.of());
        long assignedCount = consultant ? users.countAssignedCompanies(userId) : 0L;
        model.addAttribute("assignedCount", assignedCount);
        model.addAttribute("assignedMatchCount", consultant && !query.isEmpty() && assignedCount > 0
                ? users.countAssignedCompanies(userId, pattern) : assignedCount);
        model.addAttribute("assignedShown", ASSIGNED_SHOWN);
        model.addAttribute("candidates", consultant ? users.assignableCompanies(userId, pattern,
                org.springframework.data.domain.PageRequest.of(0, ASSIGNABLE_SHOWN)) : List.of());
        // "Assign all" says how many it assigns (found in a walk: one click assigned 300 unannounced).
        model.addAttribute("candidateCount", consultant ? users.countAssignableCompanies(userId, pattern) : 0L);
        // The view shows the account's company, rendered outside the transaction.
        org.hibernate.Hibernate.initialize(account.getCompany());
        CompanyChoices.Offered offered = companyChoices.offered(
                account.getCompany() == null ? null : account.getCompany().getId());
        model.addAttribute("companies", offered.choices());
        model.addAttribute("companyChoices", offered);
        model.addAttribute("assignableShown", ASSIGNABLE_SHOWN);
        model.addAttribute("roles", UserRole.values());
        model.addAttribute("pending", invitations.usersWithPendingInvitation().contains(userId));
        return "admin/user";
    }

    /** A consultant's clients named in the users list's row; the rest are counted, and listed on the user page. */
    static final int CLIENTS_SHOWN_IN_ROW = 5;

    /** Companies offered at once on the user page; a search narrows them. */
    static final int ASSIGNABLE_SHOWN = 20;

    /** A consultant's clients shown at once on the user page; a search finds the others. */
    static final int ASSIGNED_SHOWN = 20;

    @PostMapping
    @Transactional
    String processCreationForm(@CurrentUser PortalUser admin, @Valid @ModelAttribute("form") NewUserFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && users.existsByUsernameIgnoreCase(form.getUsername())) {
            result.rejectValue("username", "user.username.duplicate");
        }
        Company company = roleAndCompany(form, result, "user.adminNotConfirmed");
        if (!result.hasFieldErrors("password")) {
            passwordPolicy.violation(form.getPassword(), form.getUsername())
                    .ifPresent(key -> result.rejectValue("password", key));
        }
        if (result.hasErrors()) {
            return refusedForm("create-card", model);
        }
        String hash = passwordEncoder.encode(form.getPassword());
        UserAccount account = switch (form.getRole()) {
            case ADMIN -> UserAccount.admin(form.getUsername(), hash, form.getDisplayName());
            case CONSULTANT -> UserAccount.consultant(form.getUsername(), hash, form.getDisplayName());
            case OFFICER -> UserAccount.officer(form.getUsername(), hash, form.getDisplayName(), company);
        };
        // The administrator knows this password: the user replaces it at the first sign-in, as after a reset.
        account.resetPasswordHash(hash);
        assignFirstClient(account, company);
        users.save(account);
        changeLog.record(AuditEvent.USER_CREATED, companyOf(account), admin.getUsername(), describe(account));
        logFirstClient(admin, account, company);
        redirect.addFlashAttribute("message", "user.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/{userId}/assignments")
    @Transactional
    String assign(@CurrentUser PortalUser admin, @PathVariable UUID userId, @RequestParam UUID companyId,
            RedirectAttributes redirect) {
        return assign(admin, userId, companyId, "", redirect);
    }

    /** As above from the user page, which comes back with its search kept (found in a walk: it was cleared). */
    @PostMapping(path = "/{userId}/assignments", params = "q")
    @Transactional
    String assign(@CurrentUser PortalUser admin, @PathVariable UUID userId, @RequestParam UUID companyId,
            @RequestParam String q, RedirectAttributes redirect) {
        UserAccount consultant = users.findById(userId)
                .filter(user -> user.getRole() == UserRole.CONSULTANT)
                .orElseThrow(NotFoundException::new);
        Company company = companies.findById(companyId).filter(found -> !found.isArchived())
                .orElseThrow(NotFoundException::new);
        if (consultant.getAssignedCompanies().contains(company)) {
            redirect.addFlashAttribute("message", "user.alreadyAssigned");
            return userPage(userId, q);
        }
        consultant.assign(company);
        changeLog.record(AuditEvent.CONSULTANT_ASSIGNED, companyId, admin.getUsername(), consultant.getUsername());
        // Named with the consultant, as the bulk assignment's notice is (a walk read the two differently).
        redirect.addFlashAttribute("message", "user.assigned");
        redirect.addFlashAttribute("messageArguments", List.of(company.getName(), consultant.getDisplayName()));
        return userPage(userId, q);
    }

    /**
     * Every company the search finds that the consultant does not have yet, at once (found in a walk: 55 clients took
     * 55 page loads), or with no search every active company (a consultant for all 1,000 clients took 1,000 clicks);
     * each assignment is audited as one, as a single assignment is.
     */
    @PostMapping("/{userId}/assignments/matching")
    @Transactional
    String assignMatching(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        UserAccount consultant = consultant(userId);
        List<UUID> assigned = clientAssignments.assignMatching(userId,
                com.cacfiling.web.system.ListQuery.like(q.strip()));
        return assignedMany(admin, consultant, assigned, q, redirect);
    }

    /**
     * The companies ticked in the list to assign from, in one submit (found in a walk: one click and one page load per
     * company); those already assigned or archived since the page was shown are left out.
     */
    @PostMapping("/{userId}/assignments/selected")
    @Transactional
    String assignSelected(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @RequestParam(required = false) List<UUID> companyIds, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        UserAccount consultant = consultant(userId);
        if (companyIds == null || companyIds.isEmpty()) {
            redirect.addFlashAttribute("refusal", "user.noneTicked");
            return userPage(userId, q);
        }
        return assignedMany(admin, consultant, clientAssignments.assign(userId, companyIds), q, redirect);
    }

    /** The assignments made at once: audited each, the notice naming how many and to whom. */
    private String assignedMany(PortalUser admin, UserAccount consultant, List<UUID> assigned, String q,
            RedirectAttributes redirect) {
        if (assigned.isEmpty()) {
            redirect.addFlashAttribute("message", "user.noneAssigned");
            return userPage(consultant.getId(), q);
        }
        changeLog.recordEach(AuditEvent.CONSULTANT_ASSIGNED, assigned, admin.getUsername(), consultant.getUsername());
        redirect.addFlashAttribute("message", "user.assignedMany");
        redirect.addFlashAttribute("messageArguments", List.of(assigned.size(), consultant.getDisplayName()));
        return userPage(consultant.getId(), q);
    }

    /**
     * The clients ticked in the consultant's list taken away in one submit: audited each, and what the consultant was
     * sent about their filings goes, as for one.
     */
    @PostMapping("/{userId}/assignments/removal")
    @Transactional
    String unassignSelected(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @RequestParam(required = false) List<UUID> companyIds, @RequestParam(defaultValue = "") String q,
            RedirectAttributes redirect) {
        UserAccount consultant = consultant(userId);
        if (companyIds == null || companyIds.isEmpty()) {
            redirect.addFlashAttribute("refusal", "user.noneTicked");
            return userPage(userId, q);
        }
        List<UUID> removed = clientAssignments.unassign(userId, companyIds);
        if (removed.isEmpty()) {
            redirect.addFlashAttribute("message", "user.noneUnassigned");
            return userPage(userId, q);
        }
        events.publishEvent(new com.cacfiling.web.user.CompaniesLeft(userId, java.util.Set.copyOf(removed)));
        changeLog.recordEach(AuditEvent.CONSULTANT_UNASSIGNED, removed, admin.getUsername(), consultant.getUsername());
        redirect.addFlashAttribute("message", "user.unassignedMany");
        redirect.addFlashAttribute("messageArguments", List.of(removed.size(), consultant.getDisplayName()));
        return userPage(userId, q);
    }

    private UserAccount consultant(UUID userId) {
        return users.findById(userId).filter(user -> user.getRole() == UserRole.CONSULTANT)
                .orElseThrow(NotFoundException::new);
    }

    /** The user page, with the clients' search if there was one. */
    private static String userPage(UUID userId, String q) {
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/users/{id}")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).map(String::strip)
                        .filter(query -> !query.isEmpty()))
                .buildAndExpand(userId).encode().toUriString();
    }

    /** The company page's next step after creating a company: assign a consultant chosen there, then go back. */
    @PostMapping("/assignments")
    @Transactional
    String assignFromCompany(@CurrentUser PortalUser admin, @RequestParam(required = false) UUID userId,
            @RequestParam UUID companyId, @RequestParam(defaultValue = "false") boolean peopleOnly,
            @org.springframework.web.bind.annotation.ModelAttribute("search") CompanySearch search,
            RedirectAttributes redirect) {
        // Back to the panel it came from (the new company's next steps, or any company's people), above the list as
        // it was left (found in a re-check: the list's search was dropped).
        String back = CompanyAdminController.backTo(search, peopleOnly ? "people" : "created", companyId);
        if (userId == null) {
            redirect.addFlashAttribute("refusal", "companies.nextSteps.chooseFirst");
            return back;
        }
        assign(admin, userId, companyId, redirect);
        return back;
    }

    @PostMapping("/{userId}/assignments/{companyId}/delete")
    @Transactional
    String unassign(@CurrentUser PortalUser admin, @PathVariable UUID userId, @PathVariable UUID companyId,
            @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        UserAccount consultant = consultant(userId);
        var company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        consultant.unassign(company);
        events.publishEvent(new com.cacfiling.web.user.CompaniesLeft(consultant.getId(), java.util.Set.of(companyId)));
        changeLog.record(AuditEvent.CONSULTANT_UNASSIGNED, companyId, admin.getUsername(), consultant.getUsername());
        redirect.addFlashAttribute("message", "user.unassigned");
        redirect.addFlashAttribute("messageArguments", List.of(company.getName(), consultant.getDisplayName()));
        return userPage(userId, q);
    }

    @PostMapping("/{userId}/deactivate")
    @Transactional
    String deactivate(@CurrentUser PortalUser admin, @PathVariable UUID userId, @ModelAttribute("back") UserSearch back,
            RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        // Found in a walk: an administrator deactivated their own account by a slip and was signed out for good.
        if (account.getId().equals(admin.id())) {
            redirect.addFlashAttribute("refusal", "user.deactivateSelf");
            return backToList(back);
        }
        if (account.getRole() == UserRole.ADMIN && users.countByRoleAndEnabledTrue(UserRole.ADMIN) <= 1) {
            redirect.addFlashAttribute("refusal", "user.lastAdmin");
            return backToList(back);
        }
        account.deactivate();
        // A link sent earlier must not bring the account back, and its open sessions end now; its API tokens end
        // too (told to the tokens' feature), so that an activation later does not revive them.
        invitations.revokeAll(account.getId());
        sessions.expire(account.getId(), null);
        events.publishEvent(new UserDeactivated(account.getId()));
        changeLog.record(AuditEvent.USER_DEACTIVATED, companyOf(account), admin.getUsername(), account.getUsername());
        redirect.addFlashAttribute("message", "user.deactivated");
        return backToList(back);
    }

    @PostMapping("/{userId}/activate")
    @Transactional
    String activate(@CurrentUser PortalUser admin, @PathVariable UUID userId, @ModelAttribute("back") UserSearch back,
            RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        account.activate();
        changeLog.record(AuditEvent.USER_ACTIVATED, companyOf(account), admin.getUsername(), account.getUsername());
        redirect.addFlashAttribute("message", "user.activated");
        return backToList(back);
    }

    /**
     * The list as it was when a row's action was taken: its search, sort and page (its default order left out, so
     * that a list never searched comes back at its plain address).
     */
    private static String backToList(UserSearch back) {
        var url = org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/users");
        back.appendTo(url, false);
        if (back.getRole() != null) {
            url.queryParam("role", back.getRole());
        }
        if (back.getStatus() != null) {
            url.queryParam("status", back.getStatus());
        }
        return "redirect:" + url.encode().build().toUriString();
    }

    /** A new one-time password, shown once to the administrator to hand over. */
    @PostMapping("/{userId}/reset-password")
    @Transactional
    String resetPassword(@CurrentUser PortalUser admin, @PathVariable UUID userId, @ModelAttribute("back") UserSearch back,
            RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        if (account.getId().equals(admin.id())) {
            // Their own password is changed on the profile page, with the current one.
            redirect.addFlashAttribute("refusal", "user.resetSelf");
            return backToList(back);
        }
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        account.resetPasswordHash(passwordEncoder.encode(password));
        sessions.expire(account.getId(), null);
        events.publishEvent(new com.cacfiling.web.user.UserPasswordReset(account.getId()));
        changeLog.record(AuditEvent.PASSWORD_RESET, companyOf(account), admin.getUsername(), account.getUsername());
        redirect.addFlashAttribute("message", "user.passwordReset");
        redirect.addFlashAttribute("newPassword", password);
        redirect.addFlashAttribute("newPasswordUser", account.getUsername());
        return backToList(back);
    }

    /** A new role (officers with their company); the user's sessions end, as they carry the old role. */
    /**
     * The account's name and e-mail address, as given at the invitation and corrected since (found in a walk: a
     * mistyped address could be seen nowhere and corrected only with a new account). A refused form comes back as
     * typed, each error at its field.
     */
    @PostMapping("/{userId}/details")
    @Transactional
    String changeDetails(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
            Model model, RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        String name = displayName.strip();
        String address = email.strip();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("displayName", "user.details.nameRequired");
        }
        else if (name.length() > 200) {
            errors.put("displayName", "user.details.nameTooLong");
        }
        if (!address.isEmpty() && (address.length() > 254 || !isEmailAddress(address))) {
            errors.put("email", "user.details.invalidEmail");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("detailsErrors", errors);
            model.addAttribute("detailsTyped", java.util.Map.of("displayName", displayName, "email", email));
            return userPage(userId, "", model);
        }
        String before = account.getDisplayName() + " <" + (account.getEmail() == null ? "-" : account.getEmail()) + ">";
        if (name.equals(account.getDisplayName())
                && java.util.Objects.equals(address.isEmpty() ? null : address, account.getEmail())) {
            redirect.addFlashAttribute("message", "user.details.unchanged");
            return "redirect:/admin/users/" + userId;
        }
        account.rename(name);
        account.changeEmail(address);
        changeLog.record(AuditEvent.USER_DETAILS_CHANGED, companyOf(account), admin.getUsername(),
                account.getUsername() + ": " + before + " → " + name + " <" + (address.isEmpty() ? "-" : address)
                        + ">");
        redirect.addFlashAttribute("message", "user.details.saved");
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/role")
    @Transactional
    String changeRole(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @RequestParam(required = false) UserRole role, @RequestParam(required = false) UUID companyId,
            @RequestParam(defaultValue = "false") boolean confirmAdmin, RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        Company chosen = companyId == null ? null : companies.findById(companyId).orElse(null);
        Company company = role == UserRole.OFFICER ? chosen : null;
        if (role == null || role == UserRole.OFFICER && company == null) {
            redirect.addFlashAttribute("refusal", "user.roleInvalid");
            return "redirect:/admin/users/" + userId;
        }
        if (role == UserRole.ADMIN && account.getRole() != UserRole.ADMIN && !confirmAdmin) {
            redirect.addFlashAttribute("refusal", "user.adminNotConfirmed");
            return "redirect:/admin/users/" + userId;
        }
        if (account.getId().equals(admin.id()) && role != UserRole.ADMIN) {
            // Giving up one's own administration ends the session at once: another administrator does it.
            redirect.addFlashAttribute("refusal", "user.roleSelf");
            return "redirect:/admin/users/" + userId;
        }
        if (account.getRole() == UserRole.ADMIN && role != UserRole.ADMIN && account.isEnabled()
                && users.countByRoleAndEnabledTrue(UserRole.ADMIN) <= 1) {
            redirect.addFlashAttribute("refusal", "user.lastAdminRole");
            return "redirect:/admin/users/" + userId;
        }
        UserRole before = account.getRole();
        UUID companyBefore = account.getCompany() == null ? null : account.getCompany().getId();
        boolean newClient = role == UserRole.CONSULTANT && chosen != null && !chosen.isArchived()
                && !account.getAssignedCompanies().contains(chosen);
        if (before == UserRole.CONSULTANT && role == UserRole.CONSULTANT && chosen != null
                && account.getAssignedCompanies().contains(chosen)) {
            redirect.addFlashAttribute("message", "user.alreadyAssigned");
            return "redirect:/admin/users/" + userId;
        }
        if (before == role && !newClient
                && java.util.Objects.equals(companyBefore, company == null ? null : company.getId())) {
            // Nothing to change: the user's sessions and the audit log stay as they are.
            redirect.addFlashAttribute("message", "user.roleUnchanged");
            return "redirect:/admin/users/" + userId;
        }
        if (before == role && role == UserRole.CONSULTANT) {
            // The same role, a client company chosen for the consultant: an assignment, not a role change.
            return assign(admin, userId, chosen.getId(), redirect);
        }
        java.util.Set<UUID> worked = worksOn(account);
        account.changeRole(role, company);
        java.util.Set<UUID> left = new java.util.HashSet<>(worked);
        left.removeAll(worksOn(account));
        if (!left.isEmpty()) {
            events.publishEvent(new com.cacfiling.web.user.CompaniesLeft(account.getId(), left));
        }
        if (role == UserRole.CONSULTANT && chosen != null && !chosen.isArchived()) {
            account.assign(chosen);
            changeLog.record(AuditEvent.CONSULTANT_ASSIGNED, chosen.getId(), admin.getUsername(), account.getUsername());
        }
        sessions.expire(account.getId(), null);
        changeLog.record(AuditEvent.ROLE_CHANGED, companyOf(account), admin.getUsername(),
                account.getUsername() + ": " + before + " → " + role);
        redirect.addFlashAttribute("message", "user.roleChanged");
        return "redirect:/admin/users/" + userId;
    }

    /** The companies whose filings the user works on: an officer's own, a consultant's clients. */
    private static java.util.Set<UUID> worksOn(UserAccount account) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        if (account.getRole() == UserRole.OFFICER && account.getCompany() != null) {
            ids.add(account.getCompany().getId());
        }
        if (account.getRole() == UserRole.CONSULTANT) {
            account.getAssignedCompanies().forEach(assigned -> ids.add(assigned.getId()));
        }
        return ids;
    }

    /**
     * A new invitation link for a user who never accepted one (lost, expired or revoked): the old links stop working,
     * the new one is shown once, and mailed where mail is set up, as a first invitation is.
     */
    @PostMapping("/{userId}/invitation/renew")
    @Transactional
    String renewInvitation(@CurrentUser PortalUser admin, @PathVariable UUID userId,
            @ModelAttribute("back") UserSearch back, RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        java.util.Optional<String> token = invitations.renew(account);
        if (token.isEmpty()) {
            redirect.addFlashAttribute("refusal", "invite.notRenewable");
            return backToList(back);
        }
        // Its own entry: logged as an invitation, each new link read as one more user invited (found in a walk).
        changeLog.record(AuditEvent.INVITATION_RENEWED, companyOf(account), admin.getUsername(), describe(account));
        String link = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invite/{token}").buildAndExpand(token.get()).toUriString();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        MailNotifier.InvitationMail mailed = mail.sendInvitation(account.getEmail(), account.getDisplayName(),
                messages.getMessage("userRole." + account.getRole().name(), null, locale), link, locale);
        redirect.addFlashAttribute("message", "invite.renewed");
        redirect.addFlashAttribute("inviteLink", link);
        redirect.addFlashAttribute("inviteMail", mailed.name());
        redirect.addFlashAttribute("inviteMailedTo", account.getEmail());
        return backToList(back);
    }

    /** Makes the user's unused invitation links worthless. */
    @PostMapping("/{userId}/invitation/revoke")
    @Transactional
    String revokeInvitation(@CurrentUser PortalUser admin, @PathVariable UUID userId, @ModelAttribute("back") UserSearch back,
            RedirectAttributes redirect) {
        UserAccount account = users.findById(userId).orElseThrow(NotFoundException::new);
        if (invitations.revokeAll(account.getId()) > 0) {
            changeLog.record(AuditEvent.INVITATION_REVOKED, companyOf(account), admin.getUsername(),
                    account.getUsername());
        }
        redirect.addFlashAttribute("message", "invite.revoked");
        return backToList(back);
    }

    /**
     * The company a new user's form chose, checked against the role: an officer's is required; a consultant's is
     * a first client, assigned with the account; an administrator belongs to no company and needs the confirmation
     * that the role gives full access. Archived companies are not offered and not taken.
     */
    private Company roleAndCompany(UserFormData form, BindingResult result, String adminNotConfirmedKey) {
        Company company = form.getCompanyId() == null ? null
                : companies.findById(form.getCompanyId()).filter(found -> !found.isArchived()).orElse(null);
        if (form.getRole() == UserRole.OFFICER && company == null) {
            result.rejectValue("companyId", "user.company.required");
        }
        if (form.getRole() == UserRole.CONSULTANT && form.getCompanyId() != null && company == null) {
            result.rejectValue("companyId", "user.company.required");
        }
        if (form.getRole() == UserRole.ADMIN && form.getCompanyId() != null) {
            result.rejectValue("companyId", "user.company.notForAdmin");
        }
        if (form.getRole() == UserRole.ADMIN && !form.isConfirmAdmin()) {
            result.rejectValue("confirmAdmin", adminNotConfirmedKey);
        }
        return company;
    }

    /** A consultant created or invited with a company has it as a first client. */
    private static void assignFirstClient(UserAccount account, Company company) {
        if (account.getRole() == UserRole.CONSULTANT && company != null) {
            account.assign(company);
        }
    }

    private void logFirstClient(PortalUser admin, UserAccount account, Company company) {
        if (account.getRole() == UserRole.CONSULTANT && company != null) {
            changeLog.record(AuditEvent.CONSULTANT_ASSIGNED, company.getId(), admin.getUsername(),
                    account.getUsername());
        }
    }

    private static UUID companyOf(UserAccount account) {
        return account.getCompany() == null ? null : account.getCompany().getId();
    }

    private static boolean isEmailAddress(String email) {
        try {
            new com.cacfiling.domain.identifiers.EmailAddress(email);
            return true;
        }
        catch (com.cacfiling.domain.identifiers.InvalidValueException invalid) {
            return false;
        }
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " (" + account.getRole() + ")";
    }

    /**
     * A refused form shown again: with the whole list, not the list filtered by the form's own fields (found in a walk:
     * a refused officer's invitation showed only officers), and a notice at the top that leads to the form.
     */
    private String refusedForm(String card, Model model) {
        model.addAttribute("refusedForm", card);
        return listView(new UserSearch(), model);
    }

    /**
     * Each consultant's clients by name, in a stable order: the row names the first few and counts the others, the
     * user page lists them. Only those named are read, for the whole page at once (every client of every consultant
     * was loaded, 1,000 of one consultant's to name five).
     */
    private java.util.Map<UUID, ClientsInRow> clientsInRows(List<UserAccount> shown) {
        List<UUID> consultants = shown.stream().filter(user -> user.getRole() == UserRole.CONSULTANT)
                .map(UserAccount::getId).toList();
        java.util.Map<UUID, List<CompanyChoice>> named = new java.util.HashMap<>();
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (!consultants.isEmpty()) {
            for (Object[] row : users.firstClients(consultants, CLIENTS_SHOWN_IN_ROW)) {
                UUID consultant = (UUID) row[0];
                named.computeIfAbsent(consultant, id -> new java.util.ArrayList<>())
                        .add(new CompanyChoice((UUID) row[1], (String) row[2], (String) row[3], null));
                counts.put(consultant, ((Number) row[4]).longValue());
            }
        }
        java.util.Map<UUID, ClientsInRow> clients = new java.util.HashMap<>();
        consultants.forEach(id -> clients.put(id, named.containsKey(id)
                ? new ClientsInRow(named.get(id), counts.get(id)) : ClientsInRow.NONE));
        return clients;
    }

    private String listView(UserSearch search, Model model) {
        // A refused form of the two is shown again as typed; the other one starts empty.
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserFormData());
        }
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", new InvitationFormData());
        }
        var specification = search.toSpecification(clock.instant());
        org.springframework.data.domain.Page<UserAccount> page = com.cacfiling.web.system.Paging.withinRange(
                users.findAll(specification, search.toPageable()), last -> users.findAll(specification, last));
        // An officer's company is shown in the row; loaded here, as the view renders outside the transaction (the list
        // of all companies had loaded every one as a side effect).
        page.forEach(user -> org.hibernate.Hibernate.initialize(user.getCompany()));
        model.addAttribute("users", page);
        model.addAttribute("statuses", UserSearch.Status.values());
        model.addAttribute("pendingInvitations", invitations.usersWithPendingInvitation());
        model.addAttribute("neverAccepted", invitations.usersNeverAccepted());
        // Archived companies are not offered for new users or assignments; the one chosen in a refused form stays.
        Object invite = model.getAttribute("invite");
        Object form = model.getAttribute("form");
        UUID chosen = invite instanceof InvitationFormData i && i.getCompanyId() != null ? i.getCompanyId()
                : form instanceof NewUserFormData f ? f.getCompanyId() : null;
        CompanyChoices.Offered offered = companyChoices.offered(chosen);
        model.addAttribute("companies", offered.choices());
        model.addAttribute("companyChoices", offered);
        model.addAttribute("clients", clientsInRows(page.getContent()));
        model.addAttribute("search", search);
        model.addAttribute("roles", UserRole.values());
        return "admin/users";
    }
}
