package com.cacfiling.web;

import java.util.UUID;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.AlgorithmRecordRepository;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 2's walking skeleton, end to end through the real security chain, controllers and PostgreSQL. */
@PortalTest
class WalkingSkeletonTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AlgorithmRecordRepository algorithms;

    @Test
    void fromAdministrationToAFilingTheConsultantSees() throws Exception {
        UserAccount admin = fixtures.admin();
        MockHttpSession adminSession = login(admin.getUsername(), TestFixtures.PASSWORD);

        // The administrator creates a client company and an officer for it.
        String companyName = TestFixtures.unique("北京测试科技有限公司");
        mvc.perform(post("/admin/companies").session(adminSession).with(csrf()).param("name", companyName))
                .andExpect(status().is3xxRedirection());
        Company company = companies.findAll().stream().filter(c -> c.getName().equals(companyName)).findFirst()
                .orElseThrow();
        String officerName = TestFixtures.unique("zhang");
        mvc.perform(post("/admin/users").session(adminSession).with(csrf())
                        .param("username", officerName).param("displayName", "张三")
                        .param("password", "Officer-Password-1").param("role", "OFFICER")
                        .param("companyId", company.getId().toString()))
                .andExpect(status().is3xxRedirection());

        // The officer signs in and creates a filing.
        MockHttpSession officerSession = login(officerName, "Officer-Password-1");
        // The administrator knows the initial password: the officer chooses one of their own first.
        mvc.perform(get("/filings").session(officerSession))
                .andExpect(redirectedUrl("/profile?passwordChangeRequired#password-form"));
        mvc.perform(post("/profile/password").session(officerSession).with(csrf())
                        .param("currentPassword", "Officer-Password-1").param("newPassword", "Officer-Own-Password-2")
                        .param("confirmation", "Officer-Own-Password-2"))
                .andExpect(redirectedUrl("/filings"));
        MvcResult created = mvc.perform(post("/filings/new").session(officerSession).with(csrf())
                        .param("companyId", company.getId().toString())
                        .param("algorithmName", "智能对话生成算法").param("role", "SERVICE_PROVIDER"))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID filingId = UUID.fromString(created.getResponse().getRedirectedUrl().replace("/filings/", "").replace("/steps/entity", ""));

        // ... edits a field and saves.
        mvc.perform(post("/filings/{id}/steps/detailed", filingId).session(officerSession).with(csrf())
                        .param("algorithm.details.introduction", "基于大语言模型生成对话回复。").param("_version", "0")
                        .param("_action", "save"))
                .andExpect(status().is3xxRedirection());

        // Signs out, signs in again and finds it.
        mvc.perform(post("/logout").session(officerSession).with(csrf())).andExpect(status().is3xxRedirection());
        MockHttpSession again = login(officerName, "Officer-Own-Password-2");
        mvc.perform(get("/filings").session(again)).andExpect(content().string(containsString("智能对话生成算法")));
        mvc.perform(get("/filings/{id}", filingId).session(again))
                .andExpect(redirectedUrl("/filings/" + filingId + "/steps/detailed"));
        mvc.perform(get("/filings/{id}/steps/detailed", filingId).session(again))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基于大语言模型生成对话回复。")));

        // A consultant assigned to the company sees it; an officer of another company gets 404.
        UserAccount consultant = fixtures.consultant(company);
        MockHttpSession consultantSession = login(consultant.getUsername(), TestFixtures.PASSWORD);
        mvc.perform(get("/filings").session(consultantSession))
                .andExpect(content().string(containsString("智能对话生成算法")));
        UserAccount stranger = fixtures.officer(fixtures.company());
        mvc.perform(get("/filings/{id}", filingId).session(login(stranger.getUsername(), TestFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        // A consultant not assigned to it does not see it either.
        UserAccount otherConsultant = fixtures.consultant(fixtures.company());
        MockHttpSession otherSession = login(otherConsultant.getUsername(), TestFixtures.PASSWORD);
        mvc.perform(get("/filings").session(otherSession))
                .andExpect(content().string(not(containsString("智能对话生成算法"))));
        mvc.perform(get("/filings/{id}", filingId).session(otherSession)).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsKeptAsTypedAndShownNextToTheField() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "原名称");
        MockHttpSession session = login(officer.getUsername(), TestFixtures.PASSWORD);
        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).session(session).with(csrf())
                        .param("entity.name", "新的主体名称").param("entity.creditCode", "91110108MA01N7QX01")
                        .param("_version", "0").param("_action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.savedWithProblems"));
        // The valid field is saved; the invalid one is kept as typed, with its message, until corrected.
        mvc.perform(get("/filings/{id}/steps/entity", filing.getId()).session(session))
                .andExpect(content().string(containsString("新的主体名称")))
                .andExpect(content().string(containsString("value=\"91110108MA01N7QX01\"")))
                .andExpect(content().string(containsString("统一社会信用代码不正确")));
    }

    @Test
    void aSaveBasedOnAnOutdatedVersionIsAConflictNotAnOverwrite() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "并发算法");
        MockHttpSession session = login(officer.getUsername(), TestFixtures.PASSWORD);
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).session(session).with(csrf())
                        .param("algorithm.basics.name", "第一次保存").param("_version", "0").param("_action", "save"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).session(session).with(csrf())
                        .param("algorithm.basics.name", "第二次保存").param("_version", "0").param("_action", "save"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("第一次保存")))
                .andExpect(content().string(containsString("第二次保存")));
        assertThat(algorithms.findById(filing.getAlgorithm().getId()).orElseThrow().getName()).isEqualTo("第一次保存");
    }

    @Test
    void theInterfaceSwitchesToEnglish() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("登录")));
    }

    private MockHttpSession login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("signed in as " + username).isNotNull();
        return session;
    }
}
