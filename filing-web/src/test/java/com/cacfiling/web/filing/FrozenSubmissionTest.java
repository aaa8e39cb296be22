package com.cacfiling.web.filing;

import java.util.List;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.IllegalTransitionException;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.cacfiling.web.filing.FilingScenarios.bringTo;
import static com.cacfiling.web.filing.FilingScenarios.completeFiling;
import static com.cacfiling.web.filing.FilingScenarios.withLegalRepresentative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 13, item 1: a filing in review, submitted or approved is a record of what was filed and stays as it was. */
@PortalTest
class FrozenSubmissionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcTemplate jdbc;

    private String legalRepresentative(FilingRecord filing, PortalUser user) {
        return filings.dossier(filing.getId(), user).entity().legalRepresentative().name();
    }

    @Test
    void noStepSavesAFilingInReview() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = completeFiling(fixtures, filings, company, officer);
        bringTo(filings, officer, filing, FilingStatus.IN_REVIEW);
        long companyVersion = filings.get(filing.getId(), officer).getCompany().getEntityVersion();

        assertThatThrownBy(() -> filings.updateEntity(officer, filing.getId(), companyVersion,
                previous -> withLegalRepresentative(previous, "改名者"))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filings.updateStep3(officer, filing.getId(),
                filings.get(filing.getId(), officer).getVersion(), SampleDossiers.products()))
                .isInstanceOf(IllegalTransitionException.class);

        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                        .param("_action", "save").param("version", String.valueOf(companyVersion))
                        .param("name", "改过的公司名"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("现在不能修改")));
        assertThat(filings.dossier(filing.getId(), officer).entity().name()).isEqualTo(SampleDossiers.entity().name());
        assertThat(filings.get(filing.getId(), officer).getCompany().getEntityVersion()).isEqualTo(companyVersion);

        // Evidence can neither be added nor removed.
        long evidenceFiles = jdbc.queryForObject("select count(*) from evidence_file where algorithm_id = ?",
                Long.class, filing.getAlgorithm().getId());
        mvc.perform(multipart("/filings/{id}/evidence", filing.getId()).file(new MockMultipartFile("file", "a.png",
                        "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))
                        .param("title", "截图").param("kind", "SCREENSHOT").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "wizard.notEditable"));
        mvc.perform(post("/filings/{id}/evidence/{key}/delete", filing.getId(), "ev-1").with(user(officer)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "wizard.notEditable"));
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where algorithm_id = ?", Long.class,
                filing.getAlgorithm().getId())).isEqualTo(evidenceFiles);
    }

    @Test
    void aDraftSiblingsEntityChangeLeavesTheApprovedDossierAndItsHistoryAlone() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = completeFiling(fixtures, filings, company, officer);
        String original = legalRepresentative(approved, officer);
        bringTo(filings, officer, approved, FilingStatus.APPROVED);
        FilingRecord returned = completeFiling(fixtures, filings, company, officer);
        bringTo(filings, officer, returned, FilingStatus.IN_REVIEW);
        FilingRecord draft = fixtures.filing(company, "另一个算法");
        int approvedVersions = changeLog.versions(approved.getId()).size();

        filings.updateEntity(officer, draft.getId(), filings.get(draft.getId(), officer).getCompany().getEntityVersion(),
                previous -> withLegalRepresentative(previous, "新任法人"));

        assertThat(legalRepresentative(draft, officer)).isEqualTo("新任法人");
        assertThat(legalRepresentative(approved, officer)).isEqualTo(original);
        assertThat(legalRepresentative(returned, officer)).isEqualTo(original);
        mvc.perform(get("/filings/{id}/dossier.json", approved.getId()).with(user(officer)))
                .andExpect(jsonPath("$.entity.legalRepresentative.name").value(original));
        List<ChangeLog.Entry> versions = changeLog.versions(approved.getId());
        assertThat(versions).hasSize(approvedVersions);
        assertThat(changeLog.snapshot(approved.getId(), versions.get(0).id())).contains(original)
                .doesNotContain("新任法人");

        // Back to a draft, the filing takes the company's current information again; a new approval freezes it.
        filings.transition(officer, returned.getId(), (f, a) -> f.returnForRework(a, "请更新"));
        assertThat(legalRepresentative(returned, officer)).isEqualTo("新任法人");
    }

    /**
     * A dual-role pair shares its algorithm: while one filing is in review (or filed, approved, closed), the other's
     * algorithm steps are read-only and every way of saving the algorithm through it is refused; its own parts stay
     * editable. Returned, the pair is editable again.
     */
    @Test
    void theOtherFilingOfAPairCannotChangeTheAlgorithmWhileOneIsInReview() throws Exception {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        List<FilingRecord> pair = filings.create(officer, company.getId(), SampleDossiers.ALGORITHM_NAME,
                RoleChoice.BOTH);
        FilingRecord provider = fixtures.fillWithDemo(pair.get(0), officer);
        FilingRecord supporter = pair.get(1);
        String name = provider.getAlgorithm().getName();
        bringTo(filings, officer, provider, FilingStatus.IN_REVIEW);
        long algorithmVersion = filings.get(supporter.getId(), officer).getAlgorithm().getVersion();

        assertThatThrownBy(() -> filings.updateAlgorithm(officer, supporter.getId(), algorithmVersion,
                p -> p.withBasics(p.basics().withName("背着审核改名")))).isInstanceOf(IllegalTransitionException.class);
        String refused = mvc.perform(post("/filings/{id}/steps/basic", supporter.getId()).with(user(officer))
                        .with(csrf()).param("_action", "save").param("_version", String.valueOf(algorithmVersion))
                        .param("algorithm.basics.name", "背着审核改名"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("现在不能修改", "算法信息由本备案与“服务提供者”备案共用；该备案目前为“审核中”");
        String token = "Bearer " + tokens.create(account.getId(), "pair");
        MvcResult read = mvc.perform(get("/api/v1/filings/{id}", supporter.getId()).header("Authorization", token))
                .andReturn();
        mvc.perform(put("/api/v1/filings/{id}", supporter.getId()).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag")).contentType("application/json")
                        .content(read.getResponse().getContentAsString().replace(name, "背着审核改名")))
                .andExpect(status().isConflict());
        assertThat(filings.get(provider.getId(), officer).getAlgorithm().getName()).isEqualTo(name);

        // The page says so and offers no input; the supporter's own step stays editable.
        org.jsoup.nodes.Document basic = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic",
                supporter.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(basic.select("#shared-algorithm-frozen").text()).contains("审核中");
        assertThat(basic.select("#save")).isEmpty();
        org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/step3",
                supporter.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(own.select("#shared-algorithm-frozen")).isEmpty();
        assertThat(own.select("#save")).hasSize(1);

        // Returned: editable again.
        filings.transition(officer, provider.getId(), (f, a) -> f.returnForRework(a, "请补充"));
        filings.updateAlgorithm(officer, supporter.getId(), algorithmVersion,
                p -> p.withBasics(p.basics().withName(name + "（退回后）")));
        assertThat(filings.get(provider.getId(), officer).getAlgorithm().getName()).isEqualTo(name + "（退回后）");
    }

    @Test
    void aPairsSharedContentFilledByOneIsStartedInTheOtherAndItsChangeIsAnnounced() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        List<FilingRecord> pair = filings.create(officer, company.getId(), SampleDossiers.ALGORITHM_NAME,
                RoleChoice.BOTH);
        FilingRecord provider = fixtures.fillWithDemo(pair.get(0), officer);
        FilingRecord supporter = pair.get(1);
        // The algorithm the provider filled is the supporter's too: its steps are not "not started" there.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic",
                supporter.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#step-basic .not-started, #step-detailed .not-started")).isEmpty();
        assertThat(page.select("#step-step3 .not-started")).hasSize(1);
        assertThat(page.select("#pair-change")).isEmpty();

        // Approved and changed: the supporter is told that its shared content no longer follows the provider's.
        bringTo(filings, officer, provider, FilingStatus.APPROVED);
        FilingRecord change = filings.startChange(officer, provider.getId(),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1));
        page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", supporter.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#pair-change").text()).contains("服务提供者", "变更备案");
        assertThat(page.select("#pair-change a").attr("href")).isEqualTo("/filings/" + change.getId() + "/workflow");
    }

    @Test
    void theApiRefusesToChangeAFilingInReviewWithProblemJson() throws Exception {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = completeFiling(fixtures, filings, company, officer);
        bringTo(filings, officer, filing, FilingStatus.IN_REVIEW);
        String token = "Bearer " + tokens.create(account.getId(), "test");
        MvcResult read = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andReturn();
        String body = read.getResponse().getContentAsString().replace("产品经理", "产品负责人");
        mvc.perform(put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType("application/json").content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("ETag", read.getResponse().getHeader("ETag")));
    }

    @Test
    void theMigrationFreezesFilingsThatAreAlreadyBeyondDraft() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = completeFiling(fixtures, filings, company, officer);
        bringTo(filings, officer, approved, FilingStatus.APPROVED);
        FilingRecord draft = fixtures.filing(company, "草稿算法");
        // As before V30: no snapshot anywhere.
        jdbc.update("update filing set entity_snapshot = null where company_id = ?", company.getId());

        String migration = new String(new org.springframework.core.io.ClassPathResource(
                "db/migration/V30__entity_snapshot.sql").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        jdbc.execute(migration.substring(migration.indexOf("update filing")));

        String original = legalRepresentative(approved, officer);
        filings.updateEntity(officer, draft.getId(), filings.get(draft.getId(), officer).getCompany().getEntityVersion(),
                previous -> withLegalRepresentative(previous, "迁移后法人"));
        assertThat(legalRepresentative(approved, officer)).isEqualTo(original);
        assertThat(filings.dossier(approved.getId(), officer).entity().name()).isEqualTo(SampleDossiers.entity().name());
        assertThat(legalRepresentative(draft, officer)).isEqualTo("迁移后法人");
        assertThat(jdbc.queryForObject("select count(*) from filing where id = ? and entity_snapshot is null",
                Long.class, draft.getId())).isEqualTo(1);
    }
}
