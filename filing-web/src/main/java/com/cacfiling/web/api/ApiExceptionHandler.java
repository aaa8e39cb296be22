package com.cacfiling.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cacfiling.web.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Spring MVC's own request errors (invalid UUID, unreadable or invalid body, missing parameter or header, wrong
 * content type or method, ETag preconditions) raised by the REST API's controllers, as RFC 9457 problem JSON with its
 * media type, in the caller's language (Accept-Language), naming the parameter or the body's property and what it
 * takes: Spring's own details are English sentences about converters (found in a walk).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        if (request instanceof ServletWebRequest servlet) {
            Locale locale = Problems.apiLocale(servlet.getRequest());
            int status = response.getStatusCode().value();
            problem.setTitle(messages.getMessage("error." + status + ".title", null, problem.getTitle(), locale));
            problem.setDetail(detail(ex, status, problem, locale));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(response.getHeaders());
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, problemHeaders, response.getStatusCode());
    }

    private String detail(Exception ex, int status, ProblemDetail problem, Locale locale) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return text(mismatch.getRequiredType() == UUID.class ? "api.problem.parameter.id"
                    : "api.problem.parameter", locale, mismatch.getName(), String.valueOf(mismatch.getValue()));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return text("api.problem.missingParameter", locale, missing.getParameterName());
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return text("api.problem.missingHeader", locale, missing.getHeaderName());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            return text("api.problem.mediaType", locale, unsupported.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(", ")));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            return text("api.problem.method", locale, method.getMethod(),
                    method.getSupportedMethods() == null ? "" : String.join(", ", method.getSupportedMethods()));
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            problem.setProperty("problems", invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> Map.of("path", error.getField(), "message", messages.getMessage(error, locale)))
                    .toList());
            return text("api.problem.invalid", locale);
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, locale);
        }
        // The ETag refusals say what to do (found in a walk: English to a Chinese client).
        String key = status == 412 || status == 428 ? "api." + status + ".text" : "error." + status + ".text";
        return messages.getMessage(key, null, problem.getDetail(), locale);
    }

    /** A body that could not be read: where in it, and what the property takes. */
    private String unreadable(HttpMessageNotReadableException ex, Locale locale) {
        JacksonException jackson = null;
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException found) {
                jackson = found;
                break;
            }
        }
        if (jackson == null) {
            return text("api.problem.body.missing", locale);
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            // Valid JSON of the wrong shape ([], 42): the body is one object.
            return text("api.problem.body.notObject", locale);
        }
        if (jackson instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String path = path(databind.getPath());
            Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (target != null && target.isEnum()) {
                return text("api.problem.body.enum", locale, path, Arrays.stream(target.getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", ")));
            }
            if (target == UUID.class) {
                return text("api.problem.body.id", locale, path);
            }
            return text("api.problem.body.value", locale, path);
        }
        if (jackson.getLocation() != null && jackson.getLocation().getLineNr() > 0) {
            return text("api.problem.body.notJson", locale, jackson.getLocation().getLineNr(),
                    jackson.getLocation().getColumnNr());
        }
        return text("api.problem.body.missing", locale);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
