package com.cacfiling.web.administration;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.Invitations;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import com.cacfiling.web.user.UserRole;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the client companies (the URL space is restricted to ADMIN in the security config). */
@Controller
@RequestMapping("/admin/companies")
class CompanyAdminController {

    private final CompanyRepository companies;
    private final UserAccountRepository users;
    private final ChangeLog changeLog;
    private final Invitations invitations;

    /**
     * Companies matching a text (name, English name, credit code), for the search box of a user form's company list
     * when there are more companies than the list shows ({@link CompanyChoices}).
     */
    @GetMapping(path = "/choices", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<java.util.Map<String, String>> choices(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q, java.util.Locale locale) {
        return companyChoices.matching(q).stream().map(choice -> java.util.Map.of("id", choice.id().toString(),
                "name", choice.displayName(locale), "words", choice.searchWords())).toList();
    }

    private final CompanyChoices companyChoices;

    CompanyAdminController(CompanyRepository companies, UserAccountRepository users, ChangeLog changeLog,
            Invitations invitations, CompanyChoices companyChoices) {
        this.companyChoices = companyChoices;
        this.invitations = invitations;
        this.companies = companies;
        this.users = users;
        this.changeLog = changeLog;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String initCreationForm(@ModelAttribute("search") CompanySearch search,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.util.UUID created,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.util.UUID people,
            Model model) {
        model.addAttribute("form", new CompanyFormData());
        // Right after creating a company: offer the next steps of onboarding it, with the company preselected. For
        // any company (its row's "who has access"): the same panel, saying who may see it (found in a walk: nine
        // clicks through the users' pages with three consultants).
        java.util.UUID shown = created != null ? created : people;
        if (shown != null) {
            model.addAttribute("peopleOnly", created == null);
            companies.findById(shown).ifPresent(company -> {
                model.addAttribute("createdCompany", company);
                // Who works on it already (found in a walk: after "assign" nothing showed that it had happened).
                java.util.List<UserAccount> working = users.findWorkingOnCompany(company.getId());
                java.util.List<UserAccount> assigned = working.stream().filter(u -> u.getRole() == UserRole.CONSULTANT)
                        .sorted(java.util.Comparator.comparing(UserAccount::getUsername)).toList();
                model.addAttribute("assignedConsultants", assigned);
                model.addAttribute("companyOfficers", working.stream().filter(u -> u.getRole() == UserRole.OFFICER)
                        .sorted(java.util.Comparator.comparing(UserAccount::getUsername)).toList());
                // An officer invited but not signed up yet is said to be invited, not listed as if working.
                model.addAttribute("pendingInvitations", invitations.usersWithPendingInvitation());
                model.addAttribute("consultants", users.findByRoleOrderByUsername(UserRole.CONSULTANT).stream()
                        .filter(UserAccount::isEnabled)
                        .filter(u -> assigned.stream().noneMatch(a -> a.getId().equals(u.getId()))).toList());
            });
        }
        return listView(search, model);
    }

    @PostMapping
    @Transactional
    String processCreationForm(@CurrentUser PortalUser admin, @Valid @ModelAttribute("form") CompanyFormData form, BindingResult result,
            @ModelAttribute("search") CompanySearch search, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("name") && companies.existsByNameIgnoreCase(form.getName())) {
            result.rejectValue("name", "company.name.duplicate");
        }
        UnifiedSocialCreditCode creditCode = null;
        if (!result.hasFieldErrors("creditCode") && form.getCreditCode() != null && !form.getCreditCode().isBlank()) {
            try {
                creditCode = new UnifiedSocialCreditCode(form.getCreditCode());
                if (companies.existsByCreditCode(creditCode.value())) {
                    result.rejectValue("creditCode", "company.creditCode.duplicate");
                }
            }
            catch (InvalidValueException invalid) {
                result.rejectValue("creditCode", invalid.messageKey());
            }
        }
        if (result.hasErrors()) {
            // The values typed stay in the form, each message next to its field.
            return listView(search, model);
        }
        Company company = new Company(form.getName(), form.getNameEn());
        if (creditCode != null) {
            // Step 1 of every filing reads the code from the entity profile; the name stays the company's.
            company.updateEntityProfile(DomainJson.write(new EntityProfile(null, creditCode, null, null, null, null,
                    null, null, null, null, null, null, null, null, null)), creditCode.value());
        }
        companies.saveAndFlush(company);
        changeLog.record(AuditEvent.COMPANY_CREATED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.created");
        return "redirect:/admin/companies?created=" + company.getId();
    }

    /**
     * Renames a company from its row of the list. Refused, the list comes back with the row as typed and each
     * message next to its field; a save that changes nothing says so and is not audited.
     */
    @PostMapping("/{companyId}")
    @Transactional
    String processUpdateForm(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @Valid @ModelAttribute("rename") CompanyFormData rename, BindingResult result,
            @ModelAttribute("search") CompanySearch search, Model model, RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        if (!result.hasFieldErrors("name") && !rename.getName().strip().equalsIgnoreCase(company.getName())
                && companies.existsByNameIgnoreCase(rename.getName().strip())) {
            result.rejectValue("name", "company.name.duplicate");
        }
        if (rename.getShownName() != null && (!rename.getShownName().strip().equals(company.getName())
                || !java.util.Objects.equals(blankToNull(rename.getShownNameEn()), company.getNameEn()))) {
            // Another administrator renamed it since this list was shown: the row comes back as typed, saying so;
            // saved again, it replaces their names.
            result.rejectValue("name", "company.name.renamedMeanwhile", new Object[] {company.getName(),
                    company.getNameEn() == null ? "—" : company.getNameEn()}, null);
            rename.setShownName(company.getName());
            rename.setShownNameEn(company.getNameEn());
        }
        if (result.hasErrors()) {
            model.addAttribute("renamed", companyId);
            model.addAttribute("form", new CompanyFormData());
            return listView(search, model);
        }
        String before = company.getName();
        String beforeEn = company.getNameEn();
        company.rename(rename.getName(), rename.getNameEn());
        if (before.equals(company.getName()) && java.util.Objects.equals(beforeEn, company.getNameEn())) {
            redirect.addFlashAttribute("message", "company.unchanged");
            return backTo(search);
        }
        // Each name that changed, as it was and as it is (the English name alone is a change too).
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (!before.equals(company.getName())) {
            changes.add(before + " → " + company.getName());
        }
        if (!java.util.Objects.equals(beforeEn, company.getNameEn())) {
            changes.add((beforeEn == null ? "—" : beforeEn) + " → "
                    + (company.getNameEn() == null ? "—" : company.getNameEn()));
        }
        changeLog.record(AuditEvent.COMPANY_RENAMED, company.getId(), admin.getUsername(), String.join("; ", changes));
        redirect.addFlashAttribute("message", "company.updated");
        return backTo(search);
    }

    @PostMapping("/{companyId}/archive")
    @Transactional
    String archive(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @ModelAttribute("search") CompanySearch search, RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        company.archive();
        changeLog.record(AuditEvent.COMPANY_ARCHIVED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.archived");
        return backTo(search);
    }

    /** Lets the company's officers record the CAC's outcome themselves (or not); audited. */
    @PostMapping("/{companyId}/cac-outcome")
    @Transactional
    String cacOutcomePermission(@org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean allowed,
            @com.cacfiling.web.security.CurrentUser com.cacfiling.web.security.PortalUser admin,
            @ModelAttribute("search") CompanySearch search, RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        if (company.isOfficersRecordCacOutcome() != allowed) {
            company.allowOfficersToRecordCacOutcome(allowed);
            changeLog.record(companyId, null, admin.getUsername(), "CAC_OUTCOME_BY_OFFICERS",
                    allowed ? "allowed" : "withdrawn", null);
            redirect.addFlashAttribute("message", "company.updated");
        }
        else {
            redirect.addFlashAttribute("message", "company.unchanged");
        }
        return backTo(search);
    }

    @PostMapping("/{companyId}/restore")
    @Transactional
    String restore(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @ModelAttribute("search") CompanySearch search, RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        company.restore();
        changeLog.record(AuditEvent.COMPANY_RESTORED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.restored");
        return backTo(search);
    }

    /** The list as the administrator left it: the same search, order and page. */
    private static String backTo(CompanySearch search) {
        return backTo(search, null, null);
    }

    /** The list as left, with a company's panel ({@code panel}: "created" or "people") above it. */
    static String backTo(CompanySearch search, String panel, java.util.UUID companyId) {
        var url = org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/companies");
        if (panel != null) {
            url.queryParam(panel, companyId);
        }
        search.appendTo(url, true);
        return "redirect:" + url.encode().build().toUriString();
    }

    private String listView(CompanySearch search, Model model) {
        var specification = search.toSpecification();
        model.addAttribute("companies", com.cacfiling.web.system.Paging.withinRange(
                companies.findAll(specification, search.toPageable()), last -> companies.findAll(specification, last)));
        return "admin/companies";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
