package com.cacfiling.web.admin;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An archived company's filings stay to be read and downloaded, and nothing edits or moves them: found in a walk, its
 * officer kept saving steps after the archive, unaware of it, and the API took a PUT.
 */
@PortalTest
class ArchivedCompanyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Test
    void anArchivedCompanysFilingsAreReadOnlyAndSaySo() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        Company active = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company, active));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "归档只读算法"), officer);
        MockHttpServletResponse before = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).with(user(officer)))
                .andReturn().getResponse();
        String version = String.valueOf(filings.get(filing.getId(), officer).getAlgorithm().getVersion());
        String name = filings.get(filing.getId(), officer).getAlgorithm().getName();

        mvc.perform(post("/admin/companies/{id}/archive", company.getId()).with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("message", "company.archived"));

        // The pages say so, in words, and offer nothing to save or move.
        Document step = page("/filings/" + filing.getId() + "/steps/basic", officer);
        assertThat(step.select("#read-only").text()).startsWith("该公司已归档").contains("仅供查阅");
        assertThat(step.select("button[name=_action][value=save]")).isEmpty();
        Document workflow = page("/filings/" + filing.getId() + "/workflow", officer);
        assertThat(workflow.select("#company-archived").text()).startsWith("该公司已归档");
        assertThat(workflow.select("#actions form, #move-withdraw, #move-entity-approval")).isEmpty();
        Document consultantsView = page("/filings/" + filing.getId() + "/workflow", consultant);
        assertThat(consultantsView.select("#actions form")).isEmpty();
        // A consultant with another, active client still filters by company, the archived one marked (found in a
        // walk: the filter vanished with one of two clients archived).
        assertThat(page("/filings", consultant).select("select[name=companyId] option").eachText())
                .contains(company.getName() + "（已归档）", active.getName());
        // The consultant's list marks the client's rows (found in a walk: only the officer's list said so).
        assertThat(page("/filings", consultant).select("tbody tr").stream()
                .filter(row -> row.text().contains(company.getName())).findFirst().orElseThrow()
                .select(".badge.archived").text()).isEqualTo("已归档");
        // The officer's list says it too, and offers nothing to start that could not be sent.
        Document list = page("/filings", officer);
        assertThat(list.select("#company-archived").text()).startsWith("该公司已归档");
        assertThat(list.select("#new-filing, #new-model-filing")).isEmpty();
        assertThat(page("/model-filings/new", officer).select("#no-company").text()).contains("已归档");
        assertThat(page("/model-filings/new", officer).select("#model-filing-new")).isEmpty();
        Document services = page("/services", officer);
        assertThat(services.select("#no-company").text()).contains("已归档");
        assertThat(services.text()).doesNotContain("请在下方新建");
        // No new comment, answer or move of a thread either.
        assertThat(workflow.select("#new-comment")).isEmpty();
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(consultant)).with(csrf())
                .param("fieldPath", "algorithm.basics.name").param("body", "归档后的批注"))
                .andExpect(status().isConflict());
        // The upload box says why it takes nothing, not that the filing was submitted.
        // Once, briefly: the page's notice says the rest (a re-check read the long sentence twice).
        assertThat(page("/filings/" + filing.getId() + "/steps/entity", officer).select("#entity-documents").text())
                .contains("公司已归档：文件仅供查阅").doesNotContain("提交审核时所附").doesNotContain("如需继续");
        // Still read and downloaded.
        mvc.perform(get("/filings/{id}/history", filing.getId()).with(user(officer))).andExpect(status().isOk());

        // Sent anyway, from a page opened before: refused in words, nothing written.
        String refused = mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).with(user(officer)).with(csrf())
                        .param("_action", "save").param("_version", version)
                        .param("algorithm.basics.name", "归档后改名"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).text()).contains("该公司已归档");
        assertThat(Jsoup.parse(refused).select("#back-to-filing").attr("href"))
                .isEqualTo("/filings/" + filing.getId() + "/workflow");
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/filings/{id}", filing.getId()).with(user(officer)).with(csrf())
                        .header("If-Match", before.getHeader("ETag")).contentType(MediaType.APPLICATION_JSON)
                        .content(before.getContentAsString().replace(name, "接口改名")))
                .andExpect(status().isConflict());
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                        .param("checklistVersion", "0").param("algorithmVersion", version))
                .andExpect(status().isConflict());
        FilingRecord after = filings.get(filing.getId(), officer);
        assertThat(after.getAlgorithm().getName()).isEqualTo(name);
        assertThat(after.getStatus()).isEqualTo(filing.getStatus());

        // Restored, the filing is the company's to edit again.
        mvc.perform(post("/admin/companies/{id}/restore", company.getId()).with(user(admin)).with(csrf()));
        assertThat(page("/filings/" + filing.getId() + "/steps/basic", officer)
                .select("button[name=_action][value=save]")).isNotEmpty();
    }

    /** With no filing yet, the archived company's list says so, without pointing to a start it does not offer. */
    @Test
    void anArchivedCompanysEmptyListOffersNoStart() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        mvc.perform(post("/admin/companies/{id}/archive", company.getId()).with(user(admin)).with(csrf()));
        Document list = page("/filings", officer);
        assertThat(list.select(".empty").first().text()).isEqualTo("暂无备案。");
        assertThat(list.select("#start-with-triage, #new-filing")).isEmpty();
    }

    /**
     * A large-model record of an archived company refuses a save and a move as archived, not as "此登记正在审核…" (it
     * said so of a draft), and leads back to the record in its words (found in a review: the page had no way back).
     */
    @Test
    void anArchivedCompanysRegistrationRefusesASaveAsArchivedAndLeadsBack() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        java.util.UUID service = services.create(officer, company.getId(), TestFixtures.unique("归档登记服务"), null);
        java.util.UUID id = modelFilings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION, service).getId();
        long version = modelFilings.get(id, officer).getVersion();
        mvc.perform(post("/admin/companies/{id}/archive", company.getId()).with(user(admin)).with(csrf()));

        for (var refusedRequest : java.util.List.of(
                post("/model-filings/{id}/steps/basic", id).param("_version", String.valueOf(version))
                        .param("model.basics.modelName", "归档后改名"),
                post("/model-filings/{id}/submit", id))) {
            Document refusal = Jsoup.parse(mvc.perform(refusedRequest.with(user(officer)).with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
            assertThat(refusal.selectFirst("h1").text()).isEqualTo("该公司已归档");
            assertThat(refusal.text()).contains("该公司已归档：").doesNotContain("正在审核");
            assertThat(refusal.selectFirst("#back-to-filing").attr("href"))
                    .isEqualTo("/model-filings/" + id + "/review");
            assertThat(refusal.selectFirst("#back-to-filing").text()).isEqualTo("返回此登记");
        }
        assertThat(modelFilings.get(id, officer).getVersion()).isEqualTo(version);
    }

    @Autowired
    com.cacfiling.web.modelfiling.ModelFilingService modelFilings;

    @Autowired
    com.cacfiling.web.triage.Services services;

    private Document page(String path, PortalUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
