package com.cacfiling.web.user;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator changes a user's role (issue 13 built it; sessions ending is HardeningTest's): the last active
 * administrator stays one, and the audit log names the roles in words in both languages.
 */
@PortalTest
class RoleChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastActiveAdministratorKeepsTheRole() throws Exception {
        UserAccount last = fixtures.admin();
        // Every other administrator of the shared test database inactive for the moment, then as they were.
        List<UUID> others = jdbc.queryForList("select id from app_user where role = 'ADMIN' and enabled and id <> ?",
                UUID.class, last.getId());
        try {
            jdbc.update("update app_user set enabled = false where role = 'ADMIN' and id <> ?", last.getId());
            Company company = fixtures.company();
            mvc.perform(post("/admin/users/{id}/role", last.getId()).with(user(PortalUser.of(last))).with(csrf())
                            .param("role", "OFFICER").param("companyId", company.getId().toString()))
                    // Refused as the administrator's own role first: nobody gives up their own administration.
                    .andExpect(flash().attribute("refusal", "user.roleSelf"));
            assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, last.getId()))
                    .isEqualTo("ADMIN");
        }
        finally {
            for (UUID id : others) {
                jdbc.update("update app_user set enabled = true where id = ?", id);
            }
        }
        // With a second active administrator the first may step down.
        UserAccount second = fixtures.admin();
        mvc.perform(post("/admin/users/{id}/role", last.getId()).with(user(PortalUser.of(second))).with(csrf())
                .param("role", "CONSULTANT")).andExpect(flash().attribute("message", "user.roleChanged"));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, last.getId()))
                .isEqualTo("CONSULTANT");
    }

    @Test
    void theAuditLogNamesTheRolesInWords() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        PortalUser admin = PortalUser.of(fixtures.admin());
        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                .param("role", "CONSULTANT")).andExpect(flash().attribute("message", "user.roleChanged"));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String text = Jsoup.parse(mvc.perform(get("/audit").with(user(admin))
                    .param("lang", locale.equals(Locale.ENGLISH) ? "en" : "zh-CN"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("tbody tr")
                    .stream().map(row -> row.text()).filter(row -> row.contains(officer.getUsername() + ":"))
                    .findFirst().orElseThrow();
            assertThat(text).doesNotContain("OFFICER").doesNotContain("CONSULTANT")
                    .contains(locale == Locale.ENGLISH ? "Compliance officer → Legal consultant" : "合规专员 → 法律顾问");
        }
    }

    @Test
    void theAuditLogSaysInWordsWhatItsEntriesStoreAsCodes() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        PortalUser admin = PortalUser.of(fixtures.admin());
        mvc.perform(post("/admin/companies/{id}/cac-outcome", company.getId()).with(user(admin)).with(csrf())
                .param("allowed", "true"));
        String stranger = TestFixtures.unique("nobody");
        mvc.perform(post("/login").with(csrf()).param("username", stranger).param("password", "wrong-password"));
        mvc.perform(post("/profile/tokens").with(user(PortalUser.of(officer))).with(csrf()).param("name", "报表同步"));
        UUID token = jdbc.queryForObject("select id from api_token where user_id = ?", UUID.class, officer.getId());
        mvc.perform(post("/admin/tokens/{id}/revoke", token).with(user(admin)).with(csrf()));
        String audit = Jsoup.parse(mvc.perform(get("/audit").with(user(admin))).andReturn().getResponse()
                .getContentAsString()).select("tbody").text();
        assertThat(audit).contains("允许该公司的合规专员自行记录网信办结果", stranger + " ", "用户名或密码错误",
                "报表同步 · " + officer.getUsername()).doesNotContain("CAC_OUTCOME_BY_OFFICERS", "allowed",
                "BadCredentialsException", token.toString());
        // The administrators' token list says whose each token is.
        assertThat(Jsoup.parse(mvc.perform(get("/admin/tokens").with(user(admin))).andReturn().getResponse()
                .getContentAsString()).select("#tokens").text()).contains(officer.getDisplayName() + " ("
                + officer.getUsername() + ")");
    }

    @Test
    void fullAccessIsNeverOneCarelessClickAway() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        PortalUser admin = PortalUser.of(fixtures.admin());
        // A role change to administrator without the confirmation changes nothing.
        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                .param("role", "ADMIN")).andExpect(flash().attribute("refusal", "user.adminNotConfirmed"));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, officer.getId()))
                .isEqualTo("OFFICER");
        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                        .param("role", "ADMIN").param("confirmAdmin", "true"))
                .andExpect(flash().attribute("message", "user.roleChanged"));
        assertThat(jdbc.queryForObject("select role from app_user where id = ?", String.class, officer.getId()))
                .isEqualTo("ADMIN");

        // The new-user form starts with the officer's role and asks for the same confirmation.
        org.jsoup.nodes.Document page = Jsoup.parse(mvc.perform(get("/admin/users").with(user(admin)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#role option[selected]").val()).isEqualTo("OFFICER");
        String username = TestFixtures.unique("careless");
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", username)
                        .param("displayName", "Careless").param("password", "Good-Enough-Pass-7").param("role", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("form", "confirmAdmin", "user.adminNotConfirmed"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void aConsultantCreatedInvitedOrMadeWithACompanyHasItAsAClient() throws Exception {
        Company company = fixtures.company();
        PortalUser admin = PortalUser.of(fixtures.admin());
        String created = TestFixtures.unique("consultant.c");
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", created)
                        .param("displayName", "顾问丙").param("password", "Good-Enough-Pass-7").param("role", "CONSULTANT")
                        .param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "user.created"));
        String invited = TestFixtures.unique("consultant.inv");
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", invited)
                        .param("displayName", "顾问丁").param("role", "CONSULTANT")
                        .param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "invite.created"));
        UserAccount officer = fixtures.officer(fixtures.company());
        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                        .param("role", "CONSULTANT").param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "user.roleChanged"));
        for (String username : List.of(created, invited, officer.getUsername())) {
            assertThat(jdbc.queryForList("select a.company_id from consultant_assignment a join app_user u "
                    + "on u.id = a.consultant_id where u.username = ?", UUID.class, username)).containsExactly(company.getId());
        }
        // Assigning it again changes nothing and logs nothing; the list offers it no more.
        UUID consultantId = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, created);
        int logged = jdbc.queryForObject("select count(*) from change_log where action = 'CONSULTANT_ASSIGNED' "
                + "and detail = ?", Integer.class, created);
        mvc.perform(post("/admin/users/{id}/assignments", consultantId).with(user(admin)).with(csrf())
                .param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "user.alreadyAssigned"));
        assertThat(jdbc.queryForObject("select count(*) from change_log where action = 'CONSULTANT_ASSIGNED' "
                + "and detail = ?", Integer.class, created)).isEqualTo(logged).isOne();
        // The same through the row's role form (the consultant's role with a company it has): said, not "no change".
        mvc.perform(post("/admin/users/{id}/role", consultantId).with(user(admin)).with(csrf())
                        .param("role", "CONSULTANT").param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "user.alreadyAssigned"));
        // An administrator belongs to no company: a company chosen for one is refused, not dropped.
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", TestFixtures.unique("admin.co")).param("displayName", "A")
                        .param("password", "Good-Enough-Pass-7").param("role", "ADMIN").param("confirmAdmin", "true")
                        .param("companyId", company.getId().toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("form", "companyId", "user.company.notForAdmin"));
    }

    @Test
    void choosingTheRoleAUserHasChangesNothingAndIsNotAudited() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        PortalUser admin = PortalUser.of(fixtures.admin());
        int audited = jdbc.queryForObject("select count(*) from change_log where detail like ?", Integer.class,
                officer.getUsername() + ":%");

        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                        .param("role", "OFFICER").param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("message", "user.roleUnchanged"));

        assertThat(jdbc.queryForObject("select count(*) from change_log where detail like ?", Integer.class,
                officer.getUsername() + ":%")).isEqualTo(audited);
        // Another company is a change.
        mvc.perform(post("/admin/users/{id}/role", officer.getId()).with(user(admin)).with(csrf())
                        .param("role", "OFFICER").param("companyId", fixtures.company().getId().toString()))
                .andExpect(flash().attribute("message", "user.roleChanged"));
    }
}
