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
}
