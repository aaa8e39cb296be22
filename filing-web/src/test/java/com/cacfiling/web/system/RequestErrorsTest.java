package com.cacfiling.web.system;

import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 13, item 3: the known inputs that gave 500 or were accepted although wrong. */
@PortalTest
class RequestErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CompanyRepository companies;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    com.cacfiling.web.filing.FilingService filings;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** The portal's mappings are asked by literal segments; wrong methods and unknown paths are answered as before. */
    @Test
    void theBrowsersIconIsServedToAnyone() throws Exception {
        // Every page's first visit asks for it; a 404 was a console error on each.
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0);
    }

    @Test
    void mappingsAskedByLiteralSegmentsStillAnswerWrongMethodsAndUnknownPaths() throws Exception {
        assertThat(mappings).isInstanceOf(LiteralSegmentMappings.class);
        var company = fixtures.company();
        var officer = TestFixtures.principal(fixtures.officer(company));
        var filing = fixtures.filing(company, TestFixtures.unique("映射"));
        mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/filings/{id}/steps/basic", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/filings/{id}/nowhere", filing.getId()).with(user(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void pageNumbersOfAnySizeShowAPage() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        for (String page : new String[] {"2147483647", "-2147483648", "-1", "99999999999", "abc"}) {
            int dashboard = mvc.perform(get("/filings").param("page", page).with(user(consultant)))
                    .andReturn().getResponse().getStatus();
            int audit = mvc.perform(get("/audit").param("page", page).with(user(admin)))
                    .andReturn().getResponse().getStatus();
            // Past the last page, the dashboard leads to its last page; what is not a number is the first page.
            assertThat(dashboard).as("dashboard page " + page).isIn(200, 302);
            assertThat(audit).as("audit page " + page).isEqualTo(200);
        }
    }

    /**
     * A page number that is not a number is the first page with the list's filters, on every paged list, as a
     * negative one is (found in a walk: "/filings?status=RETURNED&page=abc" answered a 400 page, "page=-3" the first
     * page). The API still says what is wrong with it.
     */
    @Test
    void aPageNumberThatIsNotOneIsTheFirstPageOfEveryListWithItsFilters() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        var returned = fixtures.fillWithDemo(fixtures.filing(company, "页码退回算法"), officer);
        filings.transition(officer, returned.getId(), (f, a) -> f.submitForReview(a));
        filings.transition(consultant, returned.getId(), (f, a) -> f.returnForRework(a, "请补充材料"));
        fixtures.filing(company, "页码草稿算法");

        for (String page : new String[] {"abc", "", "1.5", "２"}) {
            var dashboard = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").param("status", "RETURNED")
                    .param("page", page).with(user(consultant))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(dashboard.select("select[name=status] option[selected]").val()).as(page).isEqualTo("RETURNED");
            // (the demo's content names the returned filing's algorithm)
            assertThat(dashboard.select("#filings tbody tr")).as(page).hasSize(1);
            assertThat(dashboard.select("#filings tbody").text()).as(page).contains("已退回")
                    .doesNotContain("页码草稿算法");
        }
        var audit = org.jsoup.Jsoup.parse(mvc.perform(get("/audit").param("companyId", company.getId().toString())
                .param("kind", "FILINGS").param("page", "abc").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(audit.select("#audit-kind option[selected]").val()).isEqualTo("FILINGS");
        assertThat(audit.select("#audit tbody").text()).contains("请补充材料");
        var obligations = org.jsoup.Jsoup.parse(mvc.perform(get("/obligations").param("show", "all")
                .param("page", "abc").with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(obligations.select("select[name=show] option[selected]").val()).isEqualTo("all");
        var users = org.jsoup.Jsoup.parse(mvc.perform(get("/admin/users").param("q", officerAccount.getUsername())
                .param("page", "abc").with(user(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(users.select("#users tbody").text()).contains(officerAccount.getUsername());
        var companyList = org.jsoup.Jsoup.parse(mvc.perform(get("/admin/companies").param("q", company.getName())
                .param("page", "abc").with(user(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(companyList.select("#companies tbody input[name=name]").eachAttr("value"))
                .containsExactly(company.getName());
        // Blank, the page and the order are the list's first page in its default order (a blank sort, until then
        // refused with the page's binding error, was a NullPointerException once the page was taken).
        for (String list : new String[] {"/admin/users", "/admin/companies"}) {
            mvc.perform(get(list).param("sort", "").param("dir", "").param("page", "").with(user(admin)))
                    .andExpect(status().isOk());
        }
        // A row's action on a list opened so returns to its first page, not to an error.
        mvc.perform(post("/admin/companies/{c}/cac-outcome", company.getId()).param("allowed", "true")
                        .param("q", company.getName()).param("page", "abc").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // The API's callers are told, in words, that the page is not a number.
        String token = "Bearer " + tokens.create(officerAccount.getId(), "test");
        mvc.perform(get("/api/v1/filings").param("page", "abc").header("Authorization", token))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anArchivedCompanysOfficerCannotStartFilingsThroughTheApi() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        transaction.executeWithoutResult(status -> companies.findById(company.getId()).orElseThrow().archive());
        String token = "Bearer " + tokens.create(officer.getId(), "test");
        mvc.perform(post("/api/v1/filings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"algorithmName\":\"归档后算法\","
                                + "\"role\":\"SERVICE_PROVIDER\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/filings/import").param("companyId", company.getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(TestFixtures.sampleJson(SampleDossiers.completeProvider())))
                .andExpect(status().isConflict());
        mvc.perform(post("/filings/new").with(user(PortalUser.of(officer))).with(csrf())
                        .param("companyId", company.getId().toString()).param("algorithmName", "归档后算法")
                        .param("role", "SERVICE_PROVIDER"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/filings").header("Authorization", token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void importsWithANegativeUserCountOrAnOverlongNameAreRefusedWithProblemJson() throws Exception {
        Company company = fixtures.company();
        String token = "Bearer " + tokens.create(fixtures.officer(company).getId(), "test");
        String sample = TestFixtures.sampleJson(SampleDossiers.completeProvider());
        String negative = sample.replaceFirst("\"userCount\"\\s*:\\s*\\d+", "\"userCount\" : -5");
        assertThat(negative).isNotEqualTo(sample);
        mvc.perform(post("/api/v1/filings/import").param("companyId", company.getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(negative))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].path").value("$.algorithm.profile.assessment.userCount"));
        String longName = sample.replace(SampleDossiers.ALGORITHM_NAME, "名".repeat(250));
        mvc.perform(post("/api/v1/filings/import").param("companyId", company.getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(longName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.algorithm.profile.basics.name"));
        mvc.perform(post("/api/v1/filings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"algorithmName\":\"" + "名".repeat(250)
                                + "\",\"role\":\"SERVICE_PROVIDER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/filings/new").with(user(PortalUser.of(fixtures.officer(company)))).with(csrf())
                        .param("companyId", company.getId().toString()).param("algorithmName", "名".repeat(250))
                        .param("role", "SERVICE_PROVIDER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名".repeat(250))));
        mvc.perform(get("/api/v1/filings").header("Authorization", token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void renamingAnAlgorithmBeyondTheLimitIsRefusedWithAMessageNotAServerError() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        com.cacfiling.web.filing.FilingRecord filing = fixtures.filing(company, "改名算法");
        // The wizard keeps what was typed, with its message; the dossier keeps the last valid name.
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).with(user(officer)).with(csrf())
                        .param("_action", "save").param("_version", String.valueOf(filings.get(filing.getId(), officer).getAlgorithm().getVersion()))
                        .param("algorithm.basics.name", "名".repeat(250)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "wizard.savedWithProblems"));
        mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)))
                .andExpect(content().string(containsString("名".repeat(250))))
                .andExpect(content().string(containsString("最多 100 个字符")));
        mvc.perform(get("/api/v1/filings/{id}", filing.getId()).with(user(officer)))
                .andExpect(jsonPath("$.algorithm.profile.basics.name").value("改名算法"));
    }

    @Test
    void theErrorControllerAnswersProblemJsonForTheApiAndThePortalsPageElsewhere() throws Exception {
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/filings"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/filings"));
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/filings/x"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("文件过大")));
        mvc.perform(get("/error").cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "en"))
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/filings"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Server error")));
    }

    /**
     * A 403 is also a page the user may not see at all (an officer opening the operations' endpoints): its words
     * say so in both languages (they said "you may see this, but you may not do this").
     */
    @Test
    void theRefusalPageFitsAPageNotToBeSeenAsWellAsAnAction() throws Exception {
        PortalUser officer = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/actuator/prometheus").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/actuator/prometheus"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权访问此页面或执行此操作。")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("您可以查看此内容"))));
        mvc.perform(get("/error").cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "en"))
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/actuator/prometheus"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have permission for this page or action.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("You may see this"))));
    }
}
