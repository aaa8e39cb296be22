package com.cacfiling.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.wizard.FindingView;
import com.cacfiling.web.wizard.FindingViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API for scripts and integrations: the same filings, checks and documents as the wizard, with the same
 * authorization (a filing outside the caller's companies is 404). Bodies of filings are the JSON dossier format.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Filings")
class ApiController {

    private final FilingService filings;
    private final FindingViews findingViews;
    private final FilingImports imports;
    private final com.cacfiling.web.document.RenderedDocuments rendered;
    private final com.cacfiling.web.modelfiling.ModelFilingService modelFilings;
    private final ApiFilingList list;

    private final org.springframework.context.MessageSource messages;

    ApiController(FilingService filings, FindingViews findingViews, FilingImports imports,
            com.cacfiling.web.document.RenderedDocuments rendered,
            com.cacfiling.web.modelfiling.ModelFilingService modelFilings, ApiFilingList list,
            org.springframework.context.MessageSource messages) {
        this.list = list;
        this.messages = messages;
        this.filings = filings;
        this.modelFilings = modelFilings;
        this.findingViews = findingViews;
        this.imports = imports;
        this.rendered = rendered;
    }

    /**
     * A filing in the list. {@code kind}: ALGORITHM for the algorithm filing (its fields as before), MODEL_FILING or
     * MODEL_REGISTRATION for a large-model filing or registration, which has a model name instead of an algorithm
     * and role, and whose dossier is the ZIP.
     */
    record FilingSummary(UUID id, UUID companyId, String company,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String algorithmName,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String role, String status, String formVersion, URI dossier, String kind,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String modelName) {

        static FilingSummary of(FilingRecord filing) {
            return new FilingSummary(filing.getId(), filing.getCompany().getId(), filing.getCompany().getName(),
                    filing.getAlgorithm().getName(), filing.getRole().name(), filing.getStatus().name(),
                    filing.getFormVersion(), URI.create("/api/v1/filings/" + filing.getId()), "ALGORITHM", null);
        }

        static FilingSummary of(com.cacfiling.web.modelfiling.ModelFilingRecord filing) {
            return new FilingSummary(filing.getId(), filing.getCompany().getId(), filing.getCompany().getName(), null,
                    null, filing.getStatus(), filing.getFormVersion(),
                    URI.create("/api/v1/filings/" + filing.getId() + "/dossier.zip"), "MODEL_" + filing.getRoute(),
                    filing.displayName());
        }
    }

    record NewFiling(@NotNull UUID companyId, @NotBlank @Size(max = FilingService.MAX_ALGORITHM_NAME_LENGTH) String algorithmName,
            @NotNull RoleChoice role) {
    }

    record Findings(boolean ready, long errors, List<ApiFinding> findings) {
    }

    /**
     * A finding for a script: where it is in the dossier this API reads and writes ({@code jsonPath}) besides the form's
     * field ({@code path}), and the step page that shows it ({@code page}). The wizard's view of a finding also carried
     * its CSS class and anchor, which meant nothing to a caller, and only the form's paths, which a script had to map
     * to the dossier's itself (found in an integrator's walk).
     */
    record ApiFinding(String ruleCode, com.cacfiling.rules.Severity severity, String step, String path,
            String jsonPath, String label, String message, String basis, boolean missing, String page) {

        static ApiFinding of(FindingView finding, UUID filingId) {
            return new ApiFinding(finding.ruleCode(), finding.severity(), finding.step().slug(), finding.path(),
                    com.cacfiling.domain.form.FormLimits.dossierPath(finding.path()), finding.label(),
                    finding.message(), finding.basis(), finding.missing(),
                    "/filings/" + filingId + "/steps/" + finding.step().slug() + "#" + finding.anchor());
        }
    }

    /**
     * Not found: for the id of a large-model filing the caller may see (the list names them), the answer says what the
     * API offers of it instead of "no such resource" (found in a walk); anything else stays the plain 404, which
     * tells nothing about other companies' filings.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(com.cacfiling.web.system.NotFoundException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> notFound(
            jakarta.servlet.http.HttpServletRequest request) {
        java.util.Locale locale = com.cacfiling.web.system.Problems.apiLocale(request);
        String key = "api.404.text";
        Object variables = request.getAttribute(
                org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof java.util.Map<?, ?> map && map.get("filingId") instanceof String id
                && !request.getRequestURI().endsWith("/dossier.zip")
                && org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                        .getPrincipal() instanceof PortalUser user) {
            try {
                if (modelFilings.find(UUID.fromString(id), user).isPresent()) {
                    key = "api.modelFiling.zipOnly";
                }
            }
            catch (IllegalArgumentException notAnId) {
                // the plain 404
            }
        }
        var problem = com.cacfiling.web.system.Problems.of(HttpStatus.NOT_FOUND,
                messages.getMessage(key, null, locale), request);
        problem.getBody().setTitle(messages.getMessage("error.404.title", null, locale));
        return problem;
    }

    /** What the operations that take a dossier say about their body (Swagger UI showed a bare "string"). */
    static final String DOSSIER_BODY = "The body is a dossier as GET /api/v1/filings/{filingId} gives it (start from "
            + "one): its JSON Schema is at GET /api/v1/dossier-schema. Resident ID numbers come masked; sent back "
            + "masked they keep the stored number. A body that does not match is answered 400 with every problem at "
            + "its JSON path, in the language of Accept-Language, and nothing is saved.";

    /** A company the caller may file for: its id is what creating or importing a filing names. */
    record CompanySummary(java.util.UUID id, String name, String nameEn, String creditCode) {
    }

    /**
     * The dossier format as JSON Schema (2020-12): what GET gives and PUT and import take, to validate against. A
     * schema is JSON: {@code Accept: application/json} gets it too, as such (found in a walk: it was refused, 406).
     */
    @GetMapping(path = "/dossier-schema", produces = {"application/schema+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The JSON Schema (2020-12) of the dossier that GET /filings/{filingId} gives and PUT and "
            + "import take")
    ResponseEntity<byte[]> dossierSchema() throws java.io.IOException {
        try (java.io.InputStream in = DossierJson.schema()) {
            // The content type is the one negotiated from the two offered (application/schema+json without Accept).
            return ResponseEntity.ok().body(in.readAllBytes());
        }
    }

    @GetMapping("/companies")
    @Operation(summary = "The companies the caller may file for (an officer: their own; a consultant: the assigned "
            + "ones), with the id that creating or importing a filing names")
    List<CompanySummary> companies(@CurrentUser PortalUser user) {
        return filings.companiesFor(user).stream().map(company -> new CompanySummary(company.getId(),
                company.getName(), company.getNameEn(), company.getCreditCode())).toList();
    }

    @GetMapping("/filings")
    @Operation(summary = "Filings of the companies the caller may reach: algorithm filings (kind ALGORITHM), then "
            + "large-model filings and registrations (kind MODEL_FILING, MODEL_REGISTRATION)")
    ResponseEntity<List<FilingSummary>> list(@CurrentUser PortalUser user,
            @io.swagger.v3.oas.annotations.Parameter(description = "Only this company's filings (one the caller may "
                    + "reach, else 404)") @RequestParam(required = false) UUID companyId,
            @io.swagger.v3.oas.annotations.Parameter(description = "Only filings in this status (e.g. IN_REVIEW)")
            @RequestParam(required = false) String status,
            @io.swagger.v3.oas.annotations.Parameter(description = "Page number from 0; without it and without size, "
                    + "every filing")
            @RequestParam(required = false) Integer page,
            @io.swagger.v3.oas.annotations.Parameter(description = "Filings per page (1–500, default 100); alone, the "
                    + "first page")
            @RequestParam(name = "size", required = false) Integer requestedSize) {
        // Found in a walk: size alone was ignored (every filing came, with no link to a next page).
        int size = requestedSize == null ? 100 : requestedSize;
        if (page == null && requestedSize != null) {
            page = 0;
        }
        // A status that does not exist is a mistake, not "no filings" (found in a walk: ?status=BOGUS answered []).
        if (status != null && !status.isBlank() && java.util.Arrays.stream(
                com.cacfiling.domain.filing.FilingStatus.values()).noneMatch(known -> known.name()
                        .equalsIgnoreCase(status.strip()))) {
            throw com.cacfiling.web.system.InvalidRequestException.at("status", "api.problem.parameter.oneOf",
                    "status", status, java.util.Arrays.stream(com.cacfiling.domain.filing.FilingStatus.values())
                            .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (page != null && page < 0) {
            throw com.cacfiling.web.system.InvalidRequestException.at("page", "api.problem.parameter", "page",
                    String.valueOf(page));
        }
        if (size < 1 || size > 500) {
            throw com.cacfiling.web.system.InvalidRequestException.at("size", "api.problem.parameter.range", "size",
                    size, 1, 500);
        }
        // Narrowed and paged for a consultant's scripts (found in a walk: 5,000 filings came as one 1.6 MB answer),
        // in the statements (see ApiFilingList).
        ApiFilingList.Page found = list.read(user, companyId, status, page == null ? 0 : (long) page * size,
                page == null ? null : size);
        var answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()));
        if (page != null && (long) (page + 1) * size < found.total()) {
            answer.header(HttpHeaders.LINK, "</api/v1/filings?"
                    + org.springframework.web.util.UriComponentsBuilder.newInstance()
                            .queryParamIfPresent("companyId", java.util.Optional.ofNullable(companyId))
                            .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                            .queryParam("page", page + 1).queryParam("size", size).build().encode().getQuery()
                    + ">; rel=\"next\"");
        }
        return answer.body(found.rows());
    }

    @PostMapping(path = "/filings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a filing in one role, or both roles (two filings sharing one algorithm)")
    ResponseEntity<List<FilingSummary>> create(@CurrentUser PortalUser user, @Valid @RequestBody NewFiling request) {
        List<FilingRecord> created = filings.create(user, request.companyId(), request.algorithmName(),
                request.role());
        List<FilingSummary> summaries = created.stream()
                .map(record -> FilingSummary.of(filings.get(record.getId(), user))).toList();
        return ResponseEntity.created(URI.create("/api/v1/filings/" + created.get(0).getId())).body(summaries);
    }

    @GetMapping("/filings/{filingId}")
    @Operation(summary = "The filing as a JSON dossier; the ETag is needed to update it")
    ResponseEntity<String> get(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        // Body and tag from one load: read apart, a save between the two paired the old body with the new tag, and a
        // PUT of that body undid the save.
        FilingService.Opened opened = filings.openAlone(filingId, user);
        // Resident ID numbers leave the portal masked; a PUT that sends them back masked keeps the stored ones.
        return ResponseEntity.ok().eTag(FilingService.contentTag(opened.record()))
                .body(PersonalData.maskedDossierJson(opened.dossier()));
    }

    @GetMapping("/filings/{filingId}/export")
    @Operation(summary = "Export the filing in the JSON dossier format (as a file)")
    ResponseEntity<String> export(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        Dossier dossier = filings.dossier(filingId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dossier-" + filingId + ".json\"")
                .body(PersonalData.maskedDossierJson(dossier));
    }

    @PutMapping(path = "/filings/{filingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the filing's content (entity, algorithm, Step 3) from a JSON dossier; "
            + "requires If-Match with the ETag of GET", description = DOSSIER_BODY)
    ResponseEntity<String> update(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @io.swagger.v3.oas.annotations.Parameter(required = true,
                    description = "The ETag of GET; without it the answer is 428, with an older one 412")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody String body) {
        String tag;
        try {
            tag = com.cacfiling.web.system.IfMatch.required(ifMatch);
        }
        catch (RuntimeException refused) {
            filings.get(filingId, user); // a filing the caller cannot reach is 404 first
            throw refused;
        }
        // Unmasked against the stored dossier inside the save's transaction, which has locked and loaded the filing.
        FilingService.Replaced replaced = imports.update(user, filingId, tag, stored -> DossierJson.readLeniently(
                PersonalData.unmaskDossierJson(body, DossierJson.write(stored))));
        return ResponseEntity.ok().eTag(replaced.tag()).body(PersonalData.maskedDossierJson(replaced.dossier()));
    }

    @PostMapping(path = "/filings/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a JSON dossier as a new filing of one of the caller's companies",
            description = DOSSIER_BODY)
    ResponseEntity<FilingSummary> importDossier(@CurrentUser PortalUser user, @RequestParam UUID companyId,
            @RequestBody String body) {
        FilingRecord created = imports.importAsNew(user, companyId,
                DossierJson.read(PersonalData.unmaskDossierJson(body, filings.entityDossierJson(user, companyId), true)));
        return ResponseEntity.created(URI.create("/api/v1/filings/" + created.getId()))
                .body(FilingSummary.of(filings.get(created.getId(), user)));
    }

    @GetMapping("/filings/{filingId}/findings")
    @Operation(summary = "Validate: the rules' findings in the language of Accept-Language")
    Findings findings(@CurrentUser PortalUser user, @PathVariable UUID filingId, Locale locale) {
        Evaluation evaluation = filings.evaluate(filingId, user);
        // Values typed that are not valid yet keep a filing from review as the review page says (found in a walk:
        // the API called such a filing ready); they are errors here too (ruleCode TYPED_VALUE).
        List<FindingView> typed = findingViews.typedValues(filings.get(filingId, user), locale);
        List<FindingView> all = new java.util.ArrayList<>(typed);
        all.addAll(findingViews.view(evaluation, locale).findings());
        return new Findings(evaluation.isReady() && typed.isEmpty(), evaluation.errorCount() + typed.size(),
                all.stream().map(finding -> ApiFinding.of(finding, filingId)).toList());
    }

    @GetMapping(path = "/filings/{filingId}/documents/{kind}.{extension}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "One document: kind report|responsibility|disclosure|commitment, extension pdf|docx")
    ResponseEntity<byte[]> document(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable String kind, @PathVariable String extension,
            @RequestParam(defaultValue = "zh-CN") String lang) {
        // The documents exist in the portal's two languages; any other was answered in Chinese unasked.
        String language = lang.toLowerCase(java.util.Locale.ROOT);
        if (!language.startsWith("zh") && !language.startsWith("en")) {
            throw com.cacfiling.web.system.InvalidRequestException.at("lang", "api.problem.documentLanguage", lang);
        }
        return com.cacfiling.web.document.Documents.render(filings.documentDossier(filingId, user), kind, extension, lang,
                false, filings, rendered);
    }

    @GetMapping(path = "/filings/{filingId}/dossier.zip", produces = "application/zip")
    @Operation(summary = "The complete dossier ZIP, of an algorithm filing or of a large-model filing or registration "
            + "(documents as PDF and DOCX, keyword list and test bank workbooks, findings, manifest)")
    ResponseEntity<byte[]> dossierZip(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        java.util.Optional<com.cacfiling.web.modelfiling.ModelFilingRecord> model = modelFilings.find(filingId, user);
        if (model.isPresent()) {
            return com.cacfiling.web.modelfiling.ModelDossierDownloads.zip(modelFilings, model.get(), user);
        }
        return com.cacfiling.web.document.Documents.zip(filings.documentDossierWithTyped(filingId, user), filings,
                rendered, messages, java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
