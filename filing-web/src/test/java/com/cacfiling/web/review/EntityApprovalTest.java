package com.cacfiling.web.review;

import java.time.LocalDate;

import com.cacfiling.domain.sample.SampleDossiers;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: the CAC approves the filing entity (Step 1) before the algorithm (Step 2) can be submitted. Until the
 * approval is recorded the workflow says so, and warns where the submission is recorded; whoever records the CAC's
 * outcomes records it, once for the company; afterwards every filing of the company shows the approved state.
 */
@PortalTest
class EntityApprovalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    com.cacfiling.web.token.ApiTokens tokens;

    @Autowired
    com.cacfiling.web.user.PeopleNames peopleNames;

    private Document workflow(PortalUser user, FilingRecord filing) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(user)))
                .andReturn().getResponse().getContentAsString());
    }

    private Document workflow(PortalUser user, FilingRecord filing, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(user))
                .param("lang", language)).andReturn().getResponse().getContentAsString());
    }

    /** The workflow log's rows without their time: who, what, note. */
    private static java.util.List<java.util.List<String>> logRows(Document page) {
        return page.select("#history tbody tr").stream()
                .map(row -> row.select("td").stream().map(org.jsoup.nodes.Element::text).toList().subList(1, 4))
                .toList();
    }

    /**
     * Found in a walk: the workflow log had no row for the entity's approval (only the history had it). The filing it
     * was recorded from has one, with the day the CAC approved it and who recorded it, in both languages; the filing
     * stays where it was, with its version (an officer's form open meanwhile still saves). Recorded on a returned
     * filing, it is not taken for the return: the page still says why the filing came back.
     */
    @Test
    void theEntitysApprovalIsARowOfTheWorkflowLogOfTheFilingItWasRecordedFrom() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord other = fixtures.filing(company, "另一算法");
        long version = filings.get(filing.getId(), officer).getVersion();
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-20")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));

        String recordedBy = peopleNames.of(consultant.getUsername());
        assertThat(logRows(workflow(officer, filing))).last().isEqualTo(java.util.List.of(recordedBy,
                "备案主体经网信办审核通过（第一步）", "审核通过日期：2026-11-20（对该公司的所有备案有效）"));
        assertThat(logRows(workflow(officer, filing, "en"))).last().isEqualTo(java.util.List.of(recordedBy,
                "Filing entity approved by the CAC (Step 1)",
                "Approved on 2026-11-20 (holds for all the company’s filings)"));
        FilingRecord after = filings.get(filing.getId(), officer);
        assertThat(after.getStatus()).isEqualTo(com.cacfiling.domain.filing.FilingStatus.DRAFT);
        assertThat(after.getVersion()).isEqualTo(version);
        // The history has it as before, once.
        assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ?",
                Integer.class, filing.getId(), "ENTITY_APPROVED")).isEqualTo(1);
        assertThat(logRows(workflow(officer, other))).hasSize(1);

        // Returned by the consultant, then the approval corrected: the return is still what the page reports.
        filings.transition(officer, filing.getId(), (f, a) -> f.submitForReview(a));
        filings.transition(consultant, filing.getId(), (f, a) -> f.returnForRework(a, "请补充标识截图"));
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-21")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));
        Document returned = workflow(officer, filing);
        assertThat(returned.getElementById("workflow-return-reason").text()).contains("请补充标识截图")
                .doesNotContain("2026-11-21");
        assertThat(logRows(returned)).extracting(row -> row.get(2)).endsWith("请补充标识截图",
                "审核通过日期：2026-11-21（对该公司的所有备案有效）");
        assertThat(filings.get(filing.getId(), officer).getStatus())
                .isEqualTo(com.cacfiling.domain.filing.FilingStatus.RETURNED);
    }

    @Test
    void theEntityApprovalIsWarnedAboutBeforeAndShownClearlyAfter() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord other = fixtures.filing(company, "另一算法");
        filings.transition(officer, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });

        Document before = workflow(consultant, filing);
        assertThat(before.getElementById("entity-approval-state").text()).contains("尚未记录经网信办审核通过");
        assertThat(before.getElementById("submission-entity-warning").text()).contains("不会被受理");
        assertThat(before.getElementById("record-entity-approval")).isNotNull();
        // The CAC's date is typed from its notice (found in a walk: today's date was one click from a wrong record).
        assertThat(before.getElementById("entity-approved-on").val()).isEmpty();
        mvc.perform(post("/filings/{id}/confirm/entity-approval", filing.getId()).param("entityApprovedOn", "")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("entityApprovedOn", "review.dateRequired")));
        // The officer sees the state but, unless allowed, does not record the CAC's outcomes.
        Document officersView = workflow(officer, filing);
        assertThat(officersView.getElementById("entity-approval-state").text()).contains("尚未记录");
        assertThat(officersView.getElementById("record-entity-approval")).isNull();
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-20")
                .with(user(officer)).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(get("/filings/{id}/confirm/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-20")
                .with(user(consultant))).andExpect(status().isOk());
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-20")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));
        // The confirmation page named the officer as told: the officer is.
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
                Integer.class, officer.id(), "inbox.entityApproved")).isEqualTo(1);
        assertThat(filings.get(filing.getId(), consultant).getCompany().getEntityApprovedOn())
                .isEqualTo(LocalDate.of(2026, 11, 20));

        Document after = workflow(officer, other);
        assertThat(after.getElementById("entity-approval-state").text()).contains("已于 2026-11-20 经网信办审核通过");
        assertThat(workflow(consultant, filing).getElementById("submission-entity-warning")).isNull();
        assertThat(after.getElementById("entity-approval-state").text()).contains("可以提交算法信息");
        // Once submitted, the page no longer says the algorithm may be submitted (found in a walk).
        filings.transition(consultant, filing.getId(), (f, a) -> f.recordSubmission(a, LocalDate.of(2026, 11, 25)));
        assertThat(workflow(consultant, filing).getElementById("entity-approval-state").text())
                .contains("已于 2026-11-20 经网信办审核通过").doesNotContain("可以提交");
    }

    @Test
    void aDateIsRequiredAndAStrangerFindsNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("entityApprovedOn", "review.dateRequired")));
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId()).param("entityApprovedOn", "2026-11-20")
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        assertThat(filings.get(filing.getId(), consultant).getCompany().getEntityApprovedOn()).isNull();
    }

    /**
     * Found in a review: Step 1's version was the company row's, which the entity's approval and the administrators'
     * settings move too, so an officer's Step 1 save of another filing was refused as if someone had changed Step 1,
     * and every API client's ETag of the company's filings went stale.
     */
    @Test
    void recordingTheApprovalOrAnAdministratorsSettingRefusesNoStepOneSaveAndKeepsTheEtags() throws Exception {
        Company company = fixtures.company();
        com.cacfiling.web.user.UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        FilingRecord approvedOne = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord draft = fixtures.fillWithDemo(fixtures.filing(company, "另一算法"), officer);
        filings.transition(officer, approvedOne.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });
        String token = "Bearer " + tokens.create(officerAccount.getId(), "etag");
        String etag = mvc.perform(get("/api/v1/filings/{id}", draft.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag");
        String approvedOnesEtag = mvc.perform(get("/api/v1/filings/{id}", approvedOne.getId())
                .header("Authorization", token)).andReturn().getResponse().getHeader("ETag");
        String stepOne = mvc.perform(get("/filings/{id}/steps/entity", draft.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/filings/{id}/entity-approval", approvedOne.getId()).param("entityApprovedOn", "2026-11-20")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));
        mvc.perform(post("/admin/companies/{id}/cac-outcome", company.getId()).param("allowed", "true")
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/api/v1/filings/{id}", draft.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag")).isEqualTo(etag);
        // Nor does the row it adds to the workflow log of the filing it was recorded from change that filing's.
        assertThat(mvc.perform(get("/api/v1/filings/{id}", approvedOne.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag")).isEqualTo(approvedOnesEtag);
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save =
                post("/filings/{id}/steps/entity", draft.getId()).with(user(officer)).with(csrf());
        java.util.Map<String, java.util.List<String>> form = com.cacfiling.web.wizard.BrowserSubmissions.of(stepOne);
        form.put("entity.registeredAddress", java.util.List.of("北京市朝阳区望京东路8号"));
        form.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.saved"));
        assertThat(filings.dossier(draft.getId(), officer).entity().registeredAddress())
                .isEqualTo("北京市朝阳区望京东路8号");

        // Step 1 changed: a form and an ETag from before are refused, as ever.
        mvc.perform(post("/filings/{id}/steps/entity", draft.getId()).with(user(officer)).with(csrf())
                .params(toParams(form))).andExpect(status().isConflict());
        assertThat(mvc.perform(get("/api/v1/filings/{id}", draft.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(
            java.util.Map<String, java.util.List<String>> form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach(params::put);
        return params;
    }

    /**
     * Found in a walk: the entity's approval was recorded on a new draft whose Step 1 had 22 errors and no uploads, and
     * the confirmation said nothing of it. Said before it is confirmed, not refused (the CAC may have approved the
     * entity through an earlier filing); gone once Step 1 is complete.
     */
    @Test
    void recordingTheFirstApprovalOnAnUnfinishedStepOneSaysWhatItLacks() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);

        Document unfinished = Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/entity-approval", filing.getId())
                .param("entityApprovedOn", "2026-11-20").with(user(consultant)))
                .andReturn().getResponse().getContentAsString());
        assertThat(unfinished.getElementById("confirm-entity-step-errors").text())
                .matches("本备案的第一步（主体信息）还有 \\d+ 个错误。.*打开第一步");
        assertThat(unfinished.select("#confirm-entity-step-errors a").attr("href"))
                .isEqualTo("/filings/" + filing.getId() + "/steps/entity");
        assertThat(unfinished.select("#confirm-missing-uploads li").eachText()).contains("营业执照扫描件");
        assertThat(unfinished.getElementById("confirm-move")).isNotNull();

        // The consultant has no move on a draft: told how to ask for changes instead (found in the same walk).
        assertThat(workflow(consultant, filing).getElementById("draft-hint").text()).contains("添加批注");
        assertThat(workflow(officer, filing).getElementById("draft-hint").text())
                .isEqualTo("草稿在“检查与下载”页提交审核。");

        fixtures.fillWithDemo(filing, officer);
        Document english = Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/entity-approval", filing.getId())
                .param("entityApprovedOn", "2026-11-20").param("lang", "en").with(user(consultant)))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.getElementById("confirm-entity-step-errors")).isNull();
        assertThat(english.getElementById("confirm-missing-uploads").text()).contains("Business licence");
    }
}
