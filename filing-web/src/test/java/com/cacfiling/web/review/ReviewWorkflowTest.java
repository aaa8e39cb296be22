package com.cacfiling.web.review;

import java.util.List;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.inbox.Inbox;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 7's review loop: comment, return, fix, resubmit, ready, submission, approval with a filing number. */
@PortalTest
class ReviewWorkflowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    Inbox inbox;

    /** What the CAC did is recorded after it happened: dates some days before today, in the portal's zone. */
    private static java.time.LocalDate ago(int days) {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(days);
    }

    private static String daysAgo(int days) {
        return ago(days).toString();
    }

    /** A complete filing submitted 40 days ago and approved 30 days ago under the number. */
    private FilingRecord approvedFiling(Company company, PortalUser officer, String number) {
        FilingRecord filing = completeFiling(company, officer);
        filings.transition(officer, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, ago(40));
            f.recordApproval(a, new com.cacfiling.domain.identifiers.FilingNumber(number), ago(30));
        });
        return filing;
    }

    private static String uniqueNumber() {
        return TestFixtures.uniqueFilingNumber();
    }

    private FilingRecord completeFiling(Company company, PortalUser officer) {
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        String entityJson = DomainJson.write(SampleDossiers.entity()).replace("91110108MA01N7QX00",
                TestFixtures.uniqueCreditCode());
        EntityProfile entity = DomainJson.read(entityJson, EntityProfile.class);
        filings.updateEntity(officer, filing.getId(), filings.get(filing.getId(), officer).getCompany().getEntityVersion(),
                previous -> new EntityProfile(entity.name(), entity.creditCode(), entity.entityType(),
                        entity.registeredAddress(), entity.registeredCapitalWanYuan(), entity.establishedOn(),
                        entity.operatingTermEnd(), entity.operatingTermUnlimited(), entity.certificateType(),
                        entity.creditCode().value(), entity.legalRepresentative(), entity.securityOfficer(),
                        entity.contact(), new com.cacfiling.domain.company.IcpFiling(entity.icp().number(),
                                entity.name(), entity.creditCode(), null), entity.responsibilityTable()));
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                previous -> SampleDossiers.algorithmProfile());
        filings.updateStep3(officer, filing.getId(), filings.get(filing.getId(), officer).getVersion(),
                SampleDossiers.products());
        assertThat(filings.evaluate(filing.getId(), officer).isReady()).isTrue();
        return filing;
    }

    @Test
    void aConsultantReturnsWithAFieldCommentAndLaterRecordsTheApproval() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = completeFiling(company, officer);
        String id = filing.getId().toString();

        mvc.perform(post("/filings/{id}/submit-for-review", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));
        assertThat(inbox.unread(consultant.id())).isEqualTo(1);
        // The message names the filing with its role in the reader's language.
        mvc.perform(get("/inbox").with(user(consultant)).param("lang", "en"))
                .andExpect(content().string(containsString(SampleDossiers.ALGORITHM_NAME + " (Service provider)")))
                .andExpect(content().string(not(containsString("服务提供者"))));
        mvc.perform(get("/inbox").with(user(consultant)).param("lang", "zh-CN"))
                .andExpect(content().string(containsString(SampleDossiers.ALGORITHM_NAME + "（服务提供者）")));

        // The officer cannot review its own filing: for it the action does not exist.
        mvc.perform(post("/filings/{id}/ready", id).with(user(officer)).with(csrf())).andExpect(status().isNotFound());
        // Nor its confirmation (found in a walk: the officer was shown it, and its button then failed); a CAC outcome
        // the company may not record is refused as its move is.
        mvc.perform(post("/filings/{id}/confirm/ready", id).with(user(officer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/filings/{id}/confirm/approval", id).with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/filings/{id}/comments", id).with(user(consultant)).with(csrf())
                        .param("fieldPath", "algorithm.details.introduction").param("body", "请补充模型来源。"))
                .andExpect(flash().attribute("message", "review.comment.added"));
        // A return without a reason is refused: the company reads it first.
        mvc.perform(post("/filings/{id}/return", id).with(user(consultant)).with(csrf()).param("reason", "  "))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("reason", "review.reasonRequired")));
        assertThat(filings.get(filing.getId(), officer).getStatus()).isEqualTo(FilingStatus.IN_REVIEW);
        mvc.perform(post("/filings/{id}/return", id).with(user(consultant)).with(csrf()).param("reason", "见批注"))
                .andExpect(flash().attribute("outcome", "outcome.returnForRework"));
        assertThat(filings.get(filing.getId(), officer).getStatus()).isEqualTo(FilingStatus.RETURNED);
        assertThat(inbox.unread(officer.id())).isEqualTo(2);
        // The message carries the reason (found in a walk: it said "returned" and nothing else).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/inbox").with(user(officer))).andReturn().getResponse()
                .getContentAsString()).select("#notifications .message-detail").eachText()).contains("见批注");

        // The officer sees the open comment at the field, reopens, fixes and resubmits.
        mvc.perform(post("/filings/{id}/reopen", id).with(user(officer)).with(csrf()));
        mvc.perform(get("/filings/{id}/steps/detailed", id).with(user(officer)))
                .andExpect(content().string(containsString("请补充模型来源。")))
                .andExpect(content().string(containsString("批注（Consultant）：请补充模型来源。")))
                .andExpect(content().string(not(containsString(consultant.getUsername()))));
        // The workflow page signs the comment by name too.
        String workflow = mvc.perform(get("/filings/{id}/workflow", id).with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(workflow).select("#comments").text())
                .contains("Consultant: 请补充模型来源。").doesNotContain(consultant.getUsername());
        mvc.perform(post("/filings/{id}/submit-for-review", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));

        // Marking it ready with the comment still open is said on the confirmation.
        String confirmReady = mvc.perform(post("/filings/{id}/confirm/ready", id).with(user(consultant)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(confirmReady).selectFirst("#confirm-open-comments").text())
                .contains("1 条批注尚未解决");
        assertThat(org.jsoup.Jsoup.parse(confirmReady).select("#confirm-open-comments a").attr("href"))
                .isEqualTo("/filings/" + id + "/workflow#comments");
        // English names the people's roles in small letters inside the sentence (a walk read "(Compliance officer)").
        String english = mvc.perform(post("/filings/{id}/confirm/ready", id).param("lang", "en")
                .with(user(consultant)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(english).text()).contains("(compliance officer)")
                .doesNotContain("(Compliance officer)");
        // And what the CAC's system will ask for: Step 1's uploads (none here).
        assertThat(org.jsoup.Jsoup.parse(confirmReady).select("#confirm-missing-uploads li")).hasSize(5);
        mvc.perform(post("/filings/{id}/ready", id).with(user(consultant)).with(csrf()));
        // Recording a submission for a company whose Step 1 approval is not recorded says so first (a walk recorded
        // one without a word).
        String confirmSubmission = mvc.perform(post("/filings/{id}/confirm/submission", id).with(user(consultant))
                .with(csrf()).param("submittedOn", daysAgo(40))).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(confirmSubmission).select("#confirm-entity-not-approved").text())
                .contains("第一步");
        mvc.perform(post("/filings/{id}/submission", id).with(user(consultant)).with(csrf())
                .param("submittedOn", daysAgo(40)));
        mvc.perform(post("/filings/{id}/approval", id).with(user(consultant)).with(csrf())
                        .param("filingNumber", "网信算备123号").param("approvedOn", daysAgo(30)))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("filingNumber", "identifier.filingNumber.invalid")));
        // Said before the confirmation already, next to the field, with what was typed still in the form.
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/filings/{id}/confirm/approval", id).with(user(consultant)).with(csrf()).session(session)
                        .param("filingNumber", "123").param("approvedOn", daysAgo(50)))
                .andExpect(redirectedUrl("/filings/" + id + "/workflow#move-approval"))
                .andExpect(flash().attribute("formErrors", java.util.Map.of(
                        "filingNumber", "identifier.filingNumber.invalid",
                        "approvedOn", "workflow.approvedBeforeSubmission")));
        // The redirect's page, as the browser follows it.
        var form = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", id).with(user(consultant))
                .session(session)).andReturn().getResponse().getContentAsString()).selectFirst("#move-approval");
        assertThat(form.selectFirst("#filing-number").val()).isEqualTo("123");
        assertThat(form.selectFirst("#approved-on").val()).isEqualTo(daysAgo(50));
        assertThat(form.select(".field-error").text()).contains("备案编号");
        // Each field its message is about is marked, as the wizard's are (found in a walk: no red border).
        assertThat(form.selectFirst("#filing-number").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#approved-on").attr("aria-invalid")).isEqualTo("true");
        // An approval is recorded once it happened: a date after today is refused at the field.
        mvc.perform(post("/filings/{id}/confirm/approval", id).with(user(consultant)).with(csrf())
                        .param("filingNumber", "网信算备110108823483901230031号")
                        .param("approvedOn", ago(-10).toString()))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("approvedOn", "workflow.dateInFuture")));
        // The confirmation's "back" returns to the form with the values, posted.
        mvc.perform(post("/filings/{id}/confirm/approval/back", id).with(user(consultant)).with(csrf())
                        .param("filingNumber", "网信算备110108823483901230031号").param("approvedOn", daysAgo(30)))
                .andExpect(flash().attribute("typed", java.util.Map.of(
                        "filingNumber", "网信算备110108823483901230031号", "approvedOn", daysAgo(30))))
                .andExpect(flash().attribute("formErrors", java.util.Map.of()));
        String number = uniqueNumber();
        mvc.perform(post("/filings/{id}/approval", id).with(user(consultant)).with(csrf())
                        .param("filingNumber", number).param("approvedOn", daysAgo(30)))
                .andExpect(flash().attribute("outcome", "outcome.recordApproval"));
        FilingRecord approved = filings.get(filing.getId(), officer);
        assertThat(approved.getStatus()).isEqualTo(FilingStatus.APPROVED);
        assertThat(approved.getFilingNumber()).isEqualTo(number);

        mvc.perform(get("/filings/{id}/workflow", id).with(user(officer)))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("备案通过")));
        mvc.perform(get("/inbox").with(user(officer)))
                .andExpect(content().string(containsString("已获网信办备案通过")));
    }

    @Test
    void anApprovedFilingStartsAChangeFilingAsACopy() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        String number = uniqueNumber();
        FilingRecord filing = approvedFiling(company, officer, number);
        mvc.perform(post("/filings/{id}/change", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.startChange"));
        assertThat(filings.visibleFilings(officer)).hasSize(2)
                .anySatisfy(f -> assertThat(f.getKind().name()).isEqualTo("CHANGE"));
        // The change keeps the number it changes, for its documents (stored, read back with the filing).
        FilingRecord change = filings.visibleFilings(officer).stream()
                .filter(f -> f.getKind().name().equals("CHANGE")).findFirst().orElseThrow();
        assertThat(filings.dossier(change.getId(), officer).filing().previousFilingNumber().value()).isEqualTo(number);
        // Its self-assessment is to be made anew: the dates are empty and asked for at their fields, the
        // approved filing keeps its own.
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .assessmentDate()).isNotNull();
        var assessment = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/assessment", change.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        for (String field : List.of("assessmentDate", "reportDate")) {
            var input = assessment.getElementById("f-algorithm-assessment-" + field);
            assertThat(input.val()).as(field).isEmpty();
            assertThat(input.closest("div.field").select(".finding.error").text()).as(field)
                    .contains("此项为必填项");
        }
    }

    @Test
    void aChangeIsApprovedUnderTheNumberOfTheFilingItChangesAndNoFilingUnderAnothersNumber() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        String number = uniqueNumber();
        FilingRecord original = approvedFiling(company, officer, number);
        FilingRecord change = filings.startChange(officer, original.getId(), ago(20));
        filings.transition(officer, change.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, ago(10));
        });
        // The form offers the original's number.
        String workflow = mvc.perform(get("/filings/{id}/workflow", change.getId()).with(user(consultant)))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(workflow).selectFirst("#filing-number").val()).isEqualTo(number);
        // Its pages say it is a change, with the number it keeps.
        var changePage = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", change.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(changePage.selectFirst("#change-badge").text()).isEqualTo("变更备案");
        // Before its approval it names the filing it changes (found in a walk: only "草稿 · 变更备案").
        assertThat(changePage.selectFirst("#changes-number").text()).isEqualTo("变更 " + number);
        assertThat(changePage.selectFirst("#changes-number").attr("href"))
                .isEqualTo("/filings/" + original.getId() + "/workflow");
        // A second change while this one is open leads to this one.
        mvc.perform(post("/filings/{id}/change", original.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "workflow.changeAlreadyOpen"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/filings/" + change.getId() + "/workflow"));
        // Approved under it: no server error (the number was unique across filings).
        mvc.perform(post("/filings/{id}/approval", change.getId()).with(user(consultant)).with(csrf())
                        .param("filingNumber", number).param("approvedOn", daysAgo(5)))
                .andExpect(flash().attribute("outcome", "outcome.changeRecordApproval"));
        assertThat(filings.get(change.getId(), officer).getFilingNumber()).isEqualTo(number);
        // The original is replaced: said on its page and the list; its moves are the change's now.
        var replaced = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(replaced.selectFirst("#superseded-by").attr("href")).endsWith(change.getId() + "/workflow");
        assertThat(replaced.select("#move-change, #move-cancel, #move-service-end")).isEmpty();
        mvc.perform(post("/filings/{id}/change", original.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "workflow.superseded.refused"));
        mvc.perform(post("/filings/{id}/cancel", original.getId()).with(user(officer)).with(csrf())
                        .param("serviceEndedOn", daysAgo(1)).param("reason", "下线"))
                .andExpect(flash().attribute("message", "workflow.superseded.refused"));
        assertThat(filings.get(original.getId(), officer).getStatus()).isEqualTo(FilingStatus.APPROVED);
        assertThat(filings.visibleFilings(officer)).hasSize(2);
        var list = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").param("companyId", company.getId().toString())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(list.select("#filings").text()).contains("已由变更取代");
        // The status chart counts both as approved, and says which one is in force.
        assertThat(list.selectFirst("#replaced-approved").text())
                .isEqualTo("已通过 2 件，其中 1 件已由获批的变更取代，现行有效 1 件。");
        // The change cancelled in its turn: the original stays replaced, no change or cancellation starts from it.
        mvc.perform(post("/filings/{id}/cancel", change.getId()).with(user(officer)).with(csrf())
                        .param("serviceEndedOn", daysAgo(1)).param("reason", "服务下线"))
                .andExpect(status().is3xxRedirection());
        assertThat(filings.get(change.getId(), officer).getStatus()).isEqualTo(FilingStatus.CANCELLED);
        var afterCancel = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(afterCancel.selectFirst("#superseded-by").attr("href")).endsWith(change.getId() + "/workflow");
        assertThat(afterCancel.selectFirst("#superseded").text()).contains("随后已注销");
        assertThat(afterCancel.select("#move-change, #move-cancel, #move-service-end")).isEmpty();
        mvc.perform(post("/filings/{id}/change", original.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "workflow.superseded.refused"));
        var listAfterCancel = org.jsoup.Jsoup.parse(mvc.perform(get("/filings")
                .param("companyId", company.getId().toString()).with(user(officer))).andReturn().getResponse()
                .getContentAsString());
        assertThat(listAfterCancel.select("#filings").text()).contains("已由变更取代");
        assertThat(listAfterCancel.selectFirst("#replaced-approved").text())
                .isEqualTo("已通过 1 件，其中 1 件已由获批的变更取代，现行有效 0 件。");
        // The export tells them apart as the list does: the change's type, the original replaced.
        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("companyId", company.getId().toString())
                .with(user(officer))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("备案类型", "说明", "期限事项");
            List<String> rows = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                StringBuilder row = new StringBuilder();
                sheet.getRow(r).forEach(cell -> row.append(cell.getStringCellValue()).append('|'));
                rows.add(row.toString());
            }
            assertThat(rows).anySatisfy(row -> assertThat(row).contains("已通过|首次备案|已由变更取代|"))
                    .anySatisfy(row -> assertThat(row).contains("|变更备案|"));
        }

        // Another company's filing may not take that number.
        Company other = fixtures.company();
        PortalUser otherOfficer = PortalUser.of(fixtures.officer(other));
        PortalUser otherConsultant = PortalUser.of(fixtures.consultant(other));
        FilingRecord stranger = completeFiling(other, otherOfficer);
        filings.transition(otherOfficer, stranger.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, ago(40));
        });
        mvc.perform(post("/filings/{id}/confirm/approval", stranger.getId()).with(user(otherConsultant)).with(csrf())
                        .param("filingNumber", number).param("approvedOn", daysAgo(30)))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("filingNumber",
                        "workflow.filingNumber.taken")));
        mvc.perform(post("/filings/{id}/approval", stranger.getId()).with(user(otherConsultant)).with(csrf())
                        .param("filingNumber", number).param("approvedOn", daysAgo(30)))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("filingNumber",
                        "workflow.filingNumber.taken")));
        assertThat(filings.get(stranger.getId(), otherOfficer).getStatus()).isEqualTo(FilingStatus.SUBMITTED);
    }

    /**
     * Found in a walk: while a change was in progress, its approved filing's page offered to start one with no sign of
     * it; the consultant's inbox read the same for the change's submission as for the first one's, and heard nothing
     * of the change a cancellation withdrew.
     */
    @Test
    void aChangeInProgressIsShownOnItsFilingAndNamedInTheMessagesAboutIt() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord original = approvedFiling(company, officer, uniqueNumber());
        var before = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(before.select("#change-in-progress")).isEmpty();
        assertThat(before.select("#move-change")).isNotEmpty();
        FilingRecord change = filings.startChange(officer, original.getId(), ago(20));
        var during = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(during.selectFirst("#change-in-progress").text()).startsWith("变更备案进行中（草稿）");
        assertThat(during.selectFirst("#open-change").attr("href"))
                .isEqualTo("/filings/" + change.getId() + "/workflow");
        assertThat(during.select("#move-change")).isEmpty();

        // The change's self-assessment made anew: it can be submitted, and is named as a change.
        filings.updateAlgorithm(officer, change.getId(), filings.get(change.getId(), officer).getAlgorithm()
                .getVersion(), previous -> SampleDossiers.algorithmProfile());
        assertThat(filings.evaluate(change.getId(), officer).isReady()).isTrue();
        var confirm = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/submit-for-review",
                change.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(confirm.selectFirst("#confirm-what").text()).startsWith("将变更备案“" + SampleDossiers.ALGORITHM_NAME);
        mvc.perform(post("/filings/{id}/submit-for-review", change.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitChangeForReview"));
        assertThat(filings.get(change.getId(), officer).getStatus()).isEqualTo(FilingStatus.IN_REVIEW);
        var inboxPage = org.jsoup.Jsoup.parse(mvc.perform(get("/inbox").with(user(consultant)))
                .andReturn().getResponse().getContentAsString());
        assertThat(inboxPage.select(".open-message").eachText())
                .contains("变更备案“" + SampleDossiers.ALGORITHM_NAME + "（服务提供者）”已提交审核。");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString())
                .selectFirst("#change-in-progress").text()).startsWith("变更备案进行中（审核中）");

        // Cancelled while the change is in review: the change goes with it, and the consultant is told so.
        mvc.perform(post("/filings/{id}/cancel", original.getId()).with(user(officer)).with(csrf())
                        .param("serviceEndedOn", daysAgo(1)).param("reason", "服务下线"))
                .andExpect(flash().attribute("outcome", "outcome.cancel"));
        assertThat(filings.get(change.getId(), officer).getStatus()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/inbox").with(user(consultant)))
                .andReturn().getResponse().getContentAsString()).select(".open-message").eachText())
                .contains("“" + SampleDossiers.ALGORITHM_NAME + "（服务提供者）”已注销，其尚未完成的变更备案已随之撤回。");
    }

    @Test
    void aFilingReturnedWithoutARecordOfWhoReturnedItSaysSoWithoutANull() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = completeFiling(company, officer);
        // As data imported or seeded in bulk has it: returned, with no move in its history saying by whom.
        jdbc.update("update filing set status = 'RETURNED' where id = ?", filing.getId());
        String page = mvc.perform(get("/filings/{id}/steps/entity", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#return-notice").text())
                .contains("此备案已被法律顾问退回修改").doesNotContain("null");
    }

    @Test
    void aChangeIsToldApartOnTheDashboardAndCannotBeSubmittedOnceItsOriginalIsCancelled() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        String number = uniqueNumber();
        FilingRecord original = approvedFiling(company, officer, number);
        FilingRecord change = filings.startChange(officer, original.getId(), ago(20));
        var rows = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").param("companyId", company.getId().toString())
                .with(user(officer))).andReturn().getResponse().getContentAsString()).select("#filings tbody tr");
        assertThat(rows.eachText()).anyMatch(row -> row.contains("变更备案")).anyMatch(row -> row.contains(number));

        filings.transition(officer, original.getId(), (f, a) -> f.cancel(a, ago(3),
                ago(2), "服务下线"));
        mvc.perform(post("/filings/{id}/submit-for-review", change.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "review.changeOfCancelled"));
        assertThat(filings.get(change.getId(), officer).getStatus()).isEqualTo(FilingStatus.DRAFT);
    }

    @Test
    void aFilingWithErrorsLeftIsNotMarkedReadyWhateverWayItReachedTheReview() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord incomplete = fixtures.filing(company, "未完成算法");
        // As data imported or seeded in bulk can be: in review, its steps empty.
        jdbc.update("update filing set status = 'IN_REVIEW' where id = ?", incomplete.getId());
        mvc.perform(post("/filings/{id}/confirm/ready", incomplete.getId()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("message", "review.readyBlocked"));
        mvc.perform(post("/filings/{id}/ready", incomplete.getId()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("message", "review.readyBlocked"));
        assertThat(filings.get(incomplete.getId(), consultant).getStatus()).isEqualTo(FilingStatus.IN_REVIEW);
    }

    @Test
    void aResubmittedFilingShowsTheConsultantWhatChangedSinceTheReturn() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = completeFiling(company, officer);
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()));
        mvc.perform(post("/filings/{id}/return", filing.getId()).with(user(consultant)).with(csrf())
                .param("reason", "部署地点写得不清楚"));
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm()
                .getVersion(), profile -> profile.withAssessment(new com.cacfiling.domain.algorithm.SelfAssessment(
                        profile.assessment().flow(), profile.assessment().scope(), profile.assessment().servedUsers(),
                        profile.assessment().userCount(),
                        profile.assessment().servedCustomers(), profile.assessment().customerCount(),
                        profile.assessment().socialImpact(),
                        profile.assessment().softwareHardware(), "北京市海淀区自有机房（A栋3层）",
                        profile.assessment().otherDescription(), profile.assessment().dataDescription(),
                        profile.assessment().modelDescription(), profile.assessment().interventionStrategy(),
                        profile.assessment().resultLabelling(), profile.assessment().risks(),
                        profile.assessment().evidence(), profile.assessment().assessmentDate(),
                        profile.assessment().reportDate(), profile.assessment().conclusion(),
                        profile.assessment().otherMatters())));
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));
        var workflow = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(consultant))).andReturn().getResponse().getContentAsString());
        String link = workflow.selectFirst("#since-return-diff").attr("href");
        String diff = mvc.perform(get(java.net.URI.create(link.replace("#diff", ""))).with(user(consultant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(diff).select("#diff").text()).contains("北京市海淀区自有机房（A栋3层）");
    }

    @Test
    void aBlankCommentKeepsItsFieldAndSaysWhyUnderTheText() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = completeFiling(company, officer);
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(consultant)).with(csrf())
                        .param("fieldPath", "algorithm.details.introduction").param("body", "   "))
                .andExpect(flash().attribute("commentError", "review.comment.invalid"));
        // Too long: the text stays as typed, with the reason.
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        String tooLong = "半句话" + "长".repeat(4000);
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(consultant)).with(csrf()).session(session)
                        .param("fieldPath", "algorithm.details.introduction").param("body", tooLong))
                .andExpect(flash().attribute("commentError", "review.comment.tooLong"));
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(consultant)).session(session)).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#comment-field option[selected]").val())
                .isEqualTo("algorithm.details.introduction");
        assertThat(page.selectFirst("#comment-body").text()).isEqualTo(tooLong);
        assertThat(page.selectFirst("#comment-error").text()).contains("4000");
    }
}
