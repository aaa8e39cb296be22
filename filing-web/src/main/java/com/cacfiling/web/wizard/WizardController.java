package com.cacfiling.web.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.IllegalTransitionException;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.filing.CreditCodeTakenException;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.review.Comments;
import com.cacfiling.web.review.FieldComment;
import com.cacfiling.web.review.ReturnNotice;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.wizard.TypedInputs.TypedInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The filing wizard: one page per step, rendered and bound from the field catalogue. Every save is kept, valid or
 * not: what is not valid is kept as typed and shown with its error until corrected. Findings and readiness on every
 * page. A GET never writes.
 */
@Controller
@RequestMapping("/filings/{filingId}")
class WizardController {

    private final FilingService filings;
    private final FindingViews findingViews;
    private final Comments comments;
    private final StepForms stepForms;
    private final MessageSource messages;
    private final FormComparison comparison;

    /** Step 1's uploads, shown on the entity step. */
    private final com.cacfiling.web.evidence.EntityDocuments entityDocuments;
    private final ZiCounts ziCounts;
    private final FieldHtml fieldHtml;

    private final com.cacfiling.web.user.PeopleNames peopleNames;

    /** The service's other filings, which may no longer say what this one does (the review tells). */
    private final com.cacfiling.web.filing.OtherFilingsOfTheService otherFilings;

    WizardController(FilingService filings, FindingViews findingViews, Comments comments, StepForms stepForms,
            MessageSource messages, FormComparison comparison,
            com.cacfiling.web.evidence.EntityDocuments entityDocuments, ZiCounts ziCounts, FieldHtml fieldHtml,
            com.cacfiling.web.user.PeopleNames peopleNames,
            com.cacfiling.web.filing.OtherFilingsOfTheService otherFilings) {
        this.otherFilings = otherFilings;
        this.peopleNames = peopleNames;
        this.entityDocuments = entityDocuments;
        this.ziCounts = ziCounts;
        this.fieldHtml = fieldHtml;
        this.filings = filings;
        this.findingViews = findingViews;
        this.comments = comments;
        this.stepForms = stepForms;
        this.messages = messages;
        this.comparison = comparison;
    }

    /**
     * A filing reopens where the user left it; a filing returned to its company, for the company, on the first step
     * with a comment it still has to deal with (found in a walk: it opened on the step last saved, none of the
     * comments there).
     */
    @GetMapping
    String resume(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        FilingRecord filing = filings.get(filingId, user);
        boolean company = user.worksFor(filing.getCompany().getId());
        // The step the company's officer last saved is their place, not a reviewer's (found in a walk: the consultant
        // opened a filing in review at its Step 3): a filing in review opens at its review and comments, one that can
        // no longer be edited at its checks and documents, for anyone.
        if (!company && filing.getStatus() == com.cacfiling.domain.filing.FilingStatus.IN_REVIEW) {
            return "redirect:/filings/" + filingId + "/workflow";
        }
        if (!company || !filing.getStatus().isEditable()) {
            return "redirect:/filings/" + filingId + "/steps/" + Step.REVIEW.slug();
        }
        Step step = Step.valueOf(filing.getLastStep());
        if (filing.getStatus() == com.cacfiling.domain.filing.FilingStatus.RETURNED) {
            step = new CommentsView(comments.of(filingId, user).stream()
                    .filter(comment -> !comment.isResolved() && comment.getParentId() == null).toList())
                    .firstStepAwaiting().orElse(step);
        }
        return "redirect:/filings/" + filingId + "/steps/" + step.slug();
    }

    @GetMapping("/steps/{slug}")
    String showStep(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable String slug, Model model,
            Locale locale) {
        Step step = Step.ofSlug(slug);
        // The filing and what else the page reads of it (comments, the entity's documents) with one entity manager.
        return filings.open(filingId, user, opened -> {
            FilingRecord filing = opened.record();
            Dossier dossier = opened.dossier();
            TypedInputs typed = typedInputsSeenBy(user, filing);
            // Built once for a step's form: its fields and the rules read the same tree.
            DossierTree tree = step == Step.REVIEW ? null : FormTrees.of(dossier);
            if (step != Step.REVIEW) {
                model.addAttribute("groups", render(step, filing, dossier, shownTo(user, filing, tree), typed, locale));
                model.addAttribute("formVersion", FilingService.versionOf(filing, step.part()));
            }
            return page(user, step, opened, opened.siblings(), typed, model, locale, tree);
        });
    }

    @PostMapping("/steps/{slug}")
    String saveStep(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable String slug,
            @RequestParam(name = "_action", defaultValue = "save") String action,
            @RequestParam(name = "_version", defaultValue = "-1") long version, HttpServletRequest request,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Step step = Step.ofSlug(slug);
        if (step == Step.REVIEW) {
            throw new NotFoundException();
        }
        PostedForm form = new PostedForm(user, step, action, request.getParameterMap());
        boolean changed;
        try {
            changed = save(user, filingId, step, version, form);
        }
        catch (EditConflictException conflict) {
            // The filing as it is now, its dossier and pair from one load (its findings are remembered by version).
            FilingService.Opened now = filings.open(filingId, user);
            FilingRecord current = now.record();
            Dossier theirs = now.dossier();
            java.util.Set<String> touched = StepBinder.touched(request.getParameterMap());
            StepBinder.Result mine = touched == null ? form.bound
                    : StepBinder.mergeTouched(stepSpec(step, current), current.getRole(), DossierTree.of(theirs),
                            typedInputs(current), form.bound, touched, action);
            List<GroupView> myGroups = render(step, current, theirs, shownTo(user, current, mine.tree()),
                    seenBy(user, current, mine.typed()),
                    locale);
            List<GroupView> theirGroups = render(step, current, theirs, shownTo(user, current, DossierTree.of(theirs)),
                    typedInputsSeenBy(user, current), locale);
            model.addAttribute("groups", myGroups);
            model.addAttribute("conflicts", comparison.between(theirGroups, myGroups, locale));
            model.addAttribute("formVersion", FilingService.versionOf(current, step.part()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(user, step, now, now.siblings(), typedInputsSeenBy(user, current), model, locale, null);
        }
        catch (IllegalTransitionException notEditable) {
            FilingRecord filing = form.opened.record();
            Dossier dossier = form.opened.dossier();
            model.addAttribute("message", "wizard.notEditable");
            TypedInputs typed = seenBy(user, filing, form.storedTyped);
            model.addAttribute("groups", render(step, filing, dossier, shownTo(user, filing, form.stored), typed,
                    locale));
            model.addAttribute("formVersion", FilingService.versionOf(filing, step.part()));
            return page(user, step, form.opened, filings.siblings(filingId, user), typed, model, locale, null);
        }
        StepBinder.Result mine = form.bound;
        boolean problems = form.spec.fieldsFor(form.opened.record().getRole()).stream()
                .anyMatch(field -> mine.typed().entries().keySet().stream().anyMatch(p -> StepBinder.covers(field, p)));
        redirect.addFlashAttribute("message", SaveNotice.of(changed, problems));
        if (mine.rowLimitReached()) {
            redirect.addFlashAttribute("rowLimit", true);
        }
        if (mine.anchor() != null) {
            if (action.startsWith("add:")) {
                redirect.addFlashAttribute("addedRow", mine.anchor());
            }
            return "redirect:/filings/" + filingId + "/steps/" + step.slug() + "#" + mine.anchor();
        }
        // "Save and continue" with a value not valid yet stays on the step, at the value (the message says it is
        // marked next to its field, which is not on the next step).
        if ("next".equals(action) && problems) {
            String first = mine.typed().entries().keySet().stream()
                    .filter(path -> form.spec.fieldsFor(form.opened.record().getRole()).stream()
                            .anyMatch(field -> StepBinder.covers(field, path)))
                    .findFirst().map(WizardView::anchor).orElse(null);
            return "redirect:/filings/" + filingId + "/steps/" + step.slug() + (first == null ? "" : "#" + first);
        }
        Step target = "next".equals(action) ? step.next() : step;
        return "redirect:/filings/" + filingId + "/steps/" + target.slug();
    }

    /**
     * A posted step form, bound against the filing as the save loads it (one load and one transaction per save),
     * keeping what it bound against for the page a refused save shows.
     */
    private static final class PostedForm implements Function<FilingService.Opened, FilingService.StepEdit> {
        private final PortalUser user;
        private final Step step;
        private final String action;
        private final Map<String, String[]> parameters;
        private FilingService.Opened opened;
        private StepSpec spec;
        private DossierTree stored;
        private TypedInputs storedTyped;
        private StepBinder.Result bound;

        PostedForm(PortalUser user, Step step, String action, Map<String, String[]> parameters) {
            this.user = user;
            this.step = step;
            this.action = action;
            this.parameters = parameters;
        }

        @Override
        public FilingService.StepEdit apply(FilingService.Opened loaded) {
            opened = loaded;
            FilingRecord filing = loaded.record();
            spec = stepSpec(step, filing);
            stored = FormTrees.of(loaded.dossier());
            storedTyped = typedInputs(filing);
            bound = StepBinder.bind(spec, filing.getRole(), stored, storedTyped, insideCompany(user, filing)
                    ? parameters : PersonalData.postedTextsAsStored(residentIdsAsShown(parameters, stored, storedTyped), stored), action);
            return edit();
        }

        /**
         * Readers outside the company do not enter resident ID numbers (the page shows them read-only): whatever they
         * post there stands for what the page showed them, so the numbers stay as the company's officers entered them.
         * Found in a review: a consultant could type candidate numbers and learn the real one from the rules'
         * "one name, two ID numbers" warning.
         */
        private static Map<String, String[]> residentIdsAsShown(Map<String, String[]> parameters, DossierTree stored,
                TypedInputs typed) {
            Map<String, String[]> posted = new java.util.LinkedHashMap<>(parameters);
            for (String path : PersonalData.residentIdPaths()) {
                if (posted.containsKey(path)) {
                    TypedInputs.TypedInput typedBefore = typed.at(path);
                    var value = stored.get(path);
                    posted.put(path, new String[] {typedBefore != null ? PersonalData.maskTyped(typedBefore.raw())
                            : value.isString() ? PersonalData.mask(value.asString()) : ""});
                }
            }
            return posted;
        }

        FilingService.StepEdit edit() {
            return new FilingService.StepEdit(bound.tree(), bound.typed().of(step.part()).toJson(), bound.rows(),
                    holdsAnswers());
        }

        /** Whether any field of the step, as posted, holds an answer (or a value typed invalidly). */
        private boolean holdsAnswers() {
            var fields = spec.fieldsFor(opened.record().getRole(), bound.tree());
            return bound.typed().entries().keySet().stream()
                    .anyMatch(path -> fields.stream().anyMatch(field -> StepBinder.covers(field, path)))
                    || fields.stream().map(field -> bound.tree().get(field.path()))
                            .anyMatch(value -> value != null && !value.isMissingNode() && !value.isNull()
                                    && !(value.isContainer() && value.isEmpty())
                                    && !(value.isString() && value.asString().isBlank()));
        }

        /**
         * The credit code another company uses: kept as typed, with its error, out of the dossier, which keeps the
         * last valid code (if any) as it does for any value typed that is not valid.
         */
        void keepCreditCodeTakenAsTyped() {
            String path = "entity.creditCode";
            String raw = bound.tree().get(path).asString();
            var lastValid = stored.get(path);
            if (lastValid.isTextual()) {
                bound.tree().objectAt("entity").put("creditCode", lastValid.asString());
            }
            else {
                bound.tree().objectAt("entity").remove("creditCode");
            }
            bound = new StepBinder.Result(bound.tree(),
                    bound.typed().with(path, new TypedInput(raw, "company.creditCode.duplicate", null)),
                    bound.anchor(), bound.rowLimitReached(), bound.rows());
        }
    }

    /** Saves; a credit code another company already uses is kept as typed with its error, like any invalid value. */
    private boolean save(PortalUser user, UUID filingId, Step step, long version, PostedForm form) {
        try {
            return filings.saveStepAndRemember(user, filingId, step.part(), version, step.name(), form);
        }
        catch (CreditCodeTakenException taken) {
            form.keepCreditCodeTakenAsTyped();
            return filings.saveStepAndRemember(user, filingId, step.part(), version, step.name(),
                    reloaded -> form.edit());
        }
    }

    /** Moves a draft prepared against an older form version to the current one (the notice on every step offers it). */
    @PostMapping("/form-version")
    String moveToCurrentForm(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(defaultValue = "basic") String step, RedirectAttributes redirect) {
        boolean moved = filings.moveToCurrentForm(user, filingId);
        redirect.addFlashAttribute("message", moved ? "wizard.formMoved" : "wizard.unchanged");
        return "redirect:/filings/" + filingId + "/steps/" + Step.ofSlug(step).slug();
    }

    /** The live 字 counter of the 200-字 fields: the rules' own count, so page and findings always agree. */
    @PostMapping("/zi-count")
    @ResponseBody
    ZiCounts.ZiCount ziCount(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(defaultValue = "") String text) {
        filings.get(filingId, user);
        return ziCounts.of(text);
    }

    /**
     * A typed value not valid yet, for the review page: the field, what was typed, and what is wrong. {@code href}:
     * the field on its step's page, as the findings link theirs; null for a path no step asks.
     */
    record TypedProblem(String label, String typed, String problem, String href) {
    }

    private List<GroupView> render(Step step, FilingRecord filing, Dossier dossier, DossierTree tree,
            TypedInputs typed, Locale locale) {
        return stepForms.render(stepSpec(step, filing), filing.getRole(), tree, typed, new StepForms.Context(
                filing.getFormVersion(), dossier.filing().algorithm().profile().assessment().evidence(), locale));
    }

    private static StepSpec stepSpec(Step step, FilingRecord filing) {
        return FormFields.forVersion(filing.getFormVersion()).step(step.rulesStep().name());
    }

    /**
     * What a user may see of the values typed invalidly: the company's own users all of it; anyone else (a consultant,
     * an administrator) resident ID numbers masked, as stored numbers always are.
     */
    private static TypedInputs typedInputsSeenBy(PortalUser user, FilingRecord filing) {
        return seenBy(user, filing, typedInputs(filing));
    }

    /** The tree the form shows: to readers outside the company with ID numbers written into texts masked. */
    private static DossierTree shownTo(PortalUser user, FilingRecord filing, DossierTree tree) {
        return insideCompany(user, filing) ? tree : PersonalData.textsMasked(tree);
    }

    /** Whether the user belongs to the filing's company (its officers); consultants and administrators do not. */
    static boolean insideCompany(PortalUser user, FilingRecord filing) {
        return user.worksFor(filing.getCompany().getId());
    }

    private static TypedInputs seenBy(PortalUser user, FilingRecord filing, TypedInputs typed) {
        return insideCompany(user, filing) ? typed : typed.withResidentIdsMasked();
    }

    static TypedInputs typedInputs(FilingRecord filing) {
        return TypedInputs.fromJson(filing.getCompany().getTypedInput())
                .plus(TypedInputs.fromJson(filing.getAlgorithm().getTypedInput()))
                .plus(TypedInputs.fromJson(filing.getTypedInput()));
    }

    /** The step's page; {@code tree}: the dossier's tree if the caller has built it (read only), else null. */
    private String page(PortalUser user, Step step, FilingService.Opened opened, List<FilingRecord> siblings,
            TypedInputs typed, Model model, Locale locale, DossierTree tree) {
        FilingRecord filing = opened.record();
        Dossier dossier = opened.dossier();
        Evaluation evaluation = tree == null ? filings.evaluateStored(filing, dossier, filings.today())
                : filings.evaluateStored(filing, dossier, tree, filings.today());
        model.addAttribute("filing", filing);
        model.addAttribute("dossier", dossier);
        model.addAttribute("step", step);
        model.addAttribute("steps", Step.values());
        java.util.Set<Step> started = java.util.EnumSet.noneOf(Step.class);
        FilingService.startedSteps(filing, siblings, FilingService.beenInReview(dossier.filing()))
                .forEach(rulesStep -> started.add(Step.of(rulesStep)));
        // A withdrawn filing is given up: what it lacks is no one's work (a re-check saw "39 errors" in red under
        // fields no one can edit).
        if (filing.getStatus() == com.cacfiling.domain.filing.FilingStatus.WITHDRAWN) {
            started.clear();
        }
        WizardView view = findingViews.view(evaluation, locale, started)
                .withTyped(findingViews.typedValues(typed, filing.getFormVersion(), locale));
        // A row just added is empty on purpose: its fields are not called missing on the page that shows it first,
        // neither under them nor in the checklist (found in walks: "required" under every field of a row the user had
        // only asked for, then six errors beside the quiet row).
        if (model.getAttribute("addedRow") instanceof String row) {
            WizardView quiet = view.withoutMissingIn(row);
            // Yet the checklist does not call the step clean while the new row waits for its values (found in a walk:
            // "no problems on this step", then six errors after a reload): it names the row and its required fields.
            int waiting = view.on(step).size() - quiet.on(step).size();
            if (waiting > 0) {
                model.addAttribute("addedRowWaiting", new AddedRowWaiting(row, waiting));
            }
            view = quiet;
        }
        model.addAttribute("view", view);
        model.addAttribute("options", OptionsView.of(filing.getFormVersion(), locale));
        model.addAttribute("siblings", siblings);
        // The algorithm's steps of one filing of a pair are read-only while the other is in review or filed.
        FilingRecord frozenBy = "algorithm".equals(step.part())
                ? FilingService.sharedAlgorithmFrozenBy(siblings).orElse(null) : null;
        // An archived company's filings are read, no longer edited.
        boolean archived = filing.getCompany().isArchived();
        boolean editable = filing.getStatus().isEditable() && frozenBy == null && !archived;
        model.addAttribute("archived", archived);
        model.addAttribute("frozenBy", archived ? null : frozenBy);
        // A change of the pair's other filing has its own copy of the algorithm: from then on this filing's shared
        // content no longer follows it, which the page says (the pair had split without a word).
        model.addAttribute("pairChange", siblings.stream()
                .filter(other -> other.getStatus() == com.cacfiling.domain.filing.FilingStatus.APPROVED)
                .map(other -> filings.supersededBy(other).or(() -> filings.openChangeOf(other)))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null));
        boolean typeFirst = editable && step == Step.ALGORITHM_DETAILED
                && dossier.filing().algorithm().profile().basics().algorithmType() == null;
        model.addAttribute("typeFirst", typeFirst ? Step.ALGORITHM_BASIC.slug() : null);
        // A draft prepared against an older form is offered the current one: the lists it would answer from.
        String current = ReferenceCatalog.standard().current().formVersion();
        model.addAttribute("newerForm", editable && !current.equals(filing.getFormVersion())
                ? ReferenceCatalog.standard().current() : null);
        model.addAttribute("editable", editable);
        model.addAttribute("evidence", dossier.filing().algorithm().profile().assessment().evidence());
        // The labelling checklist is a generative synthesis algorithm's (or one whose type is not chosen yet).
        String algorithmType = dossier.filing().algorithm().profile().basics().algorithmType();
        model.addAttribute("labellingApplies", AlgorithmTypes.mayBeGenerativeSynthesis(algorithmType));
        if (step == Step.ENTITY) {
            var slots = entityDocuments.ofFiling(filing.getId());
            model.addAttribute("entityDocuments", slots);
            model.addAttribute("sameUploads", com.cacfiling.web.evidence.EntityDocuments.sameFiles(slots));
            // The administration's record of the company and the name the filing states can part (a rename on
            // either side): said where the name is edited, so the dossier does not name another company unnoticed
            // (found in a walk).
            String stated = dossier.entity().name();
            String registered = filing.getCompany().getName();
            model.addAttribute("registeredNameDiffers", editable && stated != null && !stated.isBlank()
                    && !stated.strip().equals(registered.strip()) ? registered : null);
        }
        if (step == Step.REVIEW) {
            // The uploads Step 1 asks for are the company's files, not the dossier's values, so the rules cannot see
            // them (found in a walk: a filing without any was "ready" and approved); the review names what is missing
            // until the filing is submitted, as the workflow page does.
            // Read once for both (they were two reads of the same list).
            var slots = entityDocuments.ofFiling(filing.getId());
            model.addAttribute("missingUploads", com.cacfiling.web.review.MissingUploads.of(filing, slots));
            model.addAttribute("sameUploads", com.cacfiling.web.evidence.EntityDocuments.sameFiles(slots));
            // Found in a walk: a launch date changed here left the service's large-model filing saying another, and
            // only that filing's pages said so.
            model.addAttribute("otherFilingsDisagree", otherFilings.disagreeingWith(filing.getId()));
        }
        model.addAttribute("typedProblems", typedProblems(filing, typed, locale));
        ReturnNotice returned = ReturnNotice.of(dossier.filing());
        model.addAttribute("returnNotice", returned == null ? null
                : returned.readBy(user.getUsername(), peopleNames::of));
        model.addAttribute("overdue", com.cacfiling.web.review.Overdue.of(filing, filings.today(),
                dossier.filing().algorithm().profile().assessment().otherMatters()));
        CommentsView openComments = new CommentsView(comments.of(opened).stream()
                .filter(comment -> !comment.isResolved() && comment.getParentId() == null).toList());
        model.addAttribute("openComments", openComments);
        // Comments are signed by their authors' names, not their sign-in names (no statement without comments).
        java.util.Map<String, String> authors = peopleNames.of(openComments.open().stream()
                .map(FieldComment::getAuthor).toList());
        java.util.Set<String> officersOnly = insideCompany(user, filing) ? java.util.Set.of()
                : java.util.Set.copyOf(PersonalData.residentIdPaths());
        WizardView shown = view;
        model.addAttribute("fieldHtml", fieldHtml.page(locale, filing.getId(), editable,
                path -> shown.at(step, path), path -> openComments.at(step, path),
                author -> authors.getOrDefault(author, author), officersOnly));
        model.addAttribute("idsMasked", !insideCompany(user, filing));
        // A reviewer reads why the filing cannot be edited as its reviewer, not as the company (found in a walk).
        model.addAttribute("outsideCompany", !insideCompany(user, filing));
        return step == Step.REVIEW ? "wizard/review" : "wizard/step";
    }


    /** For the review page: the values typed that are not valid yet, in words. */
    private List<TypedProblem> typedProblems(FilingRecord filing, TypedInputs typed, Locale locale) {
        List<TypedProblem> problems = new ArrayList<>();
        // Each linked to its field, as the findings above are (found in a walk: four fields to find by hand).
        FormFields fields = FormFields.forVersion(filing.getFormVersion());
        typed.entries().forEach((path, input) -> problems.add(new TypedProblem(
                findingViews.label(path, locale), input.raw(), problem(input, locale),
                fields.stepOf(path).map(spec -> "/filings/" + filing.getId() + "/steps/"
                        + Step.of(com.cacfiling.rules.WizardStep.valueOf(spec.step())).slug() + "#"
                        + WizardView.anchor(path)).orElse(null))));
        return problems;
    }

    /** What is wrong with a value kept as typed, in words. */
    private String problem(TypedInputs.TypedInput input, Locale locale) {
        return messages.getMessage(input.messageKey(), input.arguments().toArray(), input.messageKey(), locale);
    }
}
