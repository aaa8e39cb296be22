package com.cacfiling.web.system;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container reports (a status sent with sendError, an exception no handler took, a request the
 * server refused) ends here: problem JSON under /api/, otherwise the portal's own page in the user's language.
 * Nothing about the cause is shown; the exception is logged where it happened.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
public class PortalErrorController implements ErrorController {

    /** Statuses with their own title and text in the bundles; others show the generic text. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 500, 503);

    /**
     * Set on a request refused for its form's security token (CSRF): the token of a page opened before a sign-out,
     * a new sign-in or the session's end. Its 403 says the page has expired and the change was not saved, not that
     * the user may not do this.
     */
    public static final String EXPIRED_FORM = PortalErrorController.class.getName() + ".expiredForm";

    /**
     * Set on an API request from a signed-in browser refused for its missing CSRF token: its 403 says what the
     * request lacks (and that scripts use a token), not that the user may not do this.
     */
    public static final String API_WITHOUT_CSRF = PortalErrorController.class.getName() + ".apiWithoutCsrf";

    /**
     * Set on an API request refused for a reason of its own: the message key of the problem's text (a browser
     * session ended by an administrator, a password still to change), instead of the status's general words.
     */
    public static final String API_TEXT = PortalErrorController.class.getName() + ".apiText";

    private final MessageSource messages;

    PortalErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            // Asked for directly rather than reached through an error: there is nothing to show.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
        }
        HttpStatus status = status(request);
        String key = status == HttpStatus.FORBIDDEN && request.getAttribute(EXPIRED_FORM) != null ? "error.expiredForm"
                : EXPLAINED.contains(status.value()) ? "error." + status.value() : "error.generic";
        if (Problems.isApi(request)) {
            // An API caller reads of a resource and of a token, not of a page and a sign-in.
            Locale apiLocale = Problems.apiLocale(request);
            String apiKey = request.getAttribute(API_TEXT) instanceof String own ? own
                    : request.getAttribute(API_WITHOUT_CSRF) != null ? "api.403.csrf.text"
                    : "api." + status.value() + ".text";
            java.util.List<String> offered = status == HttpStatus.NOT_ACCEPTABLE ? offered(request)
                    : java.util.List.of();
            // A format not offered: say which are (found in a walk: it said to try again later).
            String detail = offered.isEmpty() ? messages.getMessage(apiKey, null,
                    messages.getMessage(key + ".text", null, apiLocale), apiLocale)
                    : messages.getMessage("api.406.offered", new Object[] {String.join(", ", offered)}, apiLocale);
            var problem = Problems.of(status, detail, request);
            if (!offered.isEmpty()) {
                problem.getBody().setProperty("offered", offered);
            }
            problem.getBody().setTitle(messages.getMessage(key + ".title", null, problem.getBody().getTitle(),
                    apiLocale));
            return problem;
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("titleKey", key + ".title");
        page.addObject("textKey", key + ".text");
        return page;
    }

    /** The formats a resource refused as not acceptable (406) offers, as Spring MVC found them; empty if unknown. */
    private static java.util.List<String> offered(HttpServletRequest request) {
        Object failure = request.getAttribute(org.springframework.web.servlet.DispatcherServlet.EXCEPTION_ATTRIBUTE);
        if (!(failure instanceof org.springframework.web.HttpMediaTypeNotAcceptableException)) {
            failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        }
        return failure instanceof org.springframework.web.HttpMediaTypeNotAcceptableException notAcceptable
                ? notAcceptable.getSupportedMediaTypes().stream().map(type -> type.toString()).distinct().toList()
                : java.util.List.of();
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
