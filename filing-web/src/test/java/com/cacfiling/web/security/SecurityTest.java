package com.cacfiling.web.security;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@PortalTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/filings")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?continue=%2Ffilings"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    /**
     * A page asked for before signing in (a link from an e-mail, a bookmark, the way back to a step whose typing the
     * browser kept) opens after the sign-in, kept through a failed attempt; it landed on the start page. Only a path
     * of the portal is ever followed.
     */
    @Test
    void thePageAskedForBeforeSigningInOpensAfterItAndNeverAnotherSite() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String asked = "/filings?status=DRAFT&q=%E6%99%BA%E8%83%BD";
        mvc.perform(get("/filings").queryParam("status", "DRAFT").queryParam("q", "智能"))
                .andExpect(redirectedUrl("/login?continue=" + java.net.URLEncoder.encode(asked,
                        java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(get("/login").param("continue", asked))
                .andExpect(content().string(containsString("name=\"continue\" value=\"" + asked.replace("&", "&amp;"))));
        mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                        .param("password", "wrong-password").param("continue", asked))
                .andExpect(redirectedUrl("/login?error&continue=" + java.net.URLEncoder.encode(asked,
                        java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                        .param("password", TestFixtures.PASSWORD).param("continue", asked))
                .andExpect(authenticated()).andExpect(redirectedUrl(asked));
        // With the part after '#' the sign-in form carries along (a field's name may hold a dot).
        String field = "/filings/" + java.util.UUID.randomUUID() + "/steps/basic#f-algorithm.name";
        mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                        .param("password", TestFixtures.PASSWORD).param("continue", field))
                .andExpect(authenticated()).andExpect(redirectedUrl(field));
        for (String elsewhere : java.util.List.of("//evil.example/x", "/\\evil.example", "https://evil.example/",
                "javascript:alert(1)", "/logout", "/login?continue=/x", " /filings", "/filings\r\nSet-Cookie:x",
                // Found in a walk: these led to an error page or left the login form on screen after a good sign-in.
                "/..", "/../../etc/passwd", "/%2F%2Fexample.com", "/%0d%0aSet-Cookie:x=1", "/api/v1/filings",
                "/actuator/health", "/filings/export.xlsx?status=DRAFT", "/filings/x/documents/report.pdf")) {
            mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                            .param("password", TestFixtures.PASSWORD).param("continue", elsewhere))
                    .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        }
        // An action is not repeated by a sign-in: only a page asked for with GET is continued to.
        mvc.perform(post("/filings").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    /**
     * Found in a walk: the API's description answered 401 with no way to sign in, and in HTML to a program. A person
     * opening it signs in and continues to it; a program is told, in a problem, to send a token.
     */
    @Test
    void theApiDescriptionLeadsAPersonThroughTheSignInAndTellsAProgramToSendAToken() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        for (String page : java.util.List.of("/swagger-ui.html", "/swagger-ui/index.html")) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login?continue=%2Fswagger-ui.html"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                        .param("password", TestFixtures.PASSWORD).param("continue", "/swagger-ui.html"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/swagger-ui.html"));
        // With the part after '#' that names an operation in Swagger UI.
        mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                        .param("password", TestFixtures.PASSWORD).param("continue", "/swagger-ui.html#/Filings/create"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/swagger-ui.html#/Filings/create"));
        mvc.perform(get("/swagger-ui.html").with(user(TestFixtures.principal(officer))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/swagger-ui/index.html"));
        // Only that page: its neighbours are not followed.
        for (String elsewhere : java.util.List.of("/swagger-ui.html?x=1", "/swagger-ui/index.html",
                "/swagger-ui.html/../x")) {
            mvc.perform(post("/login").with(csrf()).param("username", officer.getUsername())
                            .param("password", TestFixtures.PASSWORD).param("continue", elsewhere))
                    .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        }
        // A program, or anyone sending a token that does not work, gets 401 with the scheme and a problem.
        mvc.perform(get("/v3/api-docs").header("Accept-Language", "en")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"api\""));
        var error = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 401)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/v3/api-docs")
                .header("Accept-Language", "en")).andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(error.getContentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(error.getContentAsString()).contains("Bearer");
        mvc.perform(get("/swagger-ui.html").header("Authorization", "Bearer fpat_not-a-token"))
                .andExpect(status().isUnauthorized());
        // Operations ask for a token the same way (a scraper's Bearer).
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"api\""));
    }

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        mvc.perform(formLogin("/login").user(officer.getUsername()).password(TestFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(officer.getUsername()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(officer.getUsername()).password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theConfiguredFirstAdministratorCanSignIn() throws Exception {
        mvc.perform(formLogin("/login").user("root-admin").password("Root-Admin-Test-1"))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        UserAccount officer = fixtures.officer(fixtures.company());
        org.assertj.core.api.Assertions.assertThat(officer.getPasswordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    void loginAndFormPostsWithoutCsrfTokenAreRefused() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        mvc.perform(post("/login").param("username", officer.getUsername()).param("password", TestFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/filings/new").with(user(TestFixtures.principal(officer)))
                        .param("algorithmName", "x").param("role", "SERVICE_PROVIDER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        mvc.perform(post("/logout").with(user(TestFixtures.principal(officer))).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
    }

    @Test
    void anOfficerOfAnotherCompanyGetsNotFoundForAFilingUrl() throws Exception {
        Company mine = fixtures.company();
        FilingRecord filing = fixtures.filing(mine, "秘密算法");
        UserAccount stranger = fixtures.officer(fixtures.company());
        mvc.perform(get("/filings/{id}", filing.getId()).with(user(TestFixtures.principal(stranger))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("秘密算法"))));
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).with(user(TestFixtures.principal(stranger)))
                        .with(csrf()).param("name", "hijacked").param("version", "0").param("_action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/filings").with(user(TestFixtures.principal(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("秘密算法"))));
    }

    @Test
    void administrationIsNotFoundForOfficersAndConsultants() throws Exception {
        Company company = fixtures.company();
        for (UserAccount account : new UserAccount[] {fixtures.officer(company), fixtures.consultant(company)}) {
            mvc.perform(get("/admin/companies").with(user(TestFixtures.principal(account))))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/users").with(user(TestFixtures.principal(account))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void pagesSendProtectiveHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }
}
