package com.cacfiling.web.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The obligations register over the REST API: paged like the page, edited with If-Match like filings. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Obligations register")
class ObligationApiController {

    private final Obligations obligations;
    private final MessageSource messages;

    private final jakarta.validation.Validator validator;

    ObligationApiController(Obligations obligations, MessageSource messages, jakarta.validation.Validator validator) {
        this.obligations = obligations;
        this.messages = messages;
        this.validator = validator;
    }

    record ObligationView(UUID id, UUID companyId, String company, UUID serviceId, String service, String kind,
            String label, String detail, String basis, String evidence, boolean confirmWithLocalCac, boolean applies,
            String status, UUID ownerId, String owner, String evidenceLink, String note, LocalDate nextReview) {
    }

    record PageView(List<ObligationView> obligations, long total, int page, int size) {
    }

    private static com.cacfiling.web.system.InvalidRequestException.Problem problem(
            jakarta.validation.ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        var attributes = violation.getConstraintDescriptor().getAttributes();
        // Spring's argument order for a field error: the field, then the constraint's attributes by name (max, min).
        Object[] arguments = {path, attributes.get("max"), attributes.get("min")};
        return new com.cacfiling.web.system.InvalidRequestException.Problem(path,
                new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {
                        constraint + ".form." + path, constraint + "." + path, constraint}, arguments,
                        violation.getMessage()));
    }

    record Change(@NotNull ObligationStatus status, UUID ownerId,
            @Size(max = Obligations.MAX_LINK) @Pattern(regexp = "^(https?://\\S+)?$") String evidenceLink,
            @Size(max = Obligations.MAX_NOTE) String note, LocalDate nextReview) {
    }

    @GetMapping("/obligations")
    @Operation(summary = "Obligations of the companies the caller may reach: open ones by default (show=all for "
            + "every one), filtered by companyId or serviceId, 100 a page (page=0, 1, …)")
    PageView list(@CurrentUser PortalUser user, @ModelAttribute ObligationFilter filter,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Obligations.Page page = obligations.page(user, filter, 100);
        return new PageView(page.rows().stream().map(row -> view(row, com.cacfiling.web.system.ApiLanguage.of(language))).toList(), page.total(), page.number(),
                page.size());
    }

    @GetMapping("/obligations/{obligationId}")
    @Operation(summary = "One obligation; the ETag is needed to change it")
    ResponseEntity<ObligationView> get(@CurrentUser PortalUser user, @PathVariable UUID obligationId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ObligationRow row = obligations.get(obligationId, user);
        return ResponseEntity.ok().eTag(etag(row)).body(view(row, com.cacfiling.web.system.ApiLanguage.of(language)));
    }

    @PutMapping(path = "/obligations/{obligationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change status, owner, evidence link, note and next review date; requires If-Match")
    ResponseEntity<ObligationView> update(@CurrentUser PortalUser user, @PathVariable UUID obligationId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Change change,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ObligationRow row = obligations.get(obligationId, user);
        if (!com.cacfiling.web.system.IfMatch.required(ifMatch).equals(etag(row))) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        // Validated after the access check, so that a stranger learns nothing from a 400.
        var violations = validator.validate(change);
        if (!violations.isEmpty()) {
            // Said as the page says it (the same message codes as the form's), never the constraint's expression.
            throw new com.cacfiling.web.system.InvalidRequestException(violations.stream()
                    .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(ObligationApiController::problem).toList());
        }
        if (!obligations.mayOwn(row, change.ownerId())) {
            throw com.cacfiling.web.system.InvalidRequestException.at("ownerId", "obligation.owner.invalid");
        }
        try {
            obligations.update(user, obligationId, row.version(), new Obligations.Edit(change.status(),
                    change.ownerId(), change.evidenceLink(), change.note(), change.nextReview()));
        }
        catch (EditConflictException conflict) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        return get(user, obligationId, language);
    }

    private static String etag(ObligationRow row) {
        return "\"o" + row.version() + "\"";
    }

    private ObligationView view(ObligationRow o, Locale locale) {
        return new ObligationView(o.id(), o.companyId(), o.companyName(), o.serviceId(), o.serviceName(),
                o.kind().name(), text("obligation.kind." + o.kind(), locale),
                text("triage.detail." + o.kind() + "." + o.detail(), locale), text("triage.basis." + o.basis(), locale),
                o.evidence().name(), o.confirmWithLocalCac(), o.applies(), o.status().name(), o.ownerId(),
                o.ownerName(), o.evidenceLink(), o.note(), o.nextReview());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
