package com.cacfiling.web.securityassessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.domain.securityassessment.AssessmentTrigger;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.rules.Finding;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.ApiLanguage;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.triage.ServiceRow;
import com.cacfiling.web.triage.Services;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A service's security assessment report over the REST API, with the services' authorization (404 outside the
 * caller's companies) and locking (If-Match with the ETag of GET; 428 without, 412 when changed). Findings come in
 * the language of Accept-Language; ID numbers in texts are masked for callers outside the company, and a PUT of the
 * masked texts keeps the stored numbers.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Security assessment")
class SecurityAssessmentApiController {

    private final Services services;
    private final SecurityAssessments assessments;
    private final SecurityAssessmentFindings views;

    SecurityAssessmentApiController(Services services, SecurityAssessments assessments,
            SecurityAssessmentFindings views) {
        this.services = services;
        this.assessments = assessments;
        this.views = views;
    }

    /** The report as written: dates as ISO dates, measures by name; absent or null is not written yet. */
    record Report(String functions, String facilities, String deployment, String licences,
            Set<AssessmentTrigger> triggers, Assessor assessor, String thirdParty, LocalDate assessedOn,
            Map<SecurityMeasure, MeasureAnswer> measures, String conclusion, String otherMatters, LocalDate submittedOn,
            String submissionReference) {

        static Report of(SecurityAssessment a) {
            return new Report(a.functions(), a.facilities(), a.deployment(), a.licences(), a.triggers(), a.assessor(),
                    a.thirdParty(), a.assessedOn(), a.measures(), a.conclusion(), a.otherMatters(), a.submittedOn(),
                    a.submissionReference());
        }

        /**
         * The report to save. A date the body leaves out keeps what was typed unreadably on the page, so that a GET
         * sent back as it came changes nothing (found in a review: it dropped the typing).
         */
        SecurityAssessment toAssessment(SecurityAssessment stored) {
            Map<String, String> typed = new HashMap<>();
            if (assessedOn == null && stored.invalidInput().containsKey("assessedOn")) {
                typed.put("assessedOn", stored.invalidInput().get("assessedOn"));
            }
            if (submittedOn == null && stored.invalidInput().containsKey("submittedOn")) {
                typed.put("submittedOn", stored.invalidInput().get("submittedOn"));
            }
            return new SecurityAssessment(functions, facilities, deployment, licences, triggers, assessor, thirdParty,
                    assessedOn, measures, conclusion, otherMatters, submittedOn, submissionReference, typed);
        }
    }

    record FindingView(String severity, String field, String label, String message, String basis) {
    }

    record ReportView(UUID serviceId, long version, boolean ready, boolean submitted, Report report,
            List<FindingView> findings) {
    }

    @GetMapping("/services/{serviceId}/security-assessment")
    @Operation(summary = "The service's security assessment report with what is still missing; the ETag is needed "
            + "to change it")
    ResponseEntity<ReportView> get(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ServiceRow service = services.get(serviceId, user);
        SecurityAssessments.Stored stored = assessments.load(serviceId);
        SecurityAssessment seen = SecurityAssessments.seenBy(user, service, stored.assessment());
        List<Finding> findings = assessments.findings(seen);
        List<FindingView> shown = views.views(findings, ApiLanguage.of(language)).stream()
                .map(f -> new FindingView(f.severity().name(), f.field(), f.label(), f.message(), f.basisInFull())).toList();
        return ResponseEntity.ok().eTag(etag(stored.version())).body(new ReportView(serviceId, stored.version(),
                findings.stream().noneMatch(Finding::isError), seen.recordedAsSubmitted(), Report.of(seen), shown));
    }

    @PutMapping(path = "/services/{serviceId}/security-assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the report (the fields of GET's report); requires If-Match with the ETag of GET")
    ResponseEntity<ReportView> put(@CurrentUser PortalUser user, @PathVariable UUID serviceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Report body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ServiceRow service = services.get(serviceId, user);
        String tag = com.cacfiling.web.system.IfMatch.required(ifMatch);
        SecurityAssessments.Stored stored = assessments.load(serviceId);
        long version = stored.version();
        if (!tag.equals(etag(version))) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        try {
            // If-Match is a promise about the version: a save made since is refused, not merged.
            assessments.save(user, service, version, body.toAssessment(stored.assessment()), false);
        }
        catch (EditConflictException conflict) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Changed since the ETag sent: GET it again");
        }
        return get(user, serviceId, language);
    }

    private static String etag(long version) {
        return "\"sa" + version + "\"";
    }
}
