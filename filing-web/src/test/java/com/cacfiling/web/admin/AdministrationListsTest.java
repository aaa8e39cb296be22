package com.cacfiling.web.admin;

import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11, item 8: company and user administration for real numbers of clients. */
@PortalTest
class AdministrationListsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void companiesArePagedSearchedAndSortedByTheDatabase() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String prefix = TestFixtures.unique("分页公司");
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/admin/companies").with(user(admin)).with(csrf()).param("name", prefix + "-" + (100 + i)));
        }
        @SuppressWarnings("unchecked")
        Page<Company> first = (Page<Company>) mvc.perform(get("/admin/companies").with(user(admin))
                        .param("q", prefix).param("sort", "name").param("dir", "asc"))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("companies");
        assertThat(first.getTotalElements()).isEqualTo(30);
        assertThat(first.getContent()).hasSize(25);
        assertThat(first.getContent().get(0).getName()).isEqualTo(prefix + "-100");
        // A page past the last shows the last one (found in a walk: "page 14 of 13" and an empty list).
        @SuppressWarnings("unchecked")
        Page<Company> beyond = (Page<Company>) mvc.perform(get("/admin/companies").with(user(admin))
                        .param("q", prefix).param("sort", "name").param("dir", "asc").param("page", "13"))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("companies");
        assertThat(beyond.getNumber()).isEqualTo(1);
        assertThat(beyond.getContent()).hasSize(5);
        @SuppressWarnings("unchecked")
        Page<Company> last = (Page<Company>) mvc.perform(get("/admin/companies").with(user(admin))
                        .param("q", prefix).param("sort", "name").param("dir", "desc").param("page", "1"))
                .andExpect(content().string(containsString("id=\"prev-page\"")))
                .andReturn().getModelAndView().getModel().get("companies");
        assertThat(last.getContent()).extracting(Company::getName)
                .containsExactly(prefix + "-104", prefix + "-103", prefix + "-102", prefix + "-101", prefix + "-100");
        // A wildcard typed into the search is a character, not a pattern.
        mvc.perform(get("/admin/companies").with(user(admin)).param("q", prefix.replace("-", "_")))
                .andExpect(model().attribute("companies",
                        org.hamcrest.Matchers.hasProperty("totalElements", org.hamcrest.Matchers.is(0L))));
    }

    @Test
    void aCompanyIsCreatedWithAValidCreditCodeAndAWrongOneIsRefusedNextToTheField() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String name = TestFixtures.unique("信用代码公司");
        mvc.perform(post("/admin/companies").with(user(admin)).with(csrf()).param("name", name)
                        .param("creditCode", "91110108MA01N7QX0X"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "identifier.creditCode.invalid.checkCode"))
                .andExpect(content().string(containsString("value=\"91110108MA01N7QX0X\"")))
                .andExpect(content().string(containsString("统一社会信用代码不正确")));
        assertThat(jdbc.queryForObject("select count(*) from company where name = ?", Integer.class, name)).isZero();

        String code = TestFixtures.uniqueCreditCode();
        String location = mvc.perform(post("/admin/companies").with(user(admin)).with(csrf()).param("name", name)
                        .param("creditCode", code.toLowerCase()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Company created = companies.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
        assertThat(created.getCreditCode()).isEqualTo(code);
        assertThat(FilingService.entityProfile(created).creditCode().value()).isEqualTo(code);
        assertThat(FilingService.entityProfile(created).name()).isEqualTo(name);
        assertThat(location).isEqualTo("/admin/companies?created=" + created.getId());

        // The next steps: assign a consultant, invite an officer for this company.
        UserAccount consultant = fixtures.consultant();
        mvc.perform(get(location).with(user(admin)))
                .andExpect(content().string(containsString("id=\"next-steps\"")))
                .andExpect(content().string(containsString("/admin/users?inviteCompany=" + created.getId())));
        mvc.perform(post("/admin/users/assignments").with(user(admin)).with(csrf())
                        .param("userId", consultant.getId().toString()).param("companyId", created.getId().toString()))
                // Above the list as it was left, here in its default order.
                .andExpect(redirectedUrl(location + "&sort=created&dir=desc"));
        assertThat(jdbc.queryForList("select company_id from consultant_assignment where consultant_id = ?",
                UUID.class, consultant.getId())).containsExactly(created.getId());

        mvc.perform(post("/admin/companies").with(user(admin)).with(csrf()).param("name", name + "二")
                        .param("creditCode", code))
                .andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "company.creditCode.duplicate"));
    }

    @Test
    void anInvitationWithAnEmailAddressThatIsNotOneIsRefused() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        String username = TestFixtures.unique("mail.check");
        java.util.function.Function<String, org.springframework.test.web.servlet.RequestBuilder> invite = email ->
                post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", username)
                        .param("displayName", "邮箱检查").param("role", "OFFICER")
                        .param("companyId", company.getId().toString()).param("email", email);
        // Refused with a message by the field, and everything typed is still there.
        String page = mvc.perform(invite.apply("not-an-email")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("invite", "email", "invite.invalidEmail"))
                .andReturn().getResponse().getContentAsString();
        var form = org.jsoup.Jsoup.parse(page).selectFirst("#invite-form");
        assertThat(form.selectFirst("#invite-email").val()).isEqualTo("not-an-email");
        assertThat(form.selectFirst("#invite-username").val()).isEqualTo(username);
        assertThat(form.selectFirst("#invite-name").val()).isEqualTo("邮箱检查");
        assertThat(form.select("#invite-company option[selected]").val()).isEqualTo(company.getId().toString());
        assertThat(form.select(".has-error .field-error").text())
                .isEqualTo("电子邮箱格式不正确，例如 name@example.cn；未发出邀请。");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
        // An officer without a company, and a username already taken, are told by their fields too.
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", admin.getUsername())
                        .param("displayName", "无公司").param("role", "OFFICER"))
                .andExpect(model().attributeHasFieldErrorCode("invite", "companyId", "user.company.required"))
                .andExpect(model().attributeHasFieldErrorCode("invite", "username", "user.username.duplicate"));
        mvc.perform(invite.apply(" name@example.cn ")).andExpect(flash().attribute("message", "invite.created"));
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, username))
                .isEqualTo("name@example.cn");
    }

    @Test
    void invitingAnAdministratorNeedsTheConfirmationAndTheOfficerIsTheDefault() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        String refused = TestFixtures.unique("would.be.admin");
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", refused)
                        .param("displayName", "管理员").param("role", "ADMIN"))
                .andExpect(model().attributeHasFieldErrorCode("invite", "confirmAdmin", "invite.adminNotConfirmed"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, refused))
                .isZero();
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", refused)
                        .param("displayName", "管理员").param("role", "ADMIN").param("confirmAdmin", "true"))
                .andExpect(flash().attribute("message", "invite.created"));

        mvc.perform(get("/admin/users").with(user(admin)).param("inviteCompany", company.getId().toString()))
                .andExpect(content().string(containsString("<option value=\"OFFICER\" selected=\"selected\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
                        "(?s).*<option value=\"" + company.getId() + "\"[^>]*selected=\"selected\".*")));
    }

    @Test
    void aPendingInviteeIsShownAsInvitedNotAsDeactivatedAndUsersArePaged() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        String invited = TestFixtures.unique("pending.officer");
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("username", invited)
                .param("displayName", "待接受").param("role", "OFFICER").param("companyId", company.getId().toString()));
        mvc.perform(get("/admin/users").with(user(admin)).param("q", invited))
                .andExpect(content().string(containsString("id=\"pending-" + invited + "\"")))
                .andExpect(content().string(not(containsString("已停用</span>"))));
        mvc.perform(get("/admin/users").with(user(admin)).param("status", "PENDING").param("q", invited))
                .andExpect(content().string(containsString(invited)));
        mvc.perform(get("/admin/users").with(user(admin)).param("status", "INACTIVE").param("q", invited))
                .andExpect(content().string(not(containsString("id=\"pending-" + invited))));

        String prefix = TestFixtures.unique("paged.user");
        for (int i = 0; i < 27; i++) {
            jdbc.update("""
                    insert into app_user (id, username, password_hash, display_name, role, enabled, version, created_at,
                    created_by, updated_at, updated_by) values (?, ?, 'x', ?, 'CONSULTANT', true, 0, now(), 'test', now(), 'test')""",
                    UUID.randomUUID(), prefix + "-" + (10 + i), "顾问" + i);
        }
        @SuppressWarnings("unchecked")
        Page<UserAccount> page = (Page<UserAccount>) mvc.perform(get("/admin/users").with(user(admin))
                        .param("q", prefix).param("sort", "username").param("dir", "desc"))
                .andReturn().getModelAndView().getModel().get("users");
        assertThat(page.getTotalElements()).isEqualTo(27);
        assertThat(page.getContent()).hasSize(25);
        assertThat(page.getContent().get(0).getUsername()).isEqualTo(prefix + "-36");
    }
}
