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
                    .andExpect(flash().attribute("message", "user.lastAdmin"));
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
