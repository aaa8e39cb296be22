package com.cacfiling.web.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details, the one error format of the REST API. */
public final class Problems {

    private Problems() {
    }

    /** The language of an API answer's words ({@link ApiLanguage}). */
    public static java.util.Locale apiLocale(HttpServletRequest request) {
        return ApiLanguage.of(request.getHeader("Accept-Language"));
    }

    /** Whether the request (or, on an error dispatch, the original request) addresses the REST API. */
    public static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String path ? path : request.getRequestURI();
        // The API's description (OpenAPI JSON) is read by programs too: its refusals are problems as well.
        return uri != null && (uri.startsWith(request.getContextPath() + "/api/")
                || uri.equals(request.getContextPath() + "/v3/api-docs")
                || uri.startsWith(request.getContextPath() + "/v3/api-docs/"));
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(original instanceof String path ? path : request.getRequestURI()));
        return of(problem);
    }

    public static ResponseEntity<ProblemDetail> of(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
