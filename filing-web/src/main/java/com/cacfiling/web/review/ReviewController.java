package com.cacfiling.web.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.IllegalTransitionException;
import com.cacfiling.domain.filing.Transition;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.inbox.Inbox;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.ForbiddenException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.PeopleNames;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserRole;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review workflow of a filing: field comments between officer and consultant, the consultant's decision
 * (return with a reason, or ready), and then what happened at the CAC (submitted, approved with the filing
 * number, returned), change and cancellation. Each move is a domain transition and notifies the other side.
 */
@Controller
class ReviewController {

    private final FilingService filings;
    private final Comments comments;
    private final Inbox inbox;
    private final WorkflowOutcomes outcomes;

    private final PeopleNames peopleNames;
    private final ChangeLog changeLog;
    private final WorkflowFormCheck formCheck;
    private final com.cacfiling.web.evidence.EntityDocuments entityDocuments;

    private final org.springframework.context.MessageSource messages;

    private final com.cacfiling.web.inbox.FieldNames fieldNames;

    ReviewController(FilingService filings, Comments comments, Inbox inbox, WorkflowOutcomes outcomes,
            PeopleNames peopleNames, ChangeLog changeLog, WorkflowFormCheck formCheck,
            com.cacfiling.web.evidence.EntityDocuments entityDocuments,
            org.springframework.context.MessageSource messages, com.cacfiling.web.inbox.FieldNames fieldNames) {
        this.messages = messages;
        this.fieldNames = fieldNames;
        this.entityDocuments = entityDocuments;
        this.filings = filings;
        this.comments = comments;
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.peopleNames = peopleNames;
        this.changeLog = changeLog;
        this.formCheck = formCheck;
    }

    @GetMapping("/filings/{filingId}/workflow")
    String workflow(@CurrentUser PortalUser user, @PathVariable UUID filingId, Model model, Locale locale) {
        // One access check and one load (filing, company, algorithm, history) for the whole page: it follows every
        // workflow move, so its statements are part of each move's time in the browser.
        FilingService.Opened opened = filings.open(filingId, user);
        FilingRecord filing = opened.record();
        model.addAttribute("filing", filing);
        model.addAttribute("overdue", Overdue.of(filing, filings.today(),
                opened.dossier().filing().algorithm().profile().assessment().otherMatters()));
        model.addAttribute("history", opened.dossier().filing().history());
        // Why it came back, where the move to make is (found in a walk: only the log at the bottom said it).
        ReturnNotice returned = ReturnNotice.of(opened.dossier().filing());
        model.addAttribute("returnNotice", returned == null ? null
                : returned.readBy(user.getUsername(), peopleNames::of));
        model.addAttribute("changeOf", changeOf(opened));
        List<FieldComment> shownComments = comments.of(opened);
        // Moves and comments are signed by people's names, not their sign-in names.
        List<String> people = new ArrayList<>(opened.dossier().filing().history().stream()
                .map(Transition::actor).toList());
        shownComments.forEach(comment -> {
            people.add(comment.getAuthor());
            people.add(comment.getAddressedBy());
        });
        model.addAttribute("actorNames", peopleNames.of(people));
        model.addAttribute("comments", shownComments);
        // Found ready, submitted, approved, cancelled or withdrawn: a comment still open stays so, said as such, and
        // nothing is asked of the company that cannot edit the filing (found in walks: "mark addressed" on a filing
        // found ready and on an approved one). A closed filing takes no new comment either.
        model.addAttribute("reviewEnded", Comments.REVIEW_ENDED.contains(filing.getStatus()));
        model.addAttribute("commentsClosed", Comments.CLOSED.contains(filing.getStatus())
                || filing.getCompany().isArchived());
        model.addAttribute("consultant", user.is(UserRole.CONSULTANT));
        model.addAttribute("officer", user.is(UserRole.OFFICER));
        // Readers outside the company see ID numbers written into comments masked.
        model.addAttribute("idsMasked", !user.worksFor(filing.getCompany().getId()));
        // An archived company's filing is read: no move, no record of the CAC's outcome.
        model.addAttribute("archived", filing.getCompany().isArchived());
        model.addAttribute("recordsCacOutcome", !filing.getCompany().isArchived() && mayRecordCacOutcome(user, filing));
        model.addAttribute("fieldPaths", CommentablePaths.of(opened.dossier()));
        // Until it is submitted: which of Step 1's uploads the CAC's system will ask for are not there yet (found in a
        // walk: a filing without any was approved as ready to submit).
        model.addAttribute("missingUploads", MissingUploads.of(filing, entityDocuments));
        model.addAttribute("today", filings.today());
        model.addAttribute("siblings", opened.siblings());
        // Replaced by an approved change: said, and its moves (another change, the end, the cancellation) are the change's.
        FilingRecord supersededBy = filing.getStatus() == FilingStatus.APPROVED
                ? filings.supersededBy(filing).orElse(null) : null;
        model.addAttribute("supersededBy", supersededBy);
        // A change in progress: said where a change would be started, with the way to it (found in a walk: the page
        // offered to start another, as if there were none).
        model.addAttribute("openChange", filing.getStatus() == FilingStatus.APPROVED
                && supersededBy == null ? filings.openChangeOf(filing).orElse(null) : null);
        model.addAttribute("cancellationNote", CancellationNote.of(opened.dossier().filing()));
        // Resubmitted after a return: what changed since, one click away (the history's comparison of the two).
        model.addAttribute("sinceReturn", sinceReturn(opened));
        // A change filing is approved under the number of the filing it changes: offered, not forced.
        model.addAttribute("previousNumber", filing.getStatus() == FilingStatus.SUBMITTED
                ? filings.previousFilingNumber(filing) : null);
        return "review/workflow";
    }

    /**
     * What a change filing changes: the approved filing (its number), the day the change takes effect, and the versions
     * to compare for what changed since the approved content (its first version is the copy of it). Found in a walk:
     * the change's own page named neither, and a reviewer had to find the comparison in the history.
     */
    record ChangeOf(UUID previousId, String previousNumber, LocalDate effectiveOn, Long from, Long to) {
    }

    private ChangeOf changeOf(FilingService.Opened opened) {
        FilingRecord filing = opened.record();
        if (filing.getKind() != com.cacfiling.domain.filing.FilingKind.CHANGE || filing.getPreviousFilingId() == null) {
            return null;
        }
        List<ChangeLog.Entry> versions = changeLog.versions(filing.getId());
        var previousNumber = opened.dossier().filing().previousFilingNumber();
        // The history compares the latest version with the approved filing (?approved=true).
        return new ChangeOf(filing.getPreviousFilingId(), previousNumber == null ? null : previousNumber.value(),
                opened.dossier().filing().changeEffectiveOn(),
                versions.isEmpty() ? null : versions.get(versions.size() - 1).id(),
                versions.isEmpty() ? null : versions.get(0).id());
    }

    /**
     * What the log says of a cancellation beside its reason: the day the service ended and, when the cancellation
     * named another day than the service end recorded before it, that earlier day (found in a walk: the entry said
     * neither, and a recorded end was replaced silently).
     */
    record CancellationNote(LocalDate serviceEndedOn, LocalDate recordedBefore) {

        static CancellationNote of(Filing filing) {
            if (filing.cancellation() == null) {
                return null;
            }
            LocalDate ended = filing.cancellation().serviceEndedOn();
            LocalDate recorded = filing.history().stream()
                    .filter(move -> "recordServiceEnd".equals(move.action()) && move.note() != null)
                    .map(move -> WorkflowFormCheck.date(move.note())).filter(java.util.Objects::nonNull)
                    .reduce((first, last) -> last).orElse(null);
            return new CancellationNote(ended, ended.equals(recorded) ? null : recorded);
        }
    }

    /** The versions to compare for what changed since the filing was last returned: before it and the latest. */
    record SinceReturn(long from, long to) {
    }

    private SinceReturn sinceReturn(FilingService.Opened opened) {
        if (opened.record().getStatus() != FilingStatus.IN_REVIEW) {
            return null;
        }
        java.time.Instant returned = opened.dossier().filing().history().stream()
                .filter(move -> move.changesStatus() && (move.to() == FilingStatus.RETURNED
                        || move.to() == FilingStatus.RETURNED_BY_CAC))
                .map(Transition::at).reduce((first, last) -> last).orElse(null);
        if (returned == null) {
            return null;
        }
        List<ChangeLog.Entry> versions = changeLog.versions(opened.record().getId());
        var before = versions.stream().filter(version -> !version.at().isAfter(returned)).findFirst();
        if (versions.isEmpty() || before.isEmpty() || before.get().id() == versions.get(0).id()) {
            return null;
        }
        return new SinceReturn(before.get().id(), versions.get(0).id());
    }

    /**
     * Every workflow move is confirmed first: the forms of the workflow and review pages lead here (changing
     * nothing and needing no script; posted, so that what was typed, a return's reason, stays out of addresses,
     * browser histories and access logs), and this page says what will happen and who will be told, and performs
     * the move with the values entered.
     */
    @RequestMapping(path = "/filings/{filingId}/confirm/{movePath}",
            method = {RequestMethod.GET,
                    RequestMethod.POST})
    String confirm(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable String movePath,
            @RequestParam Map<String, String> parameters, Model model, Locale locale,
            RedirectAttributes redirect) {
        WorkflowMove move = WorkflowMove.ofPath(movePath).orElseThrow(NotFoundException::new);
        FilingRecord filing = filings.get(filingId, user);
        requireMayMove(user, move, filing);
        Optional<String> replaced = replacedFiling(move, filing, redirect);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        Map<String, String> values = formValues(move, parameters);
        // A move the filing's status no longer allows is refused before it is offered (found in a walk: after the
        // browser's Back, "confirm" of a move already made; refused only after the click, in the green of success).
        Optional<String> done = alreadyDone(move, filing, values, redirect);
        if (done.isPresent()) {
            return done.get();
        }
        // What is wrong is said before the confirmation, next to the field, with what was typed still there.
        Map<String, String> problems = formCheck.problems(move, values, filing);
        if (!problems.isEmpty()) {
            return backToForm(filingId, move, values, problems, redirect);
        }
        // "Ready" is checked against the filing as it is, and its open comments counted, from one load.
        FilingService.Opened opened = move == WorkflowMove.READY ? filings.openAlone(filingId, user) : null;
        if (opened != null && !complete(opened, user)) {
            redirect.addFlashAttribute("message", "review.readyBlocked");
            return "redirect:/filings/" + filingId + "/workflow";
        }
        model.addAttribute("filing", filing);
        model.addAttribute("move", move);
        model.addAttribute("values", values);
        // The language switch posts the values again (a link would GET the page without them: the reason was lost).
        model.addAttribute("languageRepost", values);
        model.addAttribute("backUrl", "/filings/" + filingId + "/" + move.backTo());
        model.addAttribute("subject", outcomes.subject(filing, locale));
        model.addAttribute("notified", outcomes.people(inbox.recipients(filing.getCompany().getId(), user.id()),
                locale));
        // Ready with comments still open: said before it is confirmed (the comments are the review's questions).
        if (opened != null) {
            model.addAttribute("openComments", comments.of(opened).stream()
                    .filter(comment -> !comment.isResolved() && comment.getParentId() == null).count());
        }
        // Submitted (again) with comments still waiting for the company: said too (found in a walk: only the
        // consultant's confirmation warned).
        if (move == WorkflowMove.SUBMIT_FOR_REVIEW) {
            // One load for both: the comments and the pair's other filing.
            FilingService.Opened submitted = filings.open(filingId, user);
            model.addAttribute("awaitingComments", comments.of(submitted).stream()
                    .filter(comment -> comment.isAwaitingCompany() && comment.getParentId() == null).count());
            model.addAttribute("pairUnfinished", pairUnfinished(submitted.siblings(), user, locale));
        }
        // What the CAC's system will ask for first, said before the filing is called ready or recorded as submitted
        // (found in a walk: a submission was recorded for a company whose Step 1 approval was not recorded).
        // The entity's approval recorded first while this filing's Step 1 is unfinished: said, not refused (the CAC
        // may have approved the entity through an earlier filing), found in a walk recording it on a new draft.
        boolean firstEntityApproval = move == WorkflowMove.ENTITY_APPROVAL
                && filing.getCompany().getEntityApprovedOn() == null;
        if (move == WorkflowMove.SUBMIT_FOR_REVIEW || move == WorkflowMove.READY || move == WorkflowMove.SUBMISSION
                || firstEntityApproval) {
            model.addAttribute("missingUploads", MissingUploads.of(filing, entityDocuments));
        }
        if (firstEntityApproval) {
            model.addAttribute("entityStepErrors", filings.evaluate(filingId, user).findings().stream()
                    .filter(finding -> finding.isError() && finding.fieldPath() != null
                            && com.cacfiling.rules.WizardStep.of(finding.fieldPath())
                                    == com.cacfiling.rules.WizardStep.ENTITY)
                    .count());
        }
        model.addAttribute("withdrawsChange", move == WorkflowMove.CANCEL ? changeWithdrawnBy(filing).orElse(null)
                : null);
        // A cancellation naming another end of the service than the one recorded: taken, and said before (the log
        // keeps both days).
        LocalDate typedEnd = WorkflowFormCheck.date(values.get("serviceEndedOn"));
        model.addAttribute("recordedServiceEnd", move == WorkflowMove.CANCEL && filing.getServiceEndedOn() != null
                && !filing.getServiceEndedOn().equals(typedEnd) ? filing.getServiceEndedOn() : null);
        // A change filing is named as such (found in a walk: its submission read as the first one's).
        model.addAttribute("whatKey", move == WorkflowMove.SUBMIT_FOR_REVIEW && isChange(filing)
                ? "confirm.submitChangeForReview" : "confirm." + move.action());
        model.addAttribute("entityNotApproved", move == WorkflowMove.SUBMISSION
                && filing.getCompany().getEntityApprovedOn() == null);
        // The Step 1 approval recorded before on another day: this confirms a correction, for all the company's filings.
        model.addAttribute("recordedEntityApproval", move == WorkflowMove.ENTITY_APPROVAL
                ? filing.getCompany().getEntityApprovedOn() : null);
        return "review/confirm";
    }

    /**
     * What the other filing of a dual-role pair still lacks in the algorithm information the two share, which this
     * submission locks until its review ends: a walk's supporter could no longer enter its own customers once the
     * provider was in review. Null when there is no such filing or it lacks nothing there.
     */
    private PairUnfinished pairUnfinished(List<FilingRecord> siblings, PortalUser user, Locale locale) {
        for (FilingRecord other : siblings) {
            if (!other.getStatus().isEditable()) {
                continue;
            }
            List<String> missing = filings.evaluate(other.getId(), user).findings().stream()
                    .filter(finding -> finding.severity() == com.cacfiling.rules.Severity.ERROR
                            && finding.fieldPath() != null && finding.fieldPath().startsWith("algorithm."))
                    .map(finding -> fieldNames.label(finding.fieldPath(), locale)).distinct().toList();
            if (!missing.isEmpty()) {
                return new PairUnfinished(other, missing.stream().limit(PAIR_FIELDS_SHOWN).toList(), missing.size());
            }
        }
        return null;
    }

    private static final int PAIR_FIELDS_SHOWN = 6;

    /** The pair's other filing and the names of the shared fields it lacks (the first few, and how many in all). */
    public record PairUnfinished(FilingRecord filing, List<String> fields, int total) {
    }

    /** The confirmation's "back, do nothing": to the form, with what was entered in it. */
    @PostMapping("/filings/{filingId}/confirm/{movePath}/back")
    String backFromConfirmation(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable String movePath, @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        WorkflowMove move = WorkflowMove.ofPath(movePath).orElseThrow(NotFoundException::new);
        requireMayMove(user, move, filings.get(filingId, user));
        return backToForm(filingId, move, formValues(move, parameters), Map.of(), redirect);
    }

    /** Back to the move's form: what was typed in it, and what is wrong next to each field. */
    private static String backToForm(UUID filingId, WorkflowMove move, Map<String, String> values,
            Map<String, String> problems, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failedMove", move.path());
        redirect.addFlashAttribute("typed", values);
        redirect.addFlashAttribute("formErrors", problems);
        return "redirect:/filings/" + filingId + "/" + move.backTo() + "#move-" + move.path();
    }

    /** A move the filing's status does not allow is refused in words on the workflow page. */
    static Optional<String> alreadyDone(WorkflowMove move, FilingRecord filing, RedirectAttributes redirect) {
        return alreadyDone(move, filing, Map.of(), redirect);
    }

    /**
     * A move the filing's status does not allow, or the Step 1 approval recorded again on the day already recorded,
     * is refused in words on the workflow page. Another day is a correction, which the confirmation names (found in
     * a walk: posted again from an old tab, it replaced the company's approval day without a word).
     */
    private static Optional<String> alreadyDone(WorkflowMove move, FilingRecord filing, Map<String, String> values,
            RedirectAttributes redirect) {
        LocalDate recorded = filing.getCompany().getEntityApprovedOn();
        LocalDate serviceEnd = filing.getServiceEndedOn();
        String refusal = !Filing.allows(filing.getStatus(), move.action()) ? "review.illegalMove"
                : move == WorkflowMove.ENTITY_APPROVAL && recorded != null
                        && recorded.equals(WorkflowFormCheck.date(values.get("entityApprovedOn")))
                        ? "review.entityApproval.already"
                : move == WorkflowMove.SERVICE_END && serviceEnd != null
                        && serviceEnd.equals(WorkflowFormCheck.date(values.get("serviceEndedOn")))
                        ? "review.serviceEnd.already" : null;
        if (refusal == null) {
            return Optional.empty();
        }
        redirect.addFlashAttribute("refusal", refusal);
        return Optional.of("redirect:/filings/" + filing.getId() + "/workflow");
    }

    /** The values a move's final request carries, checked as its confirmation checked them. */
    private Optional<String> refused(UUID filingId, WorkflowMove move, FilingRecord filing,
            Map<String, String> values, RedirectAttributes redirect) {
        Map<String, String> problems = formCheck.problems(move, values, filing);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(backToForm(filingId, move, values, problems, redirect));
    }

    @PostMapping("/filings/{filingId}/comments")
    String comment(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String fieldPath, @RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) String body, RedirectAttributes redirect) {
        FilingService.Opened filing = filings.openAlone(filingId, user);
        if (body == null || body.isBlank() || body.length() > 4000
                || parentId == null && !CommentablePaths.isCommentable(fieldPath, filing.dossier())) {
            if (parentId == null) {
                // The new comment's form keeps its field and text, and says what is wrong under the text.
                redirect.addFlashAttribute("commentTyped", values("fieldPath", fieldPath, "body", body));
                redirect.addFlashAttribute("commentError", body != null && body.length() > 4000
                        ? "review.comment.tooLong" : "review.comment.invalid");
                return "redirect:/filings/" + filingId + "/workflow#new-comment";
            }
            redirect.addFlashAttribute("message", "review.comment.invalid");
        }
        else {
            boolean handedOver = comments.add(user, filingId, fieldPath, parentId, body);
            // The company's answer hands the thread to the consultant: said, not only seen in the thread's state
            // (found in a walk: "reply added", and the thread had become "addressed").
            redirect.addFlashAttribute("message", parentId == null ? "review.comment.added"
                    : handedOver ? "review.comment.repliedHandedOver" : "review.comment.replied");
        }
        // The page opens at the thread answered, and says it there (found in a walk: the notice was at the top, out
        // of sight).
        String at = parentId != null ? "c-" + parentId : "comments";
        redirect.addFlashAttribute("noticeAt", at);
        return "redirect:/filings/" + filingId + "/workflow#" + at;
    }

    @PostMapping("/filings/{filingId}/comments/{commentId}/resolve")
    String resolve(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable UUID commentId,
            RedirectAttributes redirect) {
        comments.resolve(user, filingId, commentId);
        redirect.addFlashAttribute("message", "review.comment.resolved");
        redirect.addFlashAttribute("noticeAt", "c-" + commentId);
        return "redirect:/filings/" + filingId + "/workflow#c-" + commentId;
    }

    @PostMapping("/filings/{filingId}/comments/{commentId}/addressed")
    String markAddressed(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable UUID commentId,
            RedirectAttributes redirect) {
        comments.markAddressed(user, filingId, commentId);
        redirect.addFlashAttribute("message", "review.comment.addressed");
        redirect.addFlashAttribute("noticeAt", "c-" + commentId);
        return "redirect:/filings/" + filingId + "/workflow#c-" + commentId;
    }

    @PostMapping("/filings/{filingId}/comments/{commentId}/reopen")
    String reopenComment(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable UUID commentId,
            RedirectAttributes redirect) {
        comments.reopen(user, filingId, commentId);
        redirect.addFlashAttribute("message", "review.comment.reopened");
        redirect.addFlashAttribute("noticeAt", "c-" + commentId);
        return "redirect:/filings/" + filingId + "/workflow#c-" + commentId;
    }

    @PostMapping("/filings/{filingId}/return")
    String returnForRework(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        FilingRecord filing = requireConsultant(user, filingId);
        // The company reads the reason first, on every page of the filing; the comments say where.
        Optional<String> refused = refused(filingId, WorkflowMove.RETURN, filing,
                values("reason", reason), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        return move(user, filing, "returnForRework", (f, a) -> f.returnForRework(a, reason.strip()), "inbox.returned",
                reason, redirect);
    }

    @PostMapping("/filings/{filingId}/ready")
    String markReady(@CurrentUser PortalUser user, @PathVariable UUID filingId, RedirectAttributes redirect) {
        FilingRecord filing = requireConsultant(user, filingId);
        // Already moved on (an old tab): said so, before what the filing lacks.
        Optional<String> done = alreadyDone(WorkflowMove.READY, filing, redirect);
        if (done.isPresent()) {
            return done.get();
        }
        if (!complete(filings.openAlone(filingId, user), user)) {
            redirect.addFlashAttribute("message", "review.readyBlocked");
            return "redirect:/filings/" + filingId + "/workflow";
        }
        return move(user, filing, "markReady", (f, a) -> f.markReady(a), "inbox.ready", redirect);
    }

    /**
     * Whether the filing has nothing left to correct: what the company's submission requires, required again of the
     * consultant's "ready" (a filing that reached review otherwise, imported or changed since, is not filed as is).
     */
    private boolean complete(FilingService.Opened opened, PortalUser user) {
        return filings.evaluateStored(opened.record(), opened.dossier(), filings.today()).isReady()
                && !filings.hasTypedProblems(opened.record().getId(), user);
    }

    /** A move's form values as posted, each of its fields (empty where not sent). */
    private static Map<String, String> formValues(WorkflowMove move,
            Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        move.fields().forEach(field -> values.put(field, parameters.getOrDefault(field, "")));
        return values;
    }

    @PostMapping("/filings/{filingId}/reopen")
    String reopen(@CurrentUser PortalUser user, @PathVariable UUID filingId, RedirectAttributes redirect) {
        return move(user, filings.get(filingId, user), "reopen", (f, a) -> f.reopen(a), "inbox.reopened", redirect);
    }

    @PostMapping("/filings/{filingId}/submission")
    String recordSubmission(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            RedirectAttributes redirect) {
        FilingRecord filing = requireCacOutcomeRecorder(user, filingId);
        Optional<String> refused = refused(filingId, WorkflowMove.SUBMISSION, filing,
                values("submittedOn", submittedOn == null ? "" : submittedOn.toString()), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        return move(user, filing, "recordSubmission", (f, a) -> f.recordSubmission(a, submittedOn), "inbox.submitted", redirect);
    }

    @PostMapping("/filings/{filingId}/approval")
    String recordApproval(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String filingNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
            RedirectAttributes redirect) {
        FilingRecord filing = requireCacOutcomeRecorder(user, filingId);
        Optional<String> refused = refused(filingId, WorkflowMove.APPROVAL, filing,
                values("filingNumber", filingNumber, "approvedOn", approvedOn == null ? "" : approvedOn.toString()),
                redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        FilingNumber number = new FilingNumber(filingNumber);
        return move(user, filing, "recordApproval", (f, a) -> f.recordApproval(a, number, approvedOn), "inbox.approved", redirect);
    }

    @PostMapping("/filings/{filingId}/cac-return")
    String recordCacReturn(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        FilingRecord filing = requireCacOutcomeRecorder(user, filingId);
        Optional<String> refused = refused(filingId, WorkflowMove.CAC_RETURN, filing,
                values("reason", reason), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        return move(user, filing, "recordCacReturn", (f, a) -> f.recordCacReturn(a, reason.strip()),
                "inbox.cacReturned", reason, redirect);
    }

    @PostMapping("/filings/{filingId}/cancel")
    String cancel(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate serviceEndedOn,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        FilingRecord filing = filings.get(filingId, user);
        Optional<String> replaced = replacedFiling(WorkflowMove.CANCEL, filing, redirect);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        Optional<String> refused = refused(filingId, WorkflowMove.CANCEL, filing, values("serviceEndedOn",
                serviceEndedOn == null ? "" : serviceEndedOn.toString(), "reason", reason), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        LocalDate today = filings.today();
        // A change still open goes with its filing (found in a walk: it stayed a draft with a deadline, and said
        // "ready to submit" until its last confirmation refused it); the confirmation said so.
        Optional<FilingRecord> openChange = changeWithdrawnBy(filing);
        // The others hear of the change's end too (found in a walk: the consultant reviewing it was told only of
        // the cancellation).
        String moved = move(user, filing, "cancel", (f, a) -> f.cancel(a, serviceEndedOn, today, reason.strip()),
                openChange.isPresent() ? "inbox.cancelledWithChange" : "inbox.cancelled", redirect);
        if (filings.get(filingId, user).getStatus() == FilingStatus.CANCELLED) {
            // Logged as a code, put into words in the reader's language (found in a walk: the Chinese sentence
            // stored here showed on English pages).
            openChange.ifPresent(change -> filings.transition(user, change.getId(), (f, a) -> f.withdraw(a,
                    Filing.WITHDRAWN_WITH_ORIGINAL)));
        }
        return moved;
    }

    static boolean isChange(FilingRecord filing) {
        return filing.getKind() == com.cacfiling.domain.filing.FilingKind.CHANGE;
    }

    /** The change of the filing still open that its cancellation withdraws (one with the CAC is the CAC's). */
    private Optional<FilingRecord> changeWithdrawnBy(FilingRecord filing) {
        return filings.openChangeOf(filing).filter(change -> change.getStatus() != FilingStatus.SUBMITTED);
    }

    /**
     * Withdraws a filing not filed with the CAC (or come back from it): the company's officers give up a draft
     * started by mistake or no longer wanted. It is closed, keeps its record and has no deadline.
     */
    @PostMapping("/filings/{filingId}/withdraw")
    String withdraw(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        FilingRecord filing = filings.get(filingId, user);
        requireMayMove(user, WorkflowMove.WITHDRAW, filing);
        Optional<String> refused = refused(filingId, WorkflowMove.WITHDRAW, filing, values("reason", reason),
                redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        // The message carries the reason, as a return's does.
        return move(user, filing, "withdraw", (f, a) -> f.withdraw(a, reason.strip()), "inbox.withdrawn",
                reason.strip(), redirect);
    }

    /**
     * Records that the CAC approved the filing entity (Step 1), by whoever records the CAC's outcomes: from then on
     * the algorithm (Step 2) may be submitted; before, the workflow page warns that it cannot be.
     */
    @PostMapping("/filings/{filingId}/entity-approval")
    String recordEntityApproval(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entityApprovedOn,
            RedirectAttributes redirect) {
        FilingRecord checked = requireCacOutcomeRecorder(user, filingId);
        Optional<String> done = alreadyDone(WorkflowMove.ENTITY_APPROVAL, checked,
                values("entityApprovedOn", entityApprovedOn == null ? "" : entityApprovedOn.toString()), redirect);
        if (done.isPresent()) {
            return done.get();
        }
        Optional<String> refused = refused(filingId, WorkflowMove.ENTITY_APPROVAL, checked,
                values("entityApprovedOn", entityApprovedOn == null ? "" : entityApprovedOn.toString()), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            filings.recordEntityApproval(user, filingId, entityApprovedOn);
        }
        catch (IllegalTransitionException withdrawn) {
            // A withdrawn filing is closed: its page offers no approval to record, and one posted is refused; so is a
            // second approval recorded at the same moment.
            redirect.addFlashAttribute("refusal", "review.illegalMove");
            return "redirect:/filings/" + filingId + "/workflow";
        }
        FilingRecord filing = filings.get(filingId, user);
        // The confirmation page named who would be told: they are.
        List<UserAccount> notified = inbox.notifyCompany(filing.getCompany().getId(),
                filingId, user.id(), "inbox.entityApproved", outcomes.inMessages(filing));
        outcomes.tell(redirect, "recordEntityApproval", filing, notified, LocaleContextHolder.getLocale());
        return "redirect:/filings/" + filingId + "/workflow";
    }

    /**
     * Records the day an approved filing's service ends (or ended), before the cancellation: from then on the filing
     * reminds of the cancellation deadline (20 working days, ARP Art. 24). Whoever may cancel may announce the end.
     */
    @PostMapping("/filings/{filingId}/service-end")
    String recordServiceEnd(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate serviceEndedOn,
            RedirectAttributes redirect) {
        FilingRecord filing = filings.get(filingId, user);
        Optional<String> replaced = replacedFiling(WorkflowMove.SERVICE_END, filing, redirect);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        if (serviceEndedOn == null) {
            return backToForm(filingId, WorkflowMove.SERVICE_END, values("serviceEndedOn", ""),
                    Map.of("serviceEndedOn", "review.dateRequired"), redirect);
        }
        // The day already recorded, again (the field shows it): said so, nothing recorded (found in a walk).
        Optional<String> done = alreadyDone(WorkflowMove.SERVICE_END, filing,
                values("serviceEndedOn", serviceEndedOn.toString()), redirect);
        if (done.isPresent()) {
            return done.get();
        }
        Optional<String> refused = refused(filingId, WorkflowMove.SERVICE_END, filing,
                values("serviceEndedOn", serviceEndedOn.toString()), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        // The message says which day was recorded (found in a walk: five messages, no day).
        return move(user, filing, "recordServiceEnd", (f, a) -> f.recordServiceEnd(a, serviceEndedOn),
                "inbox.serviceEnd", serviceEndedOn.toString(), redirect);
    }

    /**
     * Starts a change filing; the day the change took effect is asked for, since its 10 working days run from that
     * day (ARP Art. 24). Left empty, the deadline runs from today and the change draft says so.
     */
    @PostMapping("/filings/{filingId}/change")
    String startChange(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changeEffectiveOn,
            RedirectAttributes redirect) {
        FilingRecord approved = filings.get(filingId, user);
        Optional<String> replaced = replacedFiling(WorkflowMove.CHANGE, approved, redirect);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        Optional<String> refused = refused(filingId, WorkflowMove.CHANGE, approved,
                values("changeEffectiveOn", changeEffectiveOn == null ? "" : changeEffectiveOn.toString()), redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            FilingRecord change = filings.startChange(user, filingId, changeEffectiveOn);
            List<UserAccount> notified = inbox.notifyCompany(change.getCompany().getId(),
                    change.getId(), user.id(), "inbox.changeStarted", outcomes.inMessages(change));
            outcomes.tell(redirect, "startChange", change, notified, LocaleContextHolder.getLocale());
            return "redirect:/filings/" + change.getId() + "/steps/entity";
        }
        catch (IllegalTransitionException illegal) {
            redirect.addFlashAttribute("refusal", "review.illegalMove");
            return "redirect:/filings/" + filingId + "/workflow";
        }
    }

    /**
     * A change, a service end or a cancellation of a filing an approved change replaced is refused: the change is the
     * filing now (a second change from the original lost the first's content). A change started while another is
     * open leads to that one.
     */
    private Optional<String> replacedFiling(WorkflowMove move, FilingRecord filing,
            RedirectAttributes redirect) {
        if (move != WorkflowMove.CHANGE && move != WorkflowMove.CANCEL && move != WorkflowMove.SERVICE_END) {
            return Optional.empty();
        }
        Optional<FilingRecord> by = filings.supersededBy(filing);
        if (by.isPresent()) {
            redirect.addFlashAttribute("message", "workflow.superseded.refused");
            return Optional.of("redirect:/filings/" + by.get().getId() + "/workflow");
        }
        Optional<FilingRecord> open = move == WorkflowMove.CHANGE ? filings.openChangeOf(filing)
                : Optional.empty();
        if (open.isPresent()) {
            redirect.addFlashAttribute("message", "workflow.changeAlreadyOpen");
            return Optional.of("redirect:/filings/" + open.get().getId() + "/workflow");
        }
        return Optional.empty();
    }

    /** Name, value, name, value, …: a form's values as posted (null as empty). */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }

    /**
     * A change filing's messages name it as one (found in a walk: its "approved by the CAC" read word for word as the
     * original's, so the inbox held it twice).
     */
    private static final Map<String, String> CHANGE_MESSAGES = Map.of("inbox.returned", "inbox.changeReturned",
            "inbox.ready", "inbox.changeReady", "inbox.submitted", "inbox.changeSubmitted", "inbox.approved",
            "inbox.changeApproved", "inbox.cacReturned", "inbox.changeCacReturned");

    /** The moves whose outcome a change filing words as its own ({@code outcome.change…}). */
    private static final java.util.Set<String> CHANGE_OUTCOMES = java.util.Set.of("returnForRework", "markReady",
            "recordSubmission", "recordApproval", "recordCacReturn");

    /** A move on a filing the caller has already loaded through the access check ({@code filings.get}). */
    private String move(PortalUser user, FilingRecord filing, String action, BiConsumer<Filing, Actor> transition,
            String inboxKey, RedirectAttributes redirect) {
        return move(user, filing, action, transition, inboxKey, null, redirect);
    }

    /** A move whose message carries what the mover wrote ({@code detail}: a return's reason). */
    private String move(PortalUser user, FilingRecord filing, String action, BiConsumer<Filing, Actor> transition,
            String inboxKey, String detail, RedirectAttributes redirect) {
        UUID filingId = filing.getId();
        try {
            filings.transition(user, filingId, transition);
            List<UserAccount> notified = inbox.notifyCompany(filing.getCompany().getId(),
                    filingId, user.id(), isChange(filing) ? CHANGE_MESSAGES.getOrDefault(inboxKey, inboxKey) : inboxKey,
                    outcomes.inMessages(filing), detail);
            // A change filing's outcome names it as one, as its messages do (found in a walk).
            outcomes.tell(redirect, isChange(filing) && CHANGE_OUTCOMES.contains(action)
                    ? "change" + Character.toUpperCase(action.charAt(0)) + action.substring(1) : action, filing,
                    notified, LocaleContextHolder.getLocale());
        }
        catch (IllegalTransitionException illegal) {
            redirect.addFlashAttribute("refusal", "review.illegalMove");
        }
        return "redirect:/filings/" + filingId + "/workflow";
    }

    /**
     * A move's confirmation is refused as the move itself is (found in a walk: an officer was shown the confirmation
     * of "ready", whose button then failed).
     */
    private static void requireMayMove(PortalUser user, WorkflowMove move, FilingRecord filing) {
        switch (move) {
            case RETURN, READY -> requireReviewer(user);
            case SUBMISSION, APPROVAL, CAC_RETURN, ENTITY_APPROVAL -> requireOutcomeRecorder(user, filing);
            // Giving a filing up is the company's decision: its officers'.
            case WITHDRAW -> {
                if (!user.is(UserRole.OFFICER)) {
                    throw new NotFoundException();
                }
            }
            default -> {
            }
        }
    }

    /** Reviewing is the consultant's part; to anybody else the action does not exist. */
    private FilingRecord requireConsultant(PortalUser user, UUID filingId) {
        FilingRecord filing = filings.get(filingId, user);
        requireReviewer(user);
        return filing;
    }

    private static void requireReviewer(PortalUser user) {
        if (!user.is(UserRole.CONSULTANT)) {
            throw new NotFoundException();
        }
    }

    /**
     * What the CAC decided is recorded by the consultant, or by the company's officer where an administrator allowed
     * it; the officer sees the filing, so the refusal is 403 rather than 404.
     */
    private FilingRecord requireCacOutcomeRecorder(PortalUser user, UUID filingId) {
        FilingRecord filing = filings.get(filingId, user);
        requireOutcomeRecorder(user, filing);
        return filing;
    }

    private static void requireOutcomeRecorder(PortalUser user, FilingRecord filing) {
        if (!mayRecordCacOutcome(user, filing)) {
            throw new ForbiddenException();
        }
    }

    static boolean mayRecordCacOutcome(PortalUser user, FilingRecord filing) {
        return user.is(UserRole.CONSULTANT)
                || user.is(UserRole.OFFICER) && filing.getCompany().isOfficersRecordCacOutcome();
    }
}
