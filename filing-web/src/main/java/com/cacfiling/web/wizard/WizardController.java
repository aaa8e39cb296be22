package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.IllegalTransitionException;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.text.ZiCounter;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.wizard.form.AssessmentForm;
import com.cacfiling.web.wizard.form.BasicForm;
import com.cacfiling.web.wizard.form.DetailedForm;
import com.cacfiling.web.wizard.form.EntityForm;
import com.cacfiling.web.wizard.form.Step3Form;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The filing wizard: one page per step, each saving a draft whatever its state (invalid identifiers are reported
 * next to their field and keep their saved value), with the rules' findings and readiness on every page.
 */
@Controller
@RequestMapping("/filings/{filingId}")
class WizardController {

    private final FilingService filings;
    private final FindingViews findingViews;
    private final com.cacfiling.web.review.Comments comments;

    WizardController(FilingService filings, FindingViews findingViews, com.cacfiling.web.review.Comments comments) {
        this.filings = filings;
        this.findingViews = findingViews;
        this.comments = comments;
    }

    /** A filing reopens where the user left it. */
    @GetMapping
    String resume(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        FilingRecord filing = filings.get(filingId, user);
        return "redirect:/filings/" + filingId + "/steps/" + Step.valueOf(filing.getLastStep()).slug();
    }

    @GetMapping("/steps/{slug}")
    String initStepForm(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable String slug,
            Model model, Locale locale) {
        Step step = Step.ofSlug(slug);
        FilingRecord filing = filings.get(filingId, user);
        filings.rememberStep(user, filingId, step.name());
        if (!model.containsAttribute("form") && step != Step.REVIEW) {
            model.addAttribute("form", currentForm(user, filingId, step));
        }
        return page(user, filingId, step, filing, model, locale);
    }

    @PostMapping("/steps/entity")
    String processEntityForm(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") EntityForm form, BindingResult result, @RequestParam("_action") String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return process(user, filingId, Step.ENTITY, form, result, action, model, locale, redirect, response,
                () -> filings.updateEntity(user, filingId, form.getVersion(),
                        previous -> WizardForms.toEntity(form, previous, result)));
    }

    @PostMapping("/steps/basic")
    String processBasicForm(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") BasicForm form, BindingResult result, @RequestParam("_action") String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return process(user, filingId, Step.ALGORITHM_BASIC, form, result, action, model, locale, redirect, response,
                () -> filings.updateAlgorithm(user, filingId, form.getVersion(), p -> WizardForms.applyBasic(form, p)));
    }

    @PostMapping("/steps/detailed")
    String processDetailedForm(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") DetailedForm form, BindingResult result, @RequestParam("_action") String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return process(user, filingId, Step.ALGORITHM_DETAILED, form, result, action, model, locale, redirect,
                response, () -> filings.updateAlgorithm(user, filingId, form.getVersion(),
                        p -> WizardForms.applyDetailed(form, p, result)));
    }

    @PostMapping("/steps/assessment")
    String processAssessmentForm(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") AssessmentForm form, BindingResult result, @RequestParam("_action") String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return process(user, filingId, Step.SELF_ASSESSMENT, form, result, action, model, locale, redirect, response,
                () -> filings.updateAlgorithm(user, filingId, form.getVersion(),
                        p -> WizardForms.applyAssessment(form, p)));
    }

    @PostMapping("/steps/step3")
    String processStep3Form(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @ModelAttribute("form") Step3Form form, BindingResult result, @RequestParam("_action") String action,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        FilingRecord filing = filings.get(filingId, user);
        return process(user, filingId, Step.STEP3, form, result, action, model, locale, redirect, response,
                () -> filings.updateStep3(user, filingId, form.getVersion(),
                        WizardForms.toStep3(form, filing.getRole())));
    }

    /** The live 字 counter of the 200-字 fields: the rules' own count, so page and findings always agree. */
    @PostMapping("/zi-count")
    @ResponseBody
    ZiCount ziCount(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(defaultValue = "") String text) {
        filings.get(filingId, user);
        return new ZiCount(ZiCounter.count(text), ZiCounter.rawLength(text), ZiCounter.LIMIT);
    }

    record ZiCount(int zi, int raw, int limit) {
    }

    private String process(PortalUser user, UUID filingId, Step step, Object form, BindingResult result,
            String action, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response,
            Runnable save) {
        FilingRecord filing = filings.get(filingId, user);
        filings.rememberStep(user, filingId, step.name());
        String rowAnchor = RowAction.apply(form, action);
        try {
            save.run();
        }
        catch (EditConflictException conflict) {
            Object current = currentForm(user, filingId, step);
            model.addAttribute("conflicts", FormDiff.between(form, current));
            setVersion(form, current);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(user, filingId, step, filings.get(filingId, user), model, locale);
        }
        catch (com.cacfiling.web.filing.CreditCodeTakenException taken) {
            result.rejectValue("creditCode", "company.creditCode.duplicate");
            model.addAttribute("message", "wizard.savedWithProblems");
            return page(user, filingId, step, filing, model, locale);
        }
        catch (IllegalTransitionException notEditable) {
            model.addAttribute("message", "wizard.notEditable");
            return page(user, filingId, step, filing, model, locale);
        }
        if (result.hasErrors()) {
            model.addAttribute("message", "wizard.savedWithProblems");
            setVersion(form, currentForm(user, filingId, step));
            return page(user, filingId, step, filings.get(filingId, user), model, locale);
        }
        redirect.addFlashAttribute("message", "wizard.saved");
        if (rowAnchor != null) {
            return "redirect:/filings/" + filingId + "/steps/" + step.slug() + "#" + rowAnchor;
        }
        Step target = "next".equals(action) ? step.next() : step;
        return "redirect:/filings/" + filingId + "/steps/" + target.slug();
    }

    private static void setVersion(Object form, Object current) {
        var target = org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(form);
        var source = org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(current);
        target.setPropertyValue("version", source.getPropertyValue("version"));
    }

    private Object currentForm(PortalUser user, UUID filingId, Step step) {
        FilingRecord filing = filings.get(filingId, user);
        Dossier dossier = filings.dossier(filingId, user);
        var profile = dossier.filing().algorithm().profile();
        long algorithmVersion = filing.getAlgorithm().getVersion();
        Supplier<Object> form = switch (step) {
            case ENTITY -> () -> WizardForms.entityForm(dossier.entity(), filing.getCompany().getVersion());
            case ALGORITHM_BASIC -> () -> WizardForms.basicForm(profile, algorithmVersion);
            case ALGORITHM_DETAILED -> () -> WizardForms.detailedForm(profile, algorithmVersion);
            case SELF_ASSESSMENT -> () -> WizardForms.assessmentForm(profile, algorithmVersion);
            case STEP3 -> () -> WizardForms.step3Form(dossier.filing().step3(), filing.getVersion());
            case REVIEW -> () -> null;
        };
        return form.get();
    }

    private String page(PortalUser user, UUID filingId, Step step, FilingRecord filing, Model model, Locale locale) {
        Dossier dossier = filings.dossier(filingId, user);
        Evaluation evaluation = FilingRules.evaluate(dossier, filings.today());
        model.addAttribute("filing", filing);
        model.addAttribute("dossier", dossier);
        model.addAttribute("step", step);
        model.addAttribute("steps", Step.values());
        model.addAttribute("view", findingViews.view(evaluation, locale));
        model.addAttribute("options", OptionsView.of(filing.getFormVersion(), locale));
        model.addAttribute("siblings", filings.siblings(filingId, user));
        model.addAttribute("editable", filing.getStatus().isEditable());
        model.addAttribute("evidence", dossier.filing().algorithm().profile().assessment().evidence());
        model.addAttribute("enums", WizardEnums.INSTANCE);
        model.addAttribute("openComments", new CommentsView(comments.of(filingId, user).stream()
                .filter(comment -> !comment.isResolved() && comment.getParentId() == null).toList()));
        return "wizard/" + step.slug();
    }

    /** Lists for the selects of enum-valued fields. */
    enum WizardEnums {
        INSTANCE;

        public List<com.cacfiling.domain.algorithm.FlowStepKind> flowKinds() {
            return List.of(com.cacfiling.domain.algorithm.FlowStepKind.values());
        }

        public List<com.cacfiling.domain.algorithm.RiskCategory> riskCategories() {
            return List.of(com.cacfiling.domain.algorithm.RiskCategory.values());
        }

        public List<com.cacfiling.domain.algorithm.MeasureKind> measureKinds() {
            return List.of(com.cacfiling.domain.algorithm.MeasureKind.values());
        }
    }
}
