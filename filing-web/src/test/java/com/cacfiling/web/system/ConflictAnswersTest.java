package com.cacfiling.web.system;

import java.util.Locale;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit conflict found only when the transaction commits (Hibernate's version check) reaches the same advice as
 * the portal's own checks: problem JSON for API clients, the conflict page for the browser.
 */
class ConflictAnswersTest {

    private final GlobalControllerAdvice advice = new GlobalControllerAdvice(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.409.text", Locale.ENGLISH, "Someone else saved this");
        messages.addMessage("wizard.notEditable", Locale.ENGLISH, "Not editable");
        messages.addMessage("feature.refused", Locale.ENGLISH, "The feature says no, in words");
        return messages;
    }

    @Test
    void aConflictAtCommitIsProblemJsonForTheApi() {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/filings/" + UUID.randomUUID());
        Object answer = advice.conflict(new ObjectOptimisticLockingFailureException("FilingRecord", UUID.randomUUID()),
                request, Locale.ENGLISH);
        assertThat(answer).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> response = (ResponseEntity<?>) answer;
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).isEqualTo("Someone else saved this");
    }

    @Test
    void theBrowserGetsTheConflictPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/filings/x/steps/basic");
        Object answer = advice.conflict(new IllegalTransitionException(FilingStatus.APPROVED, "edit"), request,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(answer).isInstanceOf(ModelAndView.class);
        ModelAndView page = (ModelAndView) answer;
        assertThat(page.getViewName()).isEqualTo("error/409");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(page.getModel()).containsEntry("textKey", "wizard.notEditable");
    }

    /** A feature's own refusal (system knows no feature): its status, title and words, on the page and in the API. */
    private static final class FeatureRefusal extends Refusal {
        private final HttpStatus status;
        private final String titleKey;

        FeatureRefusal(HttpStatus status, String titleKey) {
            super("refused");
            this.status = status;
            this.titleKey = titleKey;
        }

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String textKey() {
            return "feature.refused";
        }

        @Override
        public String titleKey() {
            return titleKey;
        }
    }

    @Test
    void aFeaturesRefusalIsAnsweredInItsOwnWords() {
        MockHttpServletRequest browser = new MockHttpServletRequest("POST", "/filings/new");
        ModelAndView conflict = (ModelAndView) advice.refused(
                new FeatureRefusal(HttpStatus.CONFLICT, "feature.refused.title"), browser);
        assertThat(conflict.getViewName()).isEqualTo("error/409");
        assertThat(conflict.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getModel()).containsEntry("textKey", "feature.refused")
                .containsEntry("titleKey", "feature.refused.title");

        ModelAndView unavailable = (ModelAndView) advice.refused(
                new FeatureRefusal(HttpStatus.SERVICE_UNAVAILABLE, null), browser);
        assertThat(unavailable.getViewName()).isEqualTo("error");
        assertThat(unavailable.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(unavailable.getModel()).containsEntry("textKey", "feature.refused")
                .containsEntry("titleKey", "error.503.title");

        MockHttpServletRequest api = new MockHttpServletRequest("PUT", "/api/v1/filings/" + UUID.randomUUID());
        ResponseEntity<?> problem = (ResponseEntity<?>) advice.refused(
                new FeatureRefusal(HttpStatus.BAD_REQUEST, null), api);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(((ProblemDetail) problem.getBody()).getDetail()).isEqualTo("The feature says no, in words");
    }
}
