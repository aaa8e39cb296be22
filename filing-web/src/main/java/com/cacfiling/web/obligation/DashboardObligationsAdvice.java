package com.cacfiling.web.obligation;

import com.cacfiling.web.security.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard's card of open obligations across the user's clients (a consultant's view of the register), added to
 * the dashboard page only: its controller stays as it is, and exports pay no extra query.
 */
@ControllerAdvice(basePackages = "com.cacfiling.web.dashboard")
class DashboardObligationsAdvice {

    private final Obligations obligations;

    DashboardObligationsAdvice(Obligations obligations) {
        this.obligations = obligations;
    }

    @ModelAttribute("openObligations")
    Obligations.Summary openObligations(Authentication authentication, HttpServletRequest request) {
        if (!(request.getContextPath() + "/filings").equals(request.getRequestURI())
                || !(authentication != null && authentication.getPrincipal() instanceof PortalUser user)) {
            return null;
        }
        return obligations.summary(user);
    }
}
