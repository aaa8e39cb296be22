package com.cacfiling.web.filing;

import java.util.List;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FilingController {

    private final FilingService filings;

    private final org.springframework.context.ApplicationEventPublisher events;

    FilingController(FilingService filings, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.filings = filings;
    }

    @GetMapping("/")
    String home(@CurrentUser PortalUser user) {
        return "redirect:" + user.startPage();
    }

    @GetMapping("/filings/new")
    String initCreationForm(@CurrentUser PortalUser user,
            @org.springframework.web.bind.annotation.RequestParam(required = false) RoleChoice role,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.util.UUID company,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.util.UUID service,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String type,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String companyQ,
            Model model) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.page(model, "filings.new");
        }
        NewFilingFormData form = new NewFilingFormData();
        List<Company> companies = filings.companiesFor(user);
        if (companies.size() == 1) {
            form.setCompanyId(companies.get(0).getId());
        }
        // The triage's result names the service's company; only one the user may file for is taken.
        companies.stream().filter(candidate -> candidate.getId().equals(company)).findFirst()
                .ifPresent(chosen -> form.setCompanyId(chosen.getId()));
        // The triage's result links here with the role it found.
        form.setRole(role == null ? RoleChoice.SERVICE_PROVIDER : role);
        form.setServiceId(service);
        // And the algorithm type it found (found in a walk: the filing asked again what the triage had said).
        form.setAlgorithmType(FilingService.knownAlgorithmType(type));
        model.addAttribute("form", form);
        model.addAttribute("companyQ", companyQ.strip());
        return creationView(user, model);
    }

    @PostMapping("/filings/new")
    String processCreationForm(@CurrentUser PortalUser user, @Valid @ModelAttribute("form") NewFilingFormData form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return creationView(user, model);
        }
        List<FilingRecord> created = filings.create(user, form.getCompanyId(), form.getAlgorithmName(), form.getRole(),
                FilingService.knownAlgorithmType(form.getAlgorithmType()));
        if (form.getServiceId() != null) {
            events.publishEvent(new AlgorithmFilingStarted(form.getCompanyId(), form.getServiceId(),
                    form.getRole().roles(), created.stream().map(FilingRecord::getId).toList(), user.getUsername()));
        }
        redirect.addFlashAttribute("message", created.size() > 1 ? "filing.createdPair" : "filing.created");
        return "redirect:/filings/" + created.get(0).getId() + "/steps/entity";
    }

    /** More companies than this and the page offers a search over them instead of one long list. */
    static final int COMPANIES_LISTED = 50;

    /**
     * The companies to choose from: all of them up to {@link #COMPANIES_LISTED}; beyond, those the search finds (by
     * name, English name or credit code), at most that many, and always the one chosen. Found in a walk: a consultant
     * of 251 companies scrolled one list of 251 on a phone, with the first company chosen for them.
     */
    private String creationView(PortalUser user, Model model) {
        List<Company> all = filings.companiesFor(user);
        String query = model.getAttribute("companyQ") instanceof String q ? q.toLowerCase(java.util.Locale.ROOT) : "";
        NewFilingFormData form = (NewFilingFormData) model.getAttribute("form");
        java.util.UUID chosen = form == null ? null : form.getCompanyId();
        List<Company> shown = all.size() <= COMPANIES_LISTED && query.isEmpty() ? all : all.stream()
                .filter(company -> company.getId().equals(chosen) || query.isEmpty() || company.matches(query))
                .limit(COMPANIES_LISTED).toList();
        model.addAttribute("companies", shown);
        model.addAttribute("companiesTotal", all.size());
        model.addAttribute("companiesSearch", all.size() > COMPANIES_LISTED);
        model.addAttribute("roles", RoleChoice.values());
        return "filing/new";
    }
}
