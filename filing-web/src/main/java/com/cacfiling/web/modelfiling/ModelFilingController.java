package com.cacfiling.web.modelfiling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.largemodel.ModelDocumentKind;
import com.cacfiling.docs.largemodel.ModelDocuments;
import com.cacfiling.docs.largemodel.ReviewerSheets;
import com.cacfiling.docs.largemodel.UnreadableSheetException;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.rules.largemodel.ModelEvaluation;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.CompanyArchivedException;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.PeopleNames;
import com.cacfiling.web.wizard.FieldHtml;
import com.cacfiling.web.wizard.FormComparison;
import com.cacfiling.web.wizard.GroupView;
import com.cacfiling.web.wizard.StepBinder;
import com.cacfiling.web.wizard.StepForms;
import com.cacfiling.web.wizard.TypedInputs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The large-model filing's pages: start (the triage links here), one page per catalogue step bound and rendered by
 * the algorithm wizard's machinery, the uploaded lists with their threshold findings, the review page with every
 * finding and the documents, the dossier ZIP and the history. Every request goes through the service's access
 * check; a GET never writes.
 */
@Controller
@RequestMapping("/model-filings")
class ModelFilingController {

    private static final long MAX_LIST_BYTES = 20L * 1024 * 1024;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ModelFilingService filings;
    private final FilingService algorithmFilings;
    private final ModelFindings findings;
    private final StepForms stepForms;
    private final FormComparison comparison;
    private final FieldHtml fieldHtml;
    private final PeopleNames peopleNames;
    private final com.cacfiling.web.inbox.Inbox inbox;
    private final com.cacfiling.web.review.WorkflowOutcomes outcomes;
    private final org.springframework.context.MessageSource messages;

    ModelFilingController(ModelFilingService filings, FilingService algorithmFilings, ModelFindings findings,
            StepForms stepForms, FormComparison comparison, FieldHtml fieldHtml, PeopleNames peopleNames,
            com.cacfiling.web.inbox.Inbox inbox, com.cacfiling.web.review.WorkflowOutcomes outcomes,
            org.springframework.context.MessageSource messages) {
        this.inbox = inbox;
        this.outcomes = outcomes;
        this.messages = messages;
        this.peopleNames = peopleNames;
        this.fieldHtml = fieldHtml;
        this.filings = filings;
        this.algorithmFilings = algorithmFilings;
        this.findings = findings;
        this.stepForms = stepForms;
        this.comparison = comparison;
    }

    /** A step of the wizard as the step bar shows it. */
    record StepLink(String name, String slug, int number, boolean started, int readiness) {
    }

    static String slug(String step) {
        return step.substring("MODEL_".length()).toLowerCase(Locale.ROOT);
    }

    private static StepSpec stepOfSlug(ModelFilingRoute route, String slug) {
        return ModelFilingForm.steps(route).stream().filter(step -> slug(step.step()).equals(slug)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // --- start ---------------------------------------------------------------------------------------------------

    /**
     * The entry point of the triage (and of the dashboard): the route chosen, the company to choose when the user
     * has several. {@code service} names the triage's service; an id that is not one is ignored.
     */
    @GetMapping("/new")
    String startForm(@CurrentUser PortalUser user, @RequestParam(required = false) String route,
            @RequestParam(required = false) String service, Model model) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.page(model, "modelFiling.new");
        }
        model.addAttribute("companies", algorithmFilings.companiesFor(user));
        model.addAttribute("routes", ModelFilingRoute.values());
        model.addAttribute("route", parseRoute(route).orElse(ModelFilingRoute.FILING));
        model.addAttribute("service", parseId(service).orElse(null));
        return "modelfiling/new";
    }

    @PostMapping("/new")
    String start(@CurrentUser PortalUser user, @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String route, @RequestParam(required = false) String service,
            Model model, RedirectAttributes redirect) {
        List<Company> companies = algorithmFilings.companiesFor(user);
        Optional<UUID> company = parseId(companyId).filter(id -> companies.stream().anyMatch(c -> c.getId().equals(id)));
        if (company.isEmpty() && (companyId == null || companyId.isBlank()) && companies.size() == 1) {
            company = Optional.of(companies.get(0).getId());
        }
        Optional<ModelFilingRoute> chosen = parseRoute(route);
        if (company.isEmpty() || chosen.isEmpty()) {
            model.addAttribute("companies", companies);
            model.addAttribute("routes", ModelFilingRoute.values());
            model.addAttribute("route", chosen.orElse(ModelFilingRoute.FILING));
            model.addAttribute("service", parseId(service).orElse(null));
            model.addAttribute("companyError", company.isEmpty() ? "modelFiling.company.required" : null);
            return "modelfiling/new";
        }
        Optional<UUID> serviceId = parseId(service);
        if (serviceId.isPresent()) {
            Optional<ModelFilingRecord> started = filings.startedFor(user, company.get(), serviceId.get(), chosen.get());
            if (started.isPresent()) {
                redirect.addFlashAttribute("message", started.get().wordsOf("modelFiling.alreadyStarted"));
                return "redirect:/model-filings/" + started.get().getId();
            }
        }
        ModelFilingRecord created;
        try {
            created = filings.create(user, company.get(), chosen.get(), serviceId.orElse(null));
        }
        catch (CompanyArchivedException archived) {
            throw new NotFoundException();
        }
        // What was taken from the service's filing of the other route is said, to be checked.
        Optional<ModelFilingRecord> other = filings.otherRouteOf(company.get(), serviceId.orElse(null), chosen.get());
        if (other.isPresent()) {
            redirect.addFlashAttribute("message", "modelFiling.createdFrom." + other.get().getRoute().name());
        }
        else {
            redirect.addFlashAttribute("message", "modelFiling.created");
        }
        return "redirect:/model-filings/" + created.getId() + "/steps/basic";
    }

    private static Optional<ModelFilingRoute> parseRoute(String route) {
        try {
            return route == null ? Optional.empty() : Optional.of(ModelFilingRoute.valueOf(route));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    // --- steps ---------------------------------------------------------------------------------------------------

    /** A filing reopens where the user left it. */
    @GetMapping("/{modelFilingId}")
    String resume(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        String last = filing.getLastStep();
        boolean known = ModelFilingForm.steps(filing.getRoute()).stream().anyMatch(s -> s.step().equals(last));
        return "redirect:/model-filings/" + modelFilingId + "/steps/" + (known ? slug(last) : "basic");
    }

    @GetMapping("/{modelFilingId}/steps/{slug}")
    String showStep(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, @PathVariable String slug,
            Model model, Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        StepSpec step = stepOfSlug(filing.getRoute(), slug);
        TypedInputs typed = TypedInputs.fromJson(filing.getTypedInput());
        model.addAttribute("groups", render(step, shownTo(user, filing, ModelFilingService.tree(filing)), typed,
                locale));
        model.addAttribute("formVersion", filing.getVersion());
        if (filing.isEditable() && step.groups().stream().flatMap(group -> group.fields().stream())
                .anyMatch(field -> field.path().startsWith("model.entity."))) {
            model.addAttribute("entityDiffers", filings.entityDiffersFromCompany(filing));
            // As the algorithm filing's Step 1: the administration's record of the company names it otherwise.
            String stated = ModelFilingService.tree(filing).get("model.entity.name").asString("").strip();
            model.addAttribute("registeredNameDiffers", !stated.isEmpty()
                    && !stated.equals(filing.getCompany().getName().strip()) ? filing.getCompany().getName() : null);
        }
        if (filing.isEditable() && step.groups().stream().flatMap(group -> group.fields().stream())
                .anyMatch(field -> field.path().equals("model.basics.launchDate"))) {
            model.addAttribute("serviceAlgorithmDiffers", filings.basicsDifferFromServiceAlgorithm(filing));
        }
        return stepPage(filing, step, model, locale);
    }

    /** The company's current entity facts taken into the filing, from the notice that they differ. */
    @PostMapping("/{modelFilingId}/entity-from-company")
    String takeCompanyEntity(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @RequestParam(name = "_version", defaultValue = "-1") long version, RedirectAttributes redirect) {
        return backToBasics(modelFilingId, filings.takeCompanyEntity(user, modelFilingId, version),
                "modelFiling.entityTaken", redirect);
    }

    /** The service's algorithm filing's launch date and number taken into the basics, from the notice. */
    @PostMapping("/{modelFilingId}/basics-from-service-algorithm")
    String takeServiceAlgorithm(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @RequestParam(name = "_version", defaultValue = "-1") long version, RedirectAttributes redirect) {
        return backToBasics(modelFilingId, filings.takeServiceAlgorithm(user, modelFilingId, version),
                "modelFiling.serviceAlgorithmTaken", redirect);
    }

    /** After values were taken from elsewhere: the basics again, saying whether anything changed. */
    private static String backToBasics(UUID modelFilingId, boolean changed, String takenMessage,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", changed ? takenMessage : "wizard.unchanged");
        return "redirect:/model-filings/" + modelFilingId + "/steps/" + slug("MODEL_BASIC");
    }

    @PostMapping("/{modelFilingId}/steps/{slug}")
    String saveStep(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, @PathVariable String slug,
            @RequestParam(name = "_action", defaultValue = "save") String action,
            @RequestParam(name = "_version", defaultValue = "-1") long version, HttpServletRequest request,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        StepSpec step = stepOfSlug(filing.getRoute(), slug);
        DossierTree stored = ModelFilingService.tree(filing);
        TypedInputs typed = TypedInputs.fromJson(filing.getTypedInput());
        // A text a reader outside the company sends back as shown (ID numbers masked) keeps the stored one.
        StepBinder.Result mine = StepBinder.bind(step, FilingRole.SERVICE_PROVIDER, stored, typed,
                ModelFilingService.insideCompany(user, filing) ? request.getParameterMap()
                        : com.cacfiling.domain.form.PersonalData.postedTextsAsStored(request.getParameterMap(), stored),
                action);
        boolean changed;
        try {
            changed = filings.saveStep(user, modelFilingId, version, step.step(), mine.tree(), mine.typed().toJson());
        }
        catch (EditConflictException conflict) {
            ModelFilingRecord current = filings.get(modelFilingId, user);
            // The fields this user did not change show what the other user saved (StepBinder.mergeTouched).
            java.util.Set<String> touched = StepBinder.touched(request.getParameterMap());
            StepBinder.Result shown = touched == null ? mine : StepBinder.mergeTouched(step,
                    FilingRole.SERVICE_PROVIDER, ModelFilingService.tree(current),
                    TypedInputs.fromJson(current.getTypedInput()), mine, touched, action);
            List<GroupView> myGroups = render(step, shownTo(user, current, shown.tree()), shown.typed(), locale);
            List<GroupView> theirGroups = render(step, shownTo(user, current, ModelFilingService.tree(current)),
                    TypedInputs.fromJson(current.getTypedInput()), locale);
            model.addAttribute("groups", myGroups);
            model.addAttribute("conflicts", comparison.between(theirGroups, myGroups, locale, findings::label));
            model.addAttribute("formVersion", current.getVersion());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return stepPage(current, step, model, locale);
        }
        filings.rememberLastStep(user, modelFilingId, step.step());
        boolean problems = step.fieldsFor(FilingRole.SERVICE_PROVIDER).stream()
                .anyMatch(field -> mine.typed().entries().keySet().stream().anyMatch(p -> StepBinder.covers(field, p)));
        redirect.addFlashAttribute("message", com.cacfiling.web.wizard.SaveNotice.of(changed, problems));
        if (mine.rowLimitReached()) {
            redirect.addFlashAttribute("rowLimit", true);
        }
        String base = "redirect:/model-filings/" + modelFilingId;
        if (mine.anchor() != null) {
            if (action.startsWith("add:")) {
                redirect.addFlashAttribute("addedRow", mine.anchor());
            }
            return base + "/steps/" + slug + "#" + mine.anchor();
        }
        // "Save and continue" with a value not valid yet stays on the step, at the value: the message that something
        // is marked "next to the field" was shown on the next step, where the field is not.
        if ("next".equals(action) && problems) {
            String first = mine.typed().entries().keySet().stream()
                    .filter(path -> step.fieldsFor(FilingRole.SERVICE_PROVIDER).stream()
                            .anyMatch(field -> StepBinder.covers(field, path)))
                    .findFirst().map(com.cacfiling.web.wizard.WizardView::anchor).orElse(null);
            return base + "/steps/" + slug + (first == null ? "" : "#" + first);
        }
        if ("next".equals(action)) {
            List<StepSpec> steps = ModelFilingForm.steps(filing.getRoute());
            int at = steps.indexOf(step);
            return at + 1 < steps.size() ? base + "/steps/" + slug(steps.get(at + 1).step()) : base + "/lists";
        }
        return base + "/steps/" + slug;
    }

    /** The tree a step shows: to readers outside the company with ID numbers written into its texts masked. */
    private static DossierTree shownTo(PortalUser user, ModelFilingRecord filing, DossierTree tree) {
        return ModelFilingService.insideCompany(user, filing) ? tree
                : com.cacfiling.domain.form.PersonalData.textsMasked(tree);
    }

    private List<GroupView> render(StepSpec step, DossierTree tree, TypedInputs typed, Locale locale) {
        return stepForms.render(step, FilingRole.SERVICE_PROVIDER, tree, typed,
                new StepForms.Context(ModelFilingForm.VERSION, List.of(), locale));
    }

    private String stepPage(ModelFilingRecord filing, StepSpec step, Model model, Locale locale) {
        ModelEvaluation evaluation = filings.evaluateForm(filing);
        ModelFindings.Page all = findings.page(evaluation, filing.getStartedSteps(),
                TypedInputs.fromJson(filing.getTypedInput()), locale);
        // A row just added is empty on purpose: its fields are not called missing on the page that shows it first;
        // the checklist names the row instead.
        String addedRow = model.getAttribute("addedRow") instanceof String row ? row : null;
        ModelFindings.Page view = addedRow == null ? all : all.withoutFindingsIn(addedRow);
        int waiting = all.on(step.step()).size() - view.on(step.step()).size();
        if (waiting > 0) {
            model.addAttribute("addedRowWaiting", new com.cacfiling.web.wizard.AddedRowWaiting(addedRow, waiting));
        }
        frame(filing, view, step.step(), model);
        model.addAttribute("step", step.step());
        model.addAttribute("stepSlug", slug(step.step()));
        model.addAttribute("typedProblems", List.of());
        model.addAttribute("fieldHtml", fieldHtml.page(locale, filing.getId(), filing.isEditable(),
                path -> view.at(step.step(), path),
                path -> List.of()));
        return "modelfiling/step";
    }

    /** What every page of a model filing shows around its content. */
    private void frame(ModelFilingRecord filing, ModelFindings.Page view, String current, Model model) {
        List<StepLink> steps = new ArrayList<>();
        int n = 1;
        for (StepSpec step : ModelFilingForm.steps(filing.getRoute())) {
            steps.add(new StepLink(step.step(), slug(step.step()), n++,
                    filing.getStartedSteps().contains(step.step()), view.readiness(step.step())));
        }
        model.addAttribute("filing", filing);
        model.addAttribute("steps", steps);
        model.addAttribute("listsStarted", filings.listsUploaded(filing));
        model.addAttribute("view", view);
        model.addAttribute("current", current);
        model.addAttribute("editable", filing.isEditable());
        Optional<ModelFilingRoute> callsFor = filings.routeTheTriageCallsFor(filing);
        model.addAttribute("triageCallsFor", callsFor.orElse(null));
        // The route called for, once started: opened from here rather than started again from the triage.
        model.addAttribute("triageCallsForStarted", callsFor.flatMap(route -> filings
                .otherRouteOf(filing.getCompany().getId(), filing.getServiceId(), filing.getRoute()))
                .map(ModelFilingRecord::getId).orElse(null));
    }

    // --- lists ---------------------------------------------------------------------------------------------------

    @GetMapping("/{modelFilingId}/lists")
    String lists(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, Model model, Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        // The same progress as every page of the filing: the checks with the lists, the values typed invalidly.
        ModelFindings.Page view = findings.page(filings.evaluation(filing), filing.getStartedSteps(),
                TypedInputs.fromJson(filing.getTypedInput()), locale);
        frame(filing, view, "LISTS", model);
        model.addAttribute("step", "LISTS");
        model.addAttribute("kinds", ModelListKind.values());
        model.addAttribute("uploads", filings.uploads(filing));
        model.addAttribute("thresholds", ModelFilingService.thresholds(filing));
        return "modelfiling/lists";
    }

    @PostMapping("/{modelFilingId}/lists/{list}")
    String upload(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, @PathVariable String list,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        filings.get(modelFilingId, user);
        ModelListKind kind = ModelListKind.ofSlug(list).orElseThrow(NotFoundException::new);
        String back = "redirect:/model-filings/" + modelFilingId + "/lists#list-" + kind.slug();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "model.upload.empty");
            redirect.addFlashAttribute("uploadKind", kind);
            return back;
        }
        if (file.getSize() > MAX_LIST_BYTES) {
            redirect.addFlashAttribute("uploadError", "model.upload.tooLarge");
            redirect.addFlashAttribute("uploadKind", kind);
            return back;
        }
        // A file named as something else is not a list, though a few bytes of it read as one line of CSV (found in
        // a walk: a picture was "uploaded, 1 row read").
        if (!isListFileName(file.getOriginalFilename())) {
            redirect.addFlashAttribute("uploadError", "model.upload.unreadable");
            redirect.addFlashAttribute("uploadKind", kind);
            return back;
        }
        try {
            var read = filings.upload(user, modelFilingId, kind, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("uploaded", read.entries().size());
            redirect.addFlashAttribute("uploadKind", kind);
            // Rows not read are said with the list (its stored upload), until another file replaces it.
        }
        catch (UnreadableSheetException unreadable) {
            redirect.addFlashAttribute("uploadError", unreadable.messageKey());
            redirect.addFlashAttribute("uploadKind", kind);
        }
        return back;
    }

    /** An Excel workbook or a text table by its name; a name without an extension is left to the reader. */
    static boolean isListFileName(String name) {
        if (name == null || name.lastIndexOf('.') < 0) {
            return true;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return java.util.Set.of("xlsx", "xls", "csv", "txt", "tsv").contains(extension);
    }

    /** The agreement or privacy policy uploaded instead of pasted (Word .docx or a text file). */
    @PostMapping("/{modelFilingId}/agreements")
    String uploadAgreement(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @RequestParam(name = "document", required = false) String document,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        String back = "redirect:/model-filings/" + modelFilingId + "/steps/agreements";
        if (!ModelFilingForm.steps(filing.getRoute()).stream().anyMatch(s -> s.step().equals("MODEL_AGREEMENTS"))) {
            throw new NotFoundException();
        }
        if (!"serviceAgreement".equals(document) && !"privacyPolicy".equals(document)) {
            redirect.addFlashAttribute("agreementError", "model.agreement.which");
            return back;
        }
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "model.upload.empty";
        }
        else if (file.getSize() > MAX_LIST_BYTES) {
            error = "model.upload.tooLarge";
        }
        else {
            try {
                String text = com.cacfiling.docs.largemodel.AgreementText.read(file.getBytes());
                int limit = ModelFilingForm.fields().find("model.agreements." + document).orElseThrow()
                        .characterLimit();
                if (text.length() > limit) {
                    error = "model.agreement.tooLong";
                }
                else {
                    filings.putAgreementText(user, modelFilingId, document, text);
                    redirect.addFlashAttribute("message", "modelFiling.agreement.read");
                }
            }
            catch (UnreadableSheetException unreadable) {
                error = unreadable.messageKey();
            }
        }
        if (error != null) {
            redirect.addFlashAttribute("agreementError", error);
            redirect.addFlashAttribute("agreementDocument", document);
        }
        return back + "#upload-" + document;
    }

    // --- review, documents, ZIP, history ------------------------------------------------------------------------

    @GetMapping("/{modelFilingId}/review")
    String review(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, Model model, Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        // The checks as evaluated for this content (the lists' rows are not read again for the page).
        var evaluation = filings.evaluation(filing);
        // The review page shows every finding, started or not: it is where the user asks what is left.
        java.util.Set<String> all = new java.util.HashSet<>();
        ModelFilingForm.steps(filing.getRoute()).forEach(step -> all.add(step.step()));
        // Values typed but not valid yet are errors here too: the documents print the answers before them.
        TypedInputs typed = TypedInputs.fromJson(filing.getTypedInput());
        ModelFindings.Page view = findings.page(evaluation, all, typed, locale);
        frame(filing, view, "REVIEW", model);
        model.addAttribute("step", "REVIEW");
        model.addAttribute("documents", ModelDocumentKind.of(filing.getRoute()));
        model.addAttribute("documentTitles", ModelDocumentKind.of(filing.getRoute()).stream()
                .collect(java.util.stream.Collectors.toMap(ModelDocumentKind::key,
                        kind -> ModelDocuments.title(kind, filing.getRoute(), locale))));
        model.addAttribute("thresholds", ModelFilingService.thresholds(filing));
        model.addAttribute("consultant", user.is(com.cacfiling.web.user.UserRole.CONSULTANT));
        // As ModelFilingService.isReady decides it, from the evaluation and typed values this page has already.
        model.addAttribute("ready", evaluation.isReady() && typed.isEmpty());
        if (filing.isEditable()) {
            model.addAttribute("entityDiffers", filings.entityDiffersFromCompany(filing));
        }
        return "modelfiling/review";
    }

    // --- review workflow --------------------------------------------------------------------------------------

    /**
     * Submitting, returning and "ready" are confirmed first, as the algorithm filing's moves are: the review page's
     * forms lead here (posted, so that a return's reason stays out of addresses), and this page says what will happen
     * and who will be told (found in a walk: the large-model filing was submitted with no confirmation). Refused as
     * the move itself would be.
     */
    @org.springframework.web.bind.annotation.RequestMapping(path = "/{modelFilingId}/confirm/{movePath}",
            method = {org.springframework.web.bind.annotation.RequestMethod.GET,
                    org.springframework.web.bind.annotation.RequestMethod.POST})
    String confirm(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, @PathVariable String movePath,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        ModelFilingService.Move move = confirmedMove(movePath);
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        Optional<String> refused = move == ModelFilingService.Move.RETURN ? refusedReason(modelFilingId, reason, redirect)
                : move == ModelFilingService.Move.SUBMIT ? blocked(filing, redirect) : Optional.empty();
        if (refused.isPresent()) {
            return refused.get();
        }
        filings.refuseUnlessMayMove(user, filing, move);
        model.addAttribute("filing", filing);
        model.addAttribute("movePath", move == ModelFilingService.Move.SUBMIT ? "submit" : movePath);
        model.addAttribute("whatKey", "confirm." + outcomeOf(move));
        model.addAttribute("subject", subject(filing, locale));
        boolean withReason = move == ModelFilingService.Move.RETURN;
        model.addAttribute("reason", withReason ? reason.strip() : null);
        // The language switch posts the reason again (a link would lose it).
        model.addAttribute("languageRepost", withReason ? java.util.Map.of("reason", reason.strip()) : null);
        model.addAttribute("notified", outcomes.people(inbox.recipients(filing.getCompany().getId(), user.id()),
                locale));
        return "modelfiling/confirm";
    }

    /** The confirmation's "back, do nothing" of a return: to the form, with the reason typed in it. */
    @PostMapping("/{modelFilingId}/confirm/return/back")
    String backFromReturn(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        filings.get(modelFilingId, user);
        redirect.addFlashAttribute("returnTyped", reason);
        return "redirect:/model-filings/" + modelFilingId + "/review#model-workflow";
    }

    /** A confirmed move by the path the algorithm filing's confirmation has for it. */
    private static ModelFilingService.Move confirmedMove(String path) {
        return switch (path) {
            case "submit-for-review" -> ModelFilingService.Move.SUBMIT;
            case "return" -> ModelFilingService.Move.RETURN;
            case "ready" -> ModelFilingService.Move.READY;
            default -> throw new NotFoundException();
        };
    }

    /** The words of the algorithm filing's confirmation and outcome line for the same move. */
    private static String outcomeOf(ModelFilingService.Move move) {
        return switch (move) {
            case SUBMIT -> "submitForReview";
            case RETURN -> "returnForRework";
            case READY -> "markReady";
            case REOPEN -> "reopen";
        };
    }

    /** The filing as people name it: its name and its route ("灵犀助手（大模型登记）"). */
    private String subject(ModelFilingRecord filing, Locale locale) {
        return messages.getMessage("filing.subject", new Object[] {nameOf(filing), messages.getMessage(
                "modelFiling.routeInSentence." + filing.getRoute(), null, locale)}, locale);
    }

    private static String nameOf(ModelFilingRecord filing) {
        return filing.displayName().isBlank() ? filing.getId().toString().substring(0, 8) : filing.displayName();
    }

    /** A submission with something left to correct goes back to the review page, which says what. */
    private Optional<String> blocked(ModelFilingRecord filing, RedirectAttributes redirect) {
        if (filing.isEditable() && !filings.isReady(filing)) {
            redirect.addFlashAttribute("message", "modelFiling.review.blocked");
            return Optional.of("redirect:/model-filings/" + filing.getId() + "/review");
        }
        return Optional.empty();
    }

    /** A return without a reason, or with too long a one, is refused next to the field; the text typed stays. */
    private static Optional<String> refusedReason(UUID modelFilingId, String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            redirect.addFlashAttribute("returnTyped", reason);
            redirect.addFlashAttribute("returnError", reason != null && reason.length() > 2000
                    ? "modelFiling.workflow.reasonTooLong" : "review.reasonRequired");
            return Optional.of("redirect:/model-filings/" + modelFilingId + "/review#model-workflow");
        }
        return Optional.empty();
    }

    /** The company asks its consultant to review the filing: only once nothing is left to correct. */
    @PostMapping("/{modelFilingId}/submit")
    String submit(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, RedirectAttributes redirect,
            Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        Optional<String> blocked = blocked(filing, redirect);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        return moved(user, modelFilingId, ModelFilingService.Move.SUBMIT, null, redirect, locale);
    }

    /** The consultant hands it back with a reason, which every page of the filing then shows. */
    @PostMapping("/{modelFilingId}/return")
    String returnForRework(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        filings.get(modelFilingId, user);
        Optional<String> refused = refusedReason(modelFilingId, reason, redirect);
        if (refused.isPresent()) {
            return refused.get();
        }
        return moved(user, modelFilingId, ModelFilingService.Move.RETURN, reason.strip(), redirect, locale);
    }

    @PostMapping("/{modelFilingId}/ready")
    String markReady(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, RedirectAttributes redirect,
            Locale locale) {
        return moved(user, modelFilingId, ModelFilingService.Move.READY, null, redirect, locale);
    }

    @PostMapping("/{modelFilingId}/reopen")
    String reopen(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, RedirectAttributes redirect,
            Locale locale) {
        return moved(user, modelFilingId, ModelFilingService.Move.REOPEN, null, redirect, locale);
    }

    /** A move made, the others told, and the outcome line naming them as the algorithm filing's does. */
    private String moved(PortalUser user, UUID modelFilingId, ModelFilingService.Move move, String reason,
            RedirectAttributes redirect, Locale locale) {
        ModelFilingRecord moved = filings.move(user, modelFilingId, move, reason);
        List<com.cacfiling.web.user.UserAccount> notified = inbox.notifyCompanyOfModelFiling(
                moved.getCompany().getId(), moved.getId(), user.id(), move.inboxKey(), nameOf(moved));
        outcomes.tell(redirect, outcomeOf(move), subject(moved, locale), notified, locale);
        return "redirect:/model-filings/" + modelFilingId + "/review";
    }

    @GetMapping("/{modelFilingId}/documents/{kind}.{extension}")
    ResponseEntity<byte[]> document(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId,
            @PathVariable String kind, @PathVariable String extension,
            @RequestParam(required = false) String lang, @RequestParam(defaultValue = "false") boolean inline,
            Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        ModelDocumentKind document;
        try {
            document = ModelDocumentKind.ofKey(kind);
        }
        catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
        if (!document.appliesTo(filing.getRoute()) || !extension.equals("pdf") && !extension.equals("docx")) {
            throw new NotFoundException();
        }
        Locale language = lang == null ? locale : Locale.forLanguageTag(lang);
        DocumentFormat format = extension.equals("pdf") ? DocumentFormat.PDF : DocumentFormat.DOCX;
        byte[] content = filings.document(filing, document, format, language, user);
        // With the model's name: a consultant downloads the same documents for many clients.
        String name = named(ModelDocuments.title(document, filing.getRoute(), language), filing) + "." + extension;
        // Downloaded, as the algorithm filing's documents are (found in a walk: the PDF replaced the review page);
        // shown in the browser only when asked for.
        return file(content, format == DocumentFormat.PDF ? MediaType.APPLICATION_PDF : DOCX, name,
                inline && format == DocumentFormat.PDF);
    }

    @GetMapping("/{modelFilingId}/sheets/keywords.xlsx")
    ResponseEntity<byte[]> keywordSheet(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        ModelLists lists = filings.lists(filing);
        return file(ReviewerSheets.keywordList(lists.keywords()), XLSX, named("拦截关键词列表", filing) + ".xlsx",
                false);
    }

    @GetMapping("/{modelFilingId}/sheets/test-bank.xlsx")
    ResponseEntity<byte[]> testBankSheet(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        ModelLists lists = filings.lists(filing);
        return file(ReviewerSheets.testBank(lists.contentBank(), lists.shouldRefuse(), lists.nonRefusal()), XLSX,
                named("评估测试题", filing) + ".xlsx", false);
    }

    @GetMapping(path = "/{modelFilingId}/dossier.zip", produces = "application/zip")
    ResponseEntity<byte[]> dossierZip(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId) {
        return ModelDossierDownloads.zip(filings, filings.get(modelFilingId, user), user);
    }

    /** A download's title with the filing's name (the model's, else the service's), as the ZIP is named. */
    private static String named(String title, ModelFilingRecord filing) {
        return filing.displayName().isBlank() ? title : title + "-" + filing.displayName();
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    @GetMapping("/{modelFilingId}/history")
    String history(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, Model model, Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        ModelFindings.Page view = findings.page(filings.evaluation(filing), filing.getStartedSteps(),
                TypedInputs.fromJson(filing.getTypedInput()), locale);
        frame(filing, view, "HISTORY", model);
        model.addAttribute("step", "HISTORY");
        var entries = filings.history(filing);
        model.addAttribute("entries", entries);
        model.addAttribute("names", peopleNames.of(entries.stream().map(e -> e.actor()).toList()));
        return "modelfiling/history";
    }

    /**
     * What a version changed against the one before, field by field in words, step by step (found in a walk: the
     * history said "saved" and nothing of what; the algorithm filing's compares). A reader outside the company reads
     * the texts masked, as on the steps.
     */
    @GetMapping("/{modelFilingId}/history/{entryId}")
    String version(@CurrentUser PortalUser user, @PathVariable UUID modelFilingId, @PathVariable long entryId,
            Model model, Locale locale) {
        ModelFilingRecord filing = filings.get(modelFilingId, user);
        ModelFilingService.Version[] versions = filings.versionAndPrevious(filing, entryId)
                .orElseThrow(NotFoundException::new);
        List<FormComparison.Difference> changes = new java.util.ArrayList<>();
        // The first version recorded has nothing earlier to compare with: the page says so and shows its values (they
        // read as "changed from empty" before, unchanged names and codes included).
        List<FormComparison.Value> values = new java.util.ArrayList<>();
        for (StepSpec step : ModelFilingForm.steps(filing.getRoute())) {
            // The versions' content, not what was typed invalidly beside it (which the filing does not use).
            List<GroupView> after = render(step, shownTo(user, filing, versions[1].tree()), TypedInputs.none(), locale);
            if (versions[0] == null) {
                values.addAll(comparison.values(after, locale, findings::label));
            }
            else {
                changes.addAll(comparison.between(render(step, shownTo(user, filing, versions[0].tree()),
                        TypedInputs.none(), locale), after, locale, findings::label));
            }
        }
        ModelFindings.Page view = findings.page(filings.evaluation(filing), filing.getStartedSteps(),
                TypedInputs.fromJson(filing.getTypedInput()), locale);
        frame(filing, view, "HISTORY", model);
        model.addAttribute("step", "HISTORY");
        model.addAttribute("entry", filings.history(filing).stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(NotFoundException::new));
        model.addAttribute("changes", changes);
        model.addAttribute("first", versions[0] == null);
        model.addAttribute("values", values);
        return "modelfiling/version";
    }
}
