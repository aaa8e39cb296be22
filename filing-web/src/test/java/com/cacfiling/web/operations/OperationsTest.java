package com.cacfiling.web.operations;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health for the load balancer, details for administrators, and request ids that a client cannot plant. */
@PortalTest
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilterRegistrationBean<RequestTurnsFilter> requestTurns;

    /** The body of a GET by an administrator, which must answer 200. */
    String asAdmin(String path) throws Exception {
        return mvc.perform(get(path).with(user(PortalUser.of(fixtures.admin())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anonymousCallersGetTheHealthStatusOnly() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            // The status (and, on the main health, the names of the two probe groups); no component, no detail.
            assertThat(body).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        }
        // Officers and consultants are no operators: the status only, and no metrics.
        PortalUser officer = PortalUser.of(fixtures.officer(fixtures.company()));
        assertThat(mvc.perform(get("/actuator/health").with(user(officer))).andReturn().getResponse()
                .getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        mvc.perform(get("/actuator/prometheus").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
    }

    @Test
    void requestsTakeTurnsAndAdministratorsSeeHowManyWait() throws Exception {
        assertThat(asAdmin("/actuator/prometheus"))
                .contains("filing_requests_waiting", "filing_requests_turn_timeouts_total");
        // In the chain by default, right inside the request log, whose duration then includes the wait.
        assertThat(requestTurns.isEnabled()).isTrue();
        assertThat(requestTurns.getOrder()).isGreaterThan(RequestLogFilter.class.getAnnotation(Order.class).value());
        assertThat(requestTurns.getFilter().freeTurns()).isEqualTo(RequestTurnsFilter.defaultConcurrentRequests());
    }

    @Test
    void administratorsSeeTheDatabaseInTheReadiness() throws Exception {
        assertThat(asAdmin("/actuator/health/readiness")).contains("\"db\"", "\"readinessState\"");
        assertThat(asAdmin("/actuator/health/liveness")).contains("\"livenessState\"").doesNotContain("\"db\"");
    }

    @Test
    void aRequestIdFromAClientThatIsNoTrustedProxyIsReplaced() throws Exception {
        MvcResult planted = mvc.perform(get("/login").header("X-Request-Id", "planted-by-client")).andReturn();
        String id = planted.getResponse().getHeader("X-Request-Id");
        assertThat(id).isNotBlank().isNotEqualTo("planted-by-client")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        String another = mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(another).isNotEqualTo(id);
    }
}
