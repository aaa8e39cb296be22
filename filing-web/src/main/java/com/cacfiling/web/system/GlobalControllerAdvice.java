package com.cacfiling.web.system;

import java.util.Locale;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.dossier.DossierFormatException;
import com.cacfiling.domain.filing.IllegalTransitionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Exceptions with a meaning for the user, answered as the portal's page or, under /api/, as problem JSON. Everything
 * else is a status sent to {@link PortalErrorController}.
 */
@ControllerAdvice
class GlobalControllerAdvice {

    private final MessageSource messages;

    GlobalControllerAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Blank fields of form objects arrive as null, so "not filled in" means the same everywhere. Single request
     * parameters are trimmed but stay strings: a blank one must not turn into null past its declared default.
     */
    @InitBinder
    void trimStrings(WebDataBinder binder) {
        boolean formObject = binder.getTarget() != null || binder.getTargetType() != null;
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(formObject));
        binder.setDisallowedFields("id");
    }

    /**
     * A list's page number that is not a number is its first page, filters kept, on every paged list, whether the page
     * is a parameter of its own (dashboard, audit log) or a field of the list's query (administrators' lists,
     * obligations): see {@link Paging#bindLeniently}. The REST API keeps refusing it, in words.
     */
    @InitBinder
    void lenientPageNumbers(WebDataBinder binder, HttpServletRequest request) {
        if (!Problems.isApi(request)) {
            Paging.bindLeniently(binder);
        }
    }

    /** Someone else saved first, or the filing is no longer editable (in review, submitted, approved). */
    @ExceptionHandler({EditConflictException.class, ObjectOptimisticLockingFailureException.class,
            IllegalTransitionException.class, NotEditableException.class})
    Object conflict(RuntimeException exception, HttpServletRequest request, Locale locale) {
        boolean notEditable = exception instanceof IllegalTransitionException
                || exception instanceof NotEditableException;
        // A large-model registration's refusal says "此登记", not "此备案".
        UnaryOperator<String> words = exception instanceof NotEditableException refused ? refused::wordsOf
                : UnaryOperator.identity();
        boolean move = exception instanceof NotEditableException refusedMove && refusedMove.isMove();
        String textKey = move ? words.apply("wizard.moveRefused")
                : notEditable ? words.apply("wizard.notEditable") : "error.409.text";
        if (Problems.isApi(request)) {
            return Problems.of(HttpStatus.CONFLICT, messages.getMessage(textKey, null, Problems.apiLocale(request)),
                    request);
        }
        ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
        if (exception instanceof EditConflictException conflict) {
            page.addObject("reloadTo", conflict.reloadTo());
        }
        // Not a colleague's save: the filing is in review or filed; the page's title says that, and leads back.
        if (notEditable) {
            page.addObject("titleKey", move ? "error.409.moveRefusedTitle" : "error.409.notEditableTitle");
        }
        if (exception instanceof NotEditableException refused) {
            page.addObject("backTo", refused.backTo());
            page.addObject("backKey", words.apply("error.409.back"));
        }
        page.addObject("textKey", textKey);
        return page;
    }

    /** A refusal a feature explains itself (a credit code taken, an archived company, a dossier too large, ...). */
    private static final java.util.regex.Pattern FILING_PATH = java.util.regex.Pattern.compile(
            "/filings/([0-9a-fA-F-]{36})(/|$)");

    @ExceptionHandler(Refusal.class)
    Object refused(Refusal refusal, HttpServletRequest request) {
        if (Problems.isApi(request)) {
            return Problems.of(refusal.status(), messages.getMessage(refusal.textKey(), null,
                    Problems.apiLocale(request)), request);
        }
        ModelAndView page = refusal.status() == HttpStatus.CONFLICT
                ? new ModelAndView("error/409", HttpStatus.CONFLICT) : errorPage(refusal.status());
        if (refusal.titleKey() != null) {
            page.addObject("titleKey", refusal.titleKey());
        }
        page.addObject("textKey", refusal.textKey());
        // Refused inside a filing (an archived company's, from a page opened before): a way back to it, read only
        // (found in a walk: the page was a dead end).
        java.util.regex.Matcher filing = FILING_PATH.matcher(request.getRequestURI());
        if (refusal.backTo() != null) {
            page.addObject("backTo", refusal.backTo());
            page.addObject("backKey", refusal.backKey());
        }
        else if (refusal.status() == HttpStatus.CONFLICT && filing.find()) {
            page.addObject("backTo", "/filings/" + filing.group(1) + "/workflow");
        }
        return page;
    }

    @ExceptionHandler(DossierFormatException.class)
    Object invalidDossier(DossierFormatException invalid, HttpServletRequest request) {
        if (Problems.isApi(request)) {
            Locale locale = Problems.apiLocale(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("dossier.problem.title", null, locale));
            problem.setTitle(messages.getMessage("error.400.title", null, locale));
            // Each problem at its path, in the caller's words where the portal has them (never a message key).
            problem.setProperty("problems", invalid.problems().stream().map(each -> java.util.Map.of("path",
                    each.path(), "message", each.messageKey() == null ? each.reason()
                            : messages.getMessage(each.messageKey(), each.arguments().toArray(), each.reason(),
                                    locale))).toList());
            return Problems.of(problem);
        }
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /**
     * A value the domain refuses that got past the form's checks: the request was wrong, not the server. Its message
     * is the code's, in English, so an API caller gets the status's words instead (the API's own checks say what is
     * wrong with an {@link InvalidRequestException}).
     */
    @ExceptionHandler(IllegalArgumentException.class)
    Object invalidArgument(IllegalArgumentException invalid, HttpServletRequest request) {
        if (Problems.isApi(request)) {
            return Problems.of(HttpStatus.BAD_REQUEST, messages.getMessage("error.400.text", null,
                    Problems.apiLocale(request)), request);
        }
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /** Values of a request that are not valid, each at its path in the caller's words. */
    @ExceptionHandler(InvalidRequestException.class)
    Object invalidRequest(InvalidRequestException invalid, HttpServletRequest request) {
        if (Problems.isApi(request)) {
            Locale locale = Problems.apiLocale(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("api.problem.invalid", null, locale));
            problem.setTitle(messages.getMessage("error.400.title", null, locale));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            problem.setProperty("problems", invalid.problems().stream().map(each -> java.util.Map.of("path",
                    each.path(), "message", messages.getMessage(each.message(), locale))).toList());
            return Problems.of(problem);
        }
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /**
     * An upload beyond the multipart limit (well above the 10 MB the evidence check allows): back to the upload
     * field with the same message as a file just over 10 MB.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String uri = request.getRequestURI();
        if (!Problems.isApi(request) && uri.matches(".*/filings/[0-9a-fA-F-]{36}/evidence")) {
            String step = uri.substring(0, uri.length() - "/evidence".length()) + "/steps/assessment";
            RequestContextUtils.getOutputFlashMap(request).put("uploadError", "upload.tooLarge");
            RequestContextUtils.getOutputFlashMap(request).put("uploadKind", "evidence");
            RequestContextUtils.saveOutputFlashMap(step, request, response);
            return new ModelAndView("redirect:" + step.substring(request.getContextPath().length()) + "#evidence");
        }
        if (Problems.isApi(request)) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("error.413.text", null, Problems.apiLocale(request)), request);
        }
        return errorPage(HttpStatus.CONTENT_TOO_LARGE);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("titleKey", "error." + status.value() + ".title");
        page.addObject("textKey", "error." + status.value() + ".text");
        return page;
    }
}
