package com.cacfiling.web.review;

import java.util.Locale;
import java.util.UUID;

import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.review.WorkflowOutcomes;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lifecycle moves the wizard offers; the domain refuses illegal ones. */
@Controller
class LifecycleController {

    private final FilingService filings;
    private final com.cacfiling.web.inbox.Inbox inbox;
    private final WorkflowOutcomes outcomes;

    LifecycleController(FilingService filings, com.cacfiling.web.inbox.Inbox inbox, WorkflowOutcomes outcomes) {
        this.filings = filings;
        this.inbox = inbox;
        this.outcomes = outcomes;
    }

    /** Hands the filing to the consultant (again, after a return), once the rules find no error. */
    @PostMapping("/filings/{filingId}/submit-for-review")
    String submitForReview(@CurrentUser PortalUser user, @PathVariable UUID filingId, RedirectAttributes redirect,
            Locale locale) {
        // One access check and load for the rules and the message; the move itself loads the row it changes.
        FilingService.Opened opened = filings.openAlone(filingId, user);
        // Already in review (sent twice, an old tab): said so, before what the filing lacks.
        java.util.Optional<String> done = ReviewController.alreadyDone(WorkflowMove.SUBMIT_FOR_REVIEW,
                opened.record(), redirect);
        if (done.isPresent()) {
            return done.get();
        }
        // A change of a filing cancelled meanwhile has nothing left to change: the service is no longer filed.
        if (filings.changesACancelledFiling(opened.record())) {
            redirect.addFlashAttribute("message", "review.changeOfCancelled");
            return "redirect:/filings/" + filingId + "/steps/review";
        }
        Evaluation evaluation = filings.evaluateStored(opened.record(), opened.dossier(), filings.today());
        if (!evaluation.isReady() || filings.hasTypedProblems(filingId, user)) {
            // Asking for review starts every step: from now on each field shows what is missing.
            filings.markStarted(filingId, user, java.util.List.of("ENTITY", "ALGORITHM_BASIC", "ALGORITHM_DETAILED",
                    "SELF_ASSESSMENT", "STEP3"));
            redirect.addFlashAttribute("message", "review.blocked");
            return "redirect:/filings/" + filingId + "/steps/review";
        }
        filings.transition(user, filingId, (filing, actor) -> filing.submitForReview(actor));
        FilingRecord record = opened.record();
        // A change filing's submission is named as such (found in a walk: the consultant's inbox read the same for
        // the first filing and its change).
        boolean change = ReviewController.isChange(record);
        outcomes.tell(redirect, change ? "submitChangeForReview" : "submitForReview", record,
                inbox.notifyCompany(record.getCompany().getId(), filingId, user.id(),
                        change ? "inbox.changeSubmittedForReview" : "inbox.submittedForReview",
                        outcomes.inMessages(record)), locale);
        return "redirect:/filings/" + filingId + "/steps/review";
    }
}
