package com.cacfiling.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every endpoint the portal maps, for every kind of user: anonymous visitors are sent to sign in (or get 401 from
 * the API), and whoever is not entitled to a filing or to administration gets 404 — found by walking the handler
 * mappings, so a new endpoint is covered the day it is added.
 */
@PortalTest
class EndpointSweepTest {

    /** Public by design: sign-in, errors, and invitation links (the token is the credential; a wrong one is 404). */
    private static final Set<String> PUBLIC = Set.of("/login", "/error", "/invite/{token}");

    /** Reviewing is the consultant's part: for the company's own officer these do not exist either. */
    private static final Set<String> CONSULTANT_ONLY = Set.of("/filings/{filingId}/ready", "/filings/{filingId}/return");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    com.cacfiling.web.triage.Services services;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    com.cacfiling.web.modelfiling.ModelFilingService modelFilings;

    /** The large-model filing of the swept company: its endpoints are swept like the algorithm filing's. */
    private UUID modelFilingId = UUID.randomUUID();

    record Endpoint(HttpMethod method, String pattern) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("com.cacfiling")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(25);
        return endpoints;
    }

    /** The company's service and one of its obligations (issue 16): scoped like filings. */
    private UUID serviceId;
    private UUID obligationId;

    private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, UUID filingId) {
        String path = endpoint.pattern().replace("{filingId}", filingId.toString()).replace("{slug}", "basic")
                .replace("{modelFilingId}", modelFilingId.toString()).replace("{list}", "keywords")
                .replace("{serviceId}", serviceId.toString()).replace("{obligationId}", obligationId.toString())
                .replace("{kind}", "report").replace("{extension}", "pdf").replace("{key}", "ev-missing")
                .replace("{tokenId}", UUID.randomUUID().toString()).replace("{userId}", UUID.randomUUID().toString())
                .replace("{companyId}", UUID.randomUUID().toString())
                .replace("{movePath}", "submit-for-review").replace("{notificationId}", UUID.randomUUID().toString())
                .replace("{entryId}", "1");
        // Any other id (a comment, …) names something that does not exist: the check must still come first.
        path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (path.endsWith("/evidence") && endpoint.method() == HttpMethod.POST) {
            builder = MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("file", "a.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        }
        else {
            builder = MockMvcRequestBuilders.request(endpoint.method(), path);
        }
        if (endpoint.method() != HttpMethod.GET) {
            builder.with(csrf()).param("_action", "save").param("title", "x").param("kind", "SCREENSHOT")
                    .param("name", "x").param("text", "x").param("companyId", UUID.randomUUID().toString())
                    .header("If-Match", "\"c0-a0-f0\"");
            if (path.startsWith("/api/")) {
                builder.contentType("application/json").content("{}");
            }
        }
        return builder;
    }

    @Test
    void everyEndpointIsClosedToThoseNotEntitled() throws Exception {
        Company company = fixtures.company();
        FilingRecord filing = fixtures.filing(company, "巡检算法");
        UserAccount otherOfficer = fixtures.officer(fixtures.company());
        UserAccount unassignedConsultant = fixtures.consultant(fixtures.company());
        UserAccount officer = fixtures.officer(company);
        UserAccount consultant = fixtures.consultant(company);
        modelFilingId = modelFilings.create(PortalUser.of(officer), company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.FILING, null).getId();
        serviceId = services.create(PortalUser.of(officer), company.getId(), "巡检服务", null);
        services.saveAnswers(PortalUser.of(officer), serviceId, 0, Map.of("PUBLIC", true, "GENERATIVE", true,
                "PUBLIC_OPINION", true, "OWN_MODEL", true, "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false,
                "MOBILISATION_RND", false, "COMPANION", false));
        obligationId = jdbc.queryForObject("select id from obligation where service_id = ? limit 1", UUID.class,
                serviceId);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String pattern = endpoint.pattern();
            boolean api = pattern.startsWith("/api/");
            boolean filingScoped = pattern.contains("{filingId}") || pattern.contains("{modelFilingId}")
                    || pattern.contains("{serviceId}") || pattern.contains("{obligationId}");
            boolean admin = pattern.startsWith("/admin");

            int anonymous = mvc.perform(request(endpoint, filing.getId())).andReturn().getResponse().getStatus();
            if (api ? anonymous != 401 : anonymous != 302 && !(endpoint.method() != HttpMethod.GET && anonymous == 403)) {
                failures.add(endpoint + " anonymous → " + anonymous);
            }
            for (UserAccount stranger : List.of(otherOfficer, unassignedConsultant)) {
                int status = mvc.perform(request(endpoint, filing.getId()).with(user(PortalUser.of(stranger))))
                        .andReturn().getResponse().getStatus();
                if ((filingScoped || admin) && status != 404) {
                    failures.add(endpoint + " " + stranger.getRole() + " of another company → " + status);
                }
                if (status >= 500) {
                    failures.add(endpoint + " " + stranger.getRole() + " → " + status);
                }
            }
            if (filingScoped) {
                int status = mvc.perform(request(endpoint, filing.getId()).with(user(PortalUser.of(fixtures.admin()))))
                        .andReturn().getResponse().getStatus();
                if (status != 404) {
                    failures.add(endpoint + " administrator (no filing access) → " + status);
                }
                UserAccount insider = CONSULTANT_ONLY.contains(pattern) ? consultant : officer;
                int own = mvc.perform(request(endpoint, filing.getId()).with(user(PortalUser.of(insider))))
                        .andReturn().getResponse().getStatus();
                boolean namesMissingThing = pattern.contains("{key}") || pattern.contains("{commentId}")
                        || pattern.contains("{fileId}") || pattern.contains("{entryId}") || pattern.contains("{round}");
                if (own == 404 && !namesMissingThing || own >= 500) {
                    failures.add(endpoint + " own officer → " + own);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
