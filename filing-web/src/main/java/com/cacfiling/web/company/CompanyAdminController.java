package com.cacfiling.web.company;

import com.cacfiling.web.history.AuditEvent;
import com.cacfiling.web.history.ChangeLog;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
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
    private final ChangeLog changeLog;

    CompanyAdminController(CompanyRepository companies, ChangeLog changeLog) {
        this.companies = companies;
        this.changeLog = changeLog;
    }

    @GetMapping
    String initCreationForm(Model model) {
        model.addAttribute("form", new CompanyFormData());
        return listView(model);
    }

    @PostMapping
    @Transactional
    String processCreationForm(@CurrentUser PortalUser admin, @Valid @ModelAttribute("form") CompanyFormData form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("name") && companies.existsByNameIgnoreCase(form.getName())) {
            result.rejectValue("name", "company.name.duplicate");
        }
        if (result.hasErrors()) {
            return listView(model);
        }
        Company company = companies.saveAndFlush(new Company(form.getName(), form.getNameEn()));
        changeLog.record(AuditEvent.COMPANY_CREATED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.created");
        return "redirect:/admin/companies";
    }

    @PostMapping("/{companyId}")
    @Transactional
    String processUpdateForm(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @Valid @ModelAttribute("form") CompanyFormData form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("message", "company.invalid");
            return "redirect:/admin/companies";
        }
        String before = company.getName();
        company.rename(form.getName(), form.getNameEn());
        changeLog.record(AuditEvent.COMPANY_RENAMED, company.getId(), admin.getUsername(),
                before + " → " + company.getName());
        redirect.addFlashAttribute("message", "company.updated");
        return "redirect:/admin/companies";
    }

    @PostMapping("/{companyId}/archive")
    @Transactional
    String archive(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        company.archive();
        changeLog.record(AuditEvent.COMPANY_ARCHIVED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.archived");
        return "redirect:/admin/companies";
    }

    /** Lets the company's officers record the CAC's outcome themselves (or not); audited. */
    @PostMapping("/{companyId}/cac-outcome")
    @Transactional
    String cacOutcomePermission(@org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean allowed,
            @com.cacfiling.web.security.CurrentUser com.cacfiling.web.security.PortalUser admin,
            RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        if (company.isOfficersRecordCacOutcome() != allowed) {
            company.allowOfficersToRecordCacOutcome(allowed);
            changeLog.record(companyId, null, admin.getUsername(), "CAC_OUTCOME_BY_OFFICERS",
                    allowed ? "allowed" : "withdrawn", null);
        }
        redirect.addFlashAttribute("message", "company.updated");
        return "redirect:/admin/companies";
    }

    @PostMapping("/{companyId}/restore")
    @Transactional
    String restore(@CurrentUser PortalUser admin, @org.springframework.web.bind.annotation.PathVariable java.util.UUID companyId,
            RedirectAttributes redirect) {
        Company company = companies.findById(companyId).orElseThrow(com.cacfiling.web.system.NotFoundException::new);
        company.restore();
        changeLog.record(AuditEvent.COMPANY_RESTORED, company.getId(), admin.getUsername(), company.getName());
        redirect.addFlashAttribute("message", "company.restored");
        return "redirect:/admin/companies";
    }

    private String listView(Model model) {
        model.addAttribute("companies", companies.findAllByOrderByNameAsc());
        return "admin/companies";
    }
}
