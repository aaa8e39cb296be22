package com.cacfiling.web.securityassessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.securityassessment.SecurityAssessmentReport;
import com.cacfiling.domain.securityassessment.AssessmentTrigger;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.rules.Finding;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.triage.ServiceRow;
import com.cacfiling.web.triage.Services;
import com.cacfiling.web.user.PeopleNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security assessment report of a service: its page, its save, its PDF and DOCX. */
@Controller
class SecurityAssessmentController {

    private final Services services;
    private final SecurityAssessments assessments;
    private final SecurityAssessmentFindings views;
    private final PeopleNames peopleNames;

    SecurityAssessmentController(Services services, SecurityAssessments assessments, SecurityAssessmentFindings views,
            PeopleNames peopleNames) {
        this.peopleNames = peopleNames;
        this.services = services;
        this.assessments = assessments;
        this.views = views;
    }

    @GetMapping("/services/{serviceId}/security-assessment")
    String page(@CurrentUser PortalUser user, @PathVariable UUID serviceId, Model model, Locale locale) {
        ServiceRow service = services.get(serviceId, user);
        SecurityAssessments.Stored stored = assessments.load(serviceId);
        SecurityAssessment seen = SecurityAssessments.seenBy(user, service, stored.assessment());
        // After a refused save the page shows what was typed (kept by the flash), not what is stored.
        SecurityAssessmentFormData form = model.containsAttribute("form")
                ? (SecurityAssessmentFormData) model.getAttribute("form")
                : SecurityAssessmentFormData.of(seen, stored.version());
        SecurityAssessment shown = model.containsAttribute("form") ? form.toAssessment() : seen;
        // Said to a reader outside the company who sees masked numbers (found in a walk: masked without a word).
        model.addAttribute("idsMasked", !seen.equals(stored.assessment()));
        return view(service, stored, form, shown, model, locale);
    }

    @PostMapping("/services/{serviceId}/security-assessment")
    String save(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @ModelAttribute("form") SecurityAssessmentFormData form, RedirectAttributes redirect, Locale locale) {
        ServiceRow service = services.get(serviceId, user);
        if (assessments.isArchived(service)) {
            redirect.addFlashAttribute("message", "securityAssessment.archived");
            return "redirect:/services/" + serviceId + "/security-assessment";
        }
        try {
            SecurityAssessments.Saved saved = assessments.save(user, service, form.getVersion(), form.toAssessment(),
                    true);
            redirect.addFlashAttribute("message", switch (saved.outcome()) {
                case SAVED -> "securityAssessment.saved";
                case MERGED -> "securityAssessment.merged";
                case UNCHANGED -> "securityAssessment.unchanged";
            });
            if (saved.mergedWith() != null) {
                // Named, not "someone" (found in a walk).
                redirect.addFlashAttribute("messageArgument", peopleNames.of(saved.mergedWith()));
            }
        }
        catch (SecurityAssessments.MergeConflict conflict) {
            // Both changed the same fields: nothing is saved; the page shows both people's changes together, this
            // person's in the fields in conflict, each named with what the other saved, to be confirmed.
            redirect.addFlashAttribute("form", SecurityAssessmentFormData.of(
                    SecurityAssessments.seenBy(user, service, conflict.merged()), conflict.version()));
            redirect.addFlashAttribute("conflicts", views.conflicts(conflict.conflicts(),
                    SecurityAssessments.seenBy(user, service, conflict.theirs()), locale));
            redirect.addFlashAttribute("conflict", true);
            redirect.addFlashAttribute("conflictBy", peopleNames.of(conflict.by()));
        }
        catch (EditConflictException conflict) {
            // Someone saved at the same moment: what this user typed comes back. Saved again, it is merged with
            // theirs from the version it began at (found in a review: set to the latest, it overwrote them); only
            // when that cannot be (a new round began) is it set against the version now stored.
            if (!assessments.canMergeFrom(serviceId, form.getVersion())) {
                form.setVersion(assessments.load(serviceId).version());
            }
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/services/" + serviceId + "/security-assessment";
    }

    @PostMapping("/services/{serviceId}/security-assessment/new-round")
    String newRound(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        ServiceRow service = services.get(serviceId, user);
        try {
            redirect.addFlashAttribute("message", assessments.startNewRound(user, service, version)
                    ? "securityAssessment.newRound.started" : "securityAssessment.newRound.notSubmitted");
        }
        catch (EditConflictException conflict) {
            redirect.addFlashAttribute("message", "securityAssessment.newRound.conflict");
        }
        return "redirect:/services/" + serviceId + "/security-assessment";
    }

    @GetMapping("/services/{serviceId}/security-assessment/report.{extension}")
    ResponseEntity<byte[]> report(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @PathVariable String extension, @RequestParam(required = false)
            String language, Locale locale) {
        ServiceRow service = services.get(serviceId, user);
        SecurityAssessments.Stored stored = assessments.load(serviceId);
        return report(user, service, stored.assessment(), stored.round(), extension, language(language, locale));
    }

    /** An earlier round's report, as it was submitted. */
    @GetMapping("/services/{serviceId}/security-assessment/rounds/{round}/report.{extension}")
    ResponseEntity<byte[]> roundReport(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @PathVariable String round, @PathVariable String extension,
            @RequestParam(required = false) String language, Locale locale) {
        ServiceRow service = services.get(serviceId, user);
        // Read as text and matched after the access check: a stranger learns nothing from a 400.
        SecurityAssessments.Round earlier = assessments.rounds(serviceId).stream()
                .filter(r -> String.valueOf(r.number()).equals(round)).findFirst().orElseThrow(NotFoundException::new);
        return report(user, service, earlier.assessment(), earlier.number(), extension, language(language, locale));
    }

    /**
     * The report is written for the CAC and the police in Chinese; an English one is for reading, asked for by name
     * (found in a walk: the English page's download came out in English unannounced).
     */
    private static Locale language(String asked, Locale page) {
        return asked == null ? page : "en".equals(asked) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private ResponseEntity<byte[]> report(PortalUser user, ServiceRow service, SecurityAssessment assessment,
            int round, String extension, Locale locale) {
        DocumentFormat format = switch (extension) {
            case "pdf" -> DocumentFormat.PDF;
            case "docx" -> DocumentFormat.DOCX;
            default -> throw new NotFoundException();
        };
        SecurityAssessment seen = SecurityAssessments.seenBy(user, service, assessment);
        boolean ready = assessments.findings(seen).stream().noneMatch(Finding::isError);
        String company = com.cacfiling.web.company.CompanyNames.inDocuments(service.companyName());
        byte[] content = SecurityAssessmentReport.render(new SecurityAssessmentReport.Input(company, service.name(),
                seen, ready, round), format, locale);
        String name = SecurityAssessmentReport.fileName(service.name(), round,
                assessment.submittedOn() != null ? assessment.submittedOn() : assessments.today(), format, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private String view(ServiceRow service, SecurityAssessments.Stored stored, SecurityAssessmentFormData form,
            SecurityAssessment shown, Model model, Locale locale) {
        List<SecurityAssessmentFindingView> findings = views.views(assessments.findings(shown), locale);
        Map<String, List<SecurityAssessmentFindingView>> byField = new LinkedHashMap<>();
        findings.forEach(finding -> byField.computeIfAbsent(finding.field(), f -> new ArrayList<>())
                .add(finding));
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("stored", stored);
        model.addAttribute("savedBy", stored.saved() ? peopleNames.of(stored.updatedBy()) : null);
        // A report never saved is not marked all over with what is still missing: the list starts with the first save.
        model.addAttribute("checked", stored.saved() || model.containsAttribute("conflict"));
        model.addAttribute("findings", findings);
        model.addAttribute("notes", byField);
        model.addAttribute("errors", findings.stream().filter(SecurityAssessmentFindingView::isError).count());
        model.addAttribute("submitted", shown.recordedAsSubmitted());
        model.addAttribute("rounds", assessments.rounds(service.id()));
        model.addAttribute("canStartNewRound", stored.saved() && assessments.isSubmittedComplete(stored.assessment()));
        // A date that could not be read is shown as typed, in a text field (a date field would drop it).
        model.addAttribute("invalid", shown.invalidInput().keySet());
        model.addAttribute("editable", !assessments.isArchived(service));
        model.addAttribute("triggers", AssessmentTrigger.values());
        model.addAttribute("assessors", Assessor.values());
        model.addAttribute("measures", SecurityMeasure.values());
        model.addAttribute("states", MeasureState.values());
        return "securityassessment/report";
    }
}
