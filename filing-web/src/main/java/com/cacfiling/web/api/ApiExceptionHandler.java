package com.cacfiling.web.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own request errors (invalid UUID, unreadable or invalid body, missing parameter or header, wrong
 * content type, ResponseStatusException) raised by the API, as RFC 9457 problem JSON with its media type.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final org.springframework.context.MessageSource messages;

    ApiExceptionHandler(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail)) {
            return response;
        }
        // The ETag refusals say what to do, in the caller's language (found in a walk: English to a Chinese client).
        int status = response.getStatusCode().value();
        if ((status == 412 || status == 428) && request instanceof org.springframework.web.context.request
                .ServletWebRequest servlet) {
            ProblemDetail problem = (ProblemDetail) response.getBody();
            problem.setDetail(messages.getMessage("api." + status + ".text", null, problem.getDetail(),
                    com.cacfiling.web.system.Problems.apiLocale(servlet.getRequest())));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(response.getHeaders());
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(response.getBody(), problemHeaders, response.getStatusCode());
    }
}
