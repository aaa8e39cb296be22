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
    void aRevokedOrUnknownTokenIsRefused() {
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "ci");
        assertThat(tokens.authenticate(token)).isPresent();
        tokens.revoke(officer.getId(), tokens.of(officer.getId()).get(0).getId());
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.PREFIX + "unknown")).isEmpty();
        assertThat(tokens.authenticate("not-a-token")).isEmpty();
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
