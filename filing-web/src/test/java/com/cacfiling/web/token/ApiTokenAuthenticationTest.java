package com.cacfiling.web.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every API request authenticates its token: one statement and no transaction, the token's last use written only
 * when it is due (about once a minute); a revoked token or a deactivated user is refused.
 */
@PortalTest
class ApiTokenAuthenticationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccountRepository users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aTokenIsCheckedInOneStatementAndItsUseWrittenOnlyWhenDue() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "ci");
        assertThat(tokens.of(officer.getId()).get(0).getLastUsedAt()).isNull();

        var first = HibernateStatements.count(entityManagerFactory, () -> tokens.authenticate(token));
        assertThat(first.result()).get().extracting(UserAccount::getId).isEqualTo(officer.getId());
        assertThat(first.statements()).as("the check and the first use's UPDATE").isEqualTo(2);
        assertThat(first.transactions()).as("the UPDATE's").isEqualTo(1);
        assertThat(tokens.of(officer.getId()).get(0).getLastUsedAt()).as("the first use is shown").isNotNull();

        var next = HibernateStatements.count(entityManagerFactory, () -> tokens.authenticate(token));
        assertThat(next.result()).get().extracting(UserAccount::getId).isEqualTo(officer.getId());
        assertThat(next.statements()).as("the check alone, within the minute").isEqualTo(1);
        assertThat(next.transactions()).isZero();

        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedAndWorksAgainOnReactivation() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "ci");
        setEnabled(officer.getId(), false);
        assertThat(tokens.authenticate(token)).isEmpty();
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        setEnabled(officer.getId(), true);
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    /** An administrator's deactivation ends the account's tokens: an activation later does not revive them. */
    @Test
    void tokensEndWithTheDeactivationOfTheirAccount() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "ci");
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(com.cacfiling.web.security.PortalUser.of(fixtures.admin()));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/admin/users/{id}/deactivate", officer.getId()).with(admin).with(csrf));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/admin/users/{id}/activate", officer.getId()).with(admin).with(csrf));
        assertThat(users.findById(officer.getId()).orElseThrow().isEnabled()).isTrue();
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.of(officer.getId())).allSatisfy(listed -> assertThat(listed.getRevokedAt()).isNotNull());
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "ci");
        assertThat(tokens.authenticate(token)).isPresent();
        tokens.revoke(officer.getId(), tokens.of(officer.getId()).get(0).getId());
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.PREFIX + "unknown")).isEmpty();
        assertThat(tokens.authenticate("not-a-token")).isEmpty();
        // A revoked token is told so, with the bearer scheme's header (found in a walk: "missing, revoked, expired or
        // unknown", no WWW-Authenticate); an unknown one is not told it was revoked.
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(
                        com.cacfiling.web.system.PortalErrorController.API_TEXT, "api.401.tokenRevoked.text"));
        assertThat(tokens.revoked(ApiTokens.PREFIX + "unknown")).isFalse();
        assertThat(errorDispatch(401, "api.401.tokenRevoked.text")).contains("revoked");
        // An unknown one is told there is no such token (it was told the token was "missing", found in a walk).
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + ApiTokens.PREFIX + "unknown"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(
                        com.cacfiling.web.system.PortalErrorController.API_TEXT, "api.401.tokenUnknown.text"));
        assertThat(errorDispatch(401, "api.401.tokenUnknown.text")).contains("no such access token")
                .doesNotContain("missing");
    }

    /**
     * A read-only token fetches filings and documents; every call that would change something is refused with 403 in
     * words before it reaches a controller, and the filing stays as it was.
     */
    @Test
    void aReadOnlyTokenReadsAndChangesNothing() throws Exception {
        var company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        var filing = fixtures.filing(company, "只读令牌算法");
        String token = "Bearer " + tokens.create(officer.getId(), "export", TokenAccess.READ, TokenLifetime.DAYS_30);
        var read = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse();
        String etag = read.getHeader("ETag");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                        .header("If-Match", etag).contentType("application/json")
                        .content(read.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(
                        com.cacfiling.web.system.PortalErrorController.API_TEXT, "api.403.readOnlyToken.text"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/filings")
                        .header("Authorization", token).contentType("application/json")
                        .content("{\"companyId\":\"" + company.getId() + "\",\"algorithmName\":\"不应创建\","
                                + "\"role\":\"SERVICE_PROVIDER\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from filing f join algorithm a on a.id = f.algorithm_id"
                + " where f.company_id = ? and a.name = '不应创建'", Integer.class, company.getId())).isZero();
        mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("ETag", etag));
        assertThat(errorDispatch(403, "api.403.readOnlyToken.text")).contains("read-only", "GET");
    }

    /** An expired token is refused, and the refusal says it expired rather than that it is wrong. */
    @Test
    void anExpiredTokenIsRefusedAndSaysSo() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "nightly", TokenAccess.READ_WRITE, TokenLifetime.DAYS_30);
        var listed = tokens.of(officer.getId()).get(0);
        assertThat(java.time.Duration.between(listed.getCreatedAt(), listed.getExpiresAt()))
                .isEqualTo(java.time.Duration.ofDays(30));
        assertThat(tokens.authenticate(token)).isPresent();
        jdbc.update("update api_token set expires_at = now() - interval '1 minute' where id = ?", listed.getId());
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.expired(token)).isTrue();
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(
                        com.cacfiling.web.system.PortalErrorController.API_TEXT, "api.401.tokenExpired.text"));
        // A wrong token is not told it expired, but that there is no such token.
        assertThat(tokens.expired(ApiTokens.PREFIX + "unknown")).isFalse();
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + ApiTokens.PREFIX + "unknown"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(
                        com.cacfiling.web.system.PortalErrorController.API_TEXT, "api.401.tokenUnknown.text"));
        assertThat(errorDispatch(401, "api.401.tokenExpired.text")).contains("expired");
        // A token without expiry keeps working.
        String lasting = tokens.create(officer.getId(), "forever", TokenAccess.READ, TokenLifetime.NEVER);
        assertThat(tokens.of(officer.getId())).filteredOn(t -> t.getName().equals("forever"))
                .singleElement().extracting(ApiToken::getExpiresAt).isNull();
        assertThat(tokens.authenticate(lasting)).isPresent();
    }

    /** What the error page answers an API request refused for a reason of its own (MockMvc does not follow sendError). */
    private String errorDispatch(int status, String textKey) throws Exception {
        return mvc.perform(get("/error").header("Accept-Language", "en")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/filings")
                        .requestAttr(com.cacfiling.web.system.PortalErrorController.API_TEXT, textKey))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void setEnabled(UUID userId, boolean enabled) {
        UserAccount account = users.findById(userId).orElseThrow();
        if (enabled) {
            account.activate();
        }
        else {
            account.deactivate();
        }
        users.save(account);
    }
}
