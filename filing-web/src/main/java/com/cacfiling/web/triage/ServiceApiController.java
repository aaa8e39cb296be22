package com.cacfiling.web.triage;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.triage.ApplicableObligation;
import com.cacfiling.domain.triage.Triage;
import com.cacfiling.domain.triage.TriageResult;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Services and their triage over the REST API, with the same authorization as filings (a service outside the
 * caller's companies is 404) and the same optimistic locking (If-Match with the ETag of GET; 428 without, 412 when
 * changed). Texts (obligations, bases, questions) come in the language of Accept-Language.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Services and triage")
class ServiceApiController {

    private final Services services;
    private final MessageSource messages;

    ServiceApiController(Services services, MessageSource messages) {
        this.services = services;
        this.messages = messages;
    }

    record ServiceSummary(UUID id, UUID companyId, String company, String name, String description,
            boolean triageComplete, URI triage) {

        static ServiceSummary of(ServiceRow service) {
            return new ServiceSummary(service.id(), service.companyId(), service.companyName(), service.name(),
                    service.description(), Services.resultOf(service).complete(),
                    URI.create("/api/v1/services/" + service.id() + "/triage"));
        }
    }

    record NewService(@NotNull UUID companyId, @NotBlank @Size(max = Services.MAX_NAME) String name,
            @Size(max = Services.MAX_DESCRIPTION) String description) {
    }

    record Question(String id, String text, Boolean answer) {
    }

    record Obligation(String kind, String label, String detail, String basis, String evidence,
            boolean confirmWithLocalCac) {
    }

    record TriageView(UUID serviceId, String triageVersion, List<Question> questions, List<String> unanswered,
            boolean complete, boolean outOfScope, List<Obligation> obligations) {
    }

    record Answers(@NotNull Map<String, Boolean> answers) {
    }

    @GetMapping("/services")
    @Operation(summary = "Services of the companies the caller may reach")
    List<ServiceSummary> list(@CurrentUser PortalUser user) {
        return services.visible(user).stream().map(ServiceSummary::of).toList();
    }

    @PostMapping(path = "/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a service of one of the caller's companies")
    ResponseEntity<ServiceSummary> create(@CurrentUser PortalUser user, @Valid @RequestBody NewService request) {
        UUID id = services.create(user, request.companyId(), request.name(), request.description());
        return ResponseEntity.created(URI.create("/api/v1/services/" + id))
                .body(ServiceSummary.of(services.get(id, user)));
    }

    @GetMapping("/services/{serviceId}")
    @Operation(summary = "One service")
    ServiceSummary get(@CurrentUser PortalUser user, @PathVariable UUID serviceId) {
        return ServiceSummary.of(services.get(serviceId, user));
    }

    @GetMapping("/services/{serviceId}/triage")
    @Operation(summary = "The triage: the questions asked with their answers, and the obligations that apply; "
            + "the ETag is needed to change the answers")
    ResponseEntity<TriageView> triage(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ServiceRow service = services.get(serviceId, user);
        return ResponseEntity.ok().eTag(etag(service)).body(view(service, com.cacfiling.web.system.ApiLanguage.of(language)));
    }

    @PutMapping(path = "/services/{serviceId}/triage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the answers ({\"answers\": {\"PUBLIC\": true, …}}); requires If-Match with the ETag "
            + "of GET. Answers to questions not asked are dropped.")
    ResponseEntity<TriageView> answer(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Answers body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ServiceRow service = services.get(serviceId, user);
        if (ifMatch == null) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ETag of GET in If-Match");
        }
        if (!ifMatch.strip().equals(etag(service))) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        // Checked after the access check, so that a stranger learns nothing from a 400.
        if (body.answers() == null) {
            throw com.cacfiling.web.system.InvalidRequestException.at("answers", "NotNull");
        }
        for (String id : body.answers().keySet()) {
            if (Triage.current().questions().stream().noneMatch(q -> q.id().equals(id))) {
                throw com.cacfiling.web.system.InvalidRequestException.at("answers." + id, "api.problem.question", id,
                        Triage.current().questions().stream().map(q -> q.id()).collect(
                                java.util.stream.Collectors.joining(", ")));
            }
        }
        try {
            services.saveAnswers(user, serviceId, service.version(), body.answers());
        }
        catch (EditConflictException conflict) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        return triage(user, serviceId, language);
    }

    private static String etag(ServiceRow service) {
        return "\"s" + service.version() + "\"";
    }

    private TriageView view(ServiceRow service, Locale locale) {
        Triage triage = Triage.current();
        TriageResult result = triage.evaluate(service.answers());
        List<Question> questions = triage.asked(service.answers()).stream()
                .map(q -> new Question(q.id(), text("triage.question." + q.id(), locale), service.answers().get(q.id())))
                .toList();
        List<Obligation> obligations = result.obligations().stream().map(o -> obligation(o, locale)).toList();
        return new TriageView(service.id(), triage.version(), questions, result.unanswered(), result.complete(),
                result.outOfScope(), obligations);
    }

    private Obligation obligation(ApplicableObligation o, Locale locale) {
        return new Obligation(o.kind().name(), text("obligation.kind." + o.kind(), locale),
                text("triage.detail." + o.kind() + "." + o.detail(), locale), text("triage.basis." + o.basis(), locale),
                o.evidence().name(), o.confirmWithLocalCac());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
