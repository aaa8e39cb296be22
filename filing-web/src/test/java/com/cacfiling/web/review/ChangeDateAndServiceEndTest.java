package com.cacfiling.web.review;

import java.time.LocalDate;

import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: a change filing is due 10 working days after the change took effect, which is asked when the change is
 * started and stored; the end of an approved filing's service is recorded before its cancellation, and from then on
 * the filing reminds of the 20-working-day cancellation deadline.
 */
@PortalTest
class ChangeDateAndServiceEndTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    private FilingRecord approvedFiling(Company company, PortalUser officer) {
        return approved(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
    }

    /** The filing taken through review and submission to an approval with a number of its own. */
    private FilingRecord approved(FilingRecord filing, PortalUser officer) {
        fixtures.approve(filing, officer, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 3, 1));
        return filing;
    }

    @Test
    void theChangeIsDueTenWorkingDaysAfterTheDayItTookEffectAndTheDateIsKept() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = approvedFiling(company, officer);
        mvc.perform(get("/filings/{id}/workflow", approved.getId()).with(user(officer)))
                .andExpect(content().string(containsString("变更生效日期")));
        mvc.perform(get("/filings/{id}/confirm/change", approved.getId()).param("changeEffectiveOn", "2027-03-01")
                        .with(user(officer)))
                .andExpect(content().string(containsString("变更生效日期")))
                .andExpect(content().string(containsString("2027-03-01")));
        com.cacfiling.web.user.UserAccount consultant = fixtures.consultant(company);
        // Not before the approval (found in a walk: a change "effective" two months before it was accepted, a draft
        // overdue from its first day that nothing could correct).
        mvc.perform(post("/filings/{id}/change", approved.getId()).param("changeEffectiveOn", "2027-02-26")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("changeEffectiveOn", "workflow.changeBeforeApproval")));
        mvc.perform(post("/filings/{id}/change", approved.getId()).param("changeEffectiveOn", "2027-03-01")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.startChange"));
        FilingRecord change = filings.visibleFilings(officer).stream()
                .filter(f -> f.getKind() == FilingKind.CHANGE).findFirst().orElseThrow();
        // The others working for the company hear of the new draft, as the confirmation page said they would.
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
                Integer.class, consultant.getId(), "inbox.changeStarted")).isEqualTo(1);
        // The draft is a copy of the approved filing: its steps are started, not "not started" beside 100 %.
        mvc.perform(get("/filings/{id}/steps/entity", change.getId()).with(user(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("未开始"))));
        // The approved filing's history links the change instead of naming its id.
        String workflow = mvc.perform(get("/filings/{id}/workflow", approved.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(workflow).select("#history td a").eachAttr("href"))
                .contains("/filings/" + change.getId() + "/workflow");
        assertThat(org.jsoup.Jsoup.parse(workflow).select("#history td").eachText())
                .noneMatch(cell -> cell.contains(change.getId().toString()));
        // The change's own page says what it changes and since when, and leads to the approved filing (found in a
        // walk: only its PDF did).
        var changePage = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", change.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(changePage.selectFirst("#change-of").text()).contains(approved.getFilingNumber() == null
                ? filings.get(approved.getId(), officer).getFilingNumber() : approved.getFilingNumber(), "2027-03-01");
        assertThat(changePage.selectFirst("#change-of-original").attr("href"))
                .isEqualTo("/filings/" + approved.getId() + "/workflow");
        // Monday 2027-03-01 plus 10 working days, not the day the draft was opened.
        assertThat(change.getDueDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(filings.dossier(change.getId(), officer).filing().changeEffectiveOn())
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    /**
     * What a change changed is compared with the approved filing, not with the change's own first version (found in a
     * walk: the change starts undated, so its first version made every date look new).
     */
    @Test
    void aChangeIsComparedWithTheApprovedFiling() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord complete = fixtures.fillWithDemo(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
        LocalDate assessed = filings.dossier(complete.getId(), officer).filing().algorithm().profile().assessment()
                .assessmentDate();
        assertThat(assessed).isNotNull();
        approved(complete, officer);
        mvc.perform(post("/filings/{id}/change", complete.getId()).param("changeEffectiveOn", "2027-03-01")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.startChange"));
        FilingRecord change = filings.visibleFilings(officer).stream()
                .filter(f -> f.getKind() == FilingKind.CHANGE && complete.getId().equals(f.getPreviousFilingId()))
                .findFirst().orElseThrow();
        var changePage = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", change.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        String diffLink = changePage.selectFirst("#change-of-diff").attr("href");
        assertThat(diffLink).contains("approved=true");
        var diff = org.jsoup.Jsoup.parse(mvc.perform(get(java.net.URI.create(diffLink.replace("#diff", "")))
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .selectFirst("#diff");
        assertThat(diff.selectFirst("h2").text()).startsWith("已通过的备案与版本");
        // The approved filing's date, cleared in the change, shows as what it was.
        assertThat(diff.select("tr").eachText()).anyMatch(row -> row.contains(assessed.toString()));
        // The algorithm's texts, copied unchanged, are no difference.
        assertThat(diff.select("tr").eachText()).noneMatch(row -> row.contains(SampleDossiers.ALGORITHM_NAME));
        // Nor are the approved filing's state and number, which the change does not have (they looked lost).
        assertThat(diff.select("tr").eachText()).noneMatch(row -> row.startsWith("备案状态") || row.startsWith("备案编号"));
        // Where the dates are asked, the change says why they are empty (found in a walk: they looked lost); the
        // approved filing's other steps say nothing of it.
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/assessment", change.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString()).select("#change-assessment")
                .text()).contains("须针对本次变更重新开展");
        assertThat(mvc.perform(get("/filings/{id}/steps/basic", change.getId()).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("change-assessment");
    }

    /**
     * Found in a walk: the workflow log's approval row named the filing number only, not the day the CAC approved it
     * (its time is when the approval was recorded). It names both, in both languages.
     */
    @Test
    void theApprovalsRowSaysTheDayTheCacApproved() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = approvedFiling(company, officer);
        String number = filings.get(approved.getId(), officer).getFilingNumber();
        var chinese = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(chinese.select("#history .approval-note").eachText())
                .containsExactly("备案编号：" + number + "；备案通过日期：2027-03-01");
        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer)).param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#history .approval-note").eachText())
                .containsExactly("Filing number " + number + "; approved by the CAC on 2027-03-01");
        // The row's time is still when it was recorded.
        assertThat(english.select("#history tbody tr").last().select("td").first().text())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(.+\\)");
    }

    /** The filing approved a month ago: its service can have ended since. */
    private FilingRecord approvedLastMonth(Company company, PortalUser officer) {
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        fixtures.approve(filing, officer, filings.today().minusDays(40), filings.today().minusDays(30));
        return filing;
    }

    @Test
    void theRecordedEndOfTheServiceRemindsOfTheCancellation() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = approvedLastMonth(company, officer);
        LocalDate ended = filings.today().minusDays(3);
        mvc.perform(post("/filings/{id}/service-end", approved.getId()).param("serviceEndedOn", ended.toString())
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("outcome", "outcome.recordServiceEnd"));
        assertThat(filings.dossier(approved.getId(), officer).filing().serviceEndsOn()).isEqualTo(ended);
        // The lists' deadline column shows the cancellation's (it was empty once the filing was approved).
        assertThat(filings.get(approved.getId(), officer).getDueDate()).isEqualTo(
                com.cacfiling.rules.calendar.Deadlines.cancellationDue(ended,
                        com.cacfiling.rules.calendar.WorkingCalendar.official()));
        assertThat(filings.evaluate(approved.getId(), officer).findings())
                .anySatisfy(f -> assertThat(f.messageKey()).isEqualTo("rule.deadline.cancellationDue"));
        // The workflow page says what was recorded and by when to cancel, and the cancellation form starts from the
        // recorded date (the date had vanished from the page once recorded).
        var workflow = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(workflow.selectFirst("#service-end-recorded").text()).contains(ended.toString(),
                filings.get(approved.getId(), officer).getDueDate().toString());
        assertThat(workflow.selectFirst("#service-ended").val()).isEqualTo(ended.toString());
        assertThat(workflow.selectFirst("#service-ends").val()).isEqualTo(ended.toString());
        // Without a date nothing is recorded and the user is told why.
        mvc.perform(post("/filings/{id}/service-end", approved.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("serviceEndedOn", "review.dateRequired")));
        // A cancellation for a service that has not ended yet is refused next to the date, nothing recorded (it
        // cancelled the filing of a service still to end; found in a walk).
        mvc.perform(post("/filings/{id}/cancel", approved.getId())
                        .param("serviceEndedOn", filings.today().plusDays(30).toString()).param("reason", "计划下线")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("serviceEndedOn", "workflow.cancelBeforeServiceEnd")));
        assertThat(filings.get(approved.getId(), officer).getStatus())
                .isEqualTo(com.cacfiling.domain.filing.FilingStatus.APPROVED);
        // Cancelled: no deadline left, and the workflow page says the filing is closed (it said "drafts are
        // submitted on the review page").
        mvc.perform(post("/filings/{id}/cancel", approved.getId()).param("serviceEndedOn", ended.toString())
                .param("reason", "服务下线").with(user(officer)).with(csrf()));
        assertThat(filings.get(approved.getId(), officer).getDueDate()).isNull();
        mvc.perform(get("/filings/{id}/workflow", approved.getId()).with(user(officer)))
                .andExpect(content().string(containsString("该备案已注销，不再有流程操作。")));
        // The log's entry names the day the service ended beside the reason (it said "注销 服务下线" only).
        var cancelled = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(cancelled.selectFirst("#history .cancel-note").text())
                .isEqualTo("服务终止日期：" + ended + "。原因：服务下线");
    }

    /**
     * Found in a walk: a cancellation dated 2020-01-01, before the filing's launch and approval, was recorded; and one
     * naming another day than the service end recorded before replaced it silently.
     */
    @Test
    void theServiceEndsAfterTheApprovalAndACancellationNamingAnotherEndSaysSo() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = approvedLastMonth(company, officer);
        LocalDate approvedOn = filings.today().minusDays(30);
        // Before the approval: refused next to the date, with what was typed kept, before the confirmation and at it.
        // The browser's session carries what was typed to the form the refusal leads back to.
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/filings/{id}/confirm/cancel", approved.getId()).session(session)
                        .param("serviceEndedOn", "2020-01-01").param("reason", "服务下线")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("serviceEndedOn", "workflow.serviceEndBeforeApproval")));
        var form = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .session(session).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(form.selectFirst("#service-ended").val()).isEqualTo("2020-01-01");
        assertThat(form.selectFirst("#service-ended").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#move-cancel .field-error").text())
                .isEqualTo("服务终止日期早于本备案的通过日期 " + approvedOn + "：已通过备案的服务不会在通过之前终止，请核对日期。");
        assertThat(form.selectFirst("#cancel-reason").text()).isEqualTo("服务下线");
        mvc.perform(post("/filings/{id}/cancel", approved.getId()).param("serviceEndedOn", "2020-01-01")
                        .param("reason", "服务下线").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("serviceEndedOn", "workflow.serviceEndBeforeApproval")));
        mvc.perform(post("/filings/{id}/service-end", approved.getId()).param("serviceEndedOn", "2020-01-01")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("serviceEndedOn", "workflow.serviceEndBeforeApproval")));
        assertThat(filings.get(approved.getId(), officer).getStatus())
                .isEqualTo(com.cacfiling.domain.filing.FilingStatus.APPROVED);
        assertThat(filings.get(approved.getId(), officer).getServiceEndedOn()).isNull();

        // An end announced for later; the service then ends earlier than announced.
        LocalDate announced = filings.today().plusDays(27);
        LocalDate ended = filings.today().minusDays(1);
        mvc.perform(post("/filings/{id}/service-end", approved.getId()).param("serviceEndedOn", announced.toString())
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordServiceEnd"));
        var workflow = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(workflow.selectFirst("#service-ended").val()).isEqualTo(announced.toString());
        // The confirmation says the recorded day is replaced, and by which.
        var confirm = org.jsoup.Jsoup.parse(mvc.perform(post("/filings/{id}/confirm/cancel", approved.getId())
                        .param("serviceEndedOn", ended.toString()).param("reason", "提前下线")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.selectFirst("#confirm-other-service-end").text())
                .contains(announced.toString(), ended.toString());
        // The recorded day itself is no news.
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(post("/filings/{id}/confirm/cancel", approved.getId())
                        .param("serviceEndedOn", announced.toString()).param("reason", "提前下线")
                        .with(user(officer)).with(csrf())).andReturn().getResponse().getContentAsString())
                .select("#confirm-other-service-end")).isEmpty();
        mvc.perform(post("/filings/{id}/cancel", approved.getId()).param("serviceEndedOn", ended.toString())
                        .param("reason", "提前下线").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.cancel"));
        FilingRecord cancelled = filings.get(approved.getId(), officer);
        assertThat(cancelled.getStatus()).isEqualTo(com.cacfiling.domain.filing.FilingStatus.CANCELLED);
        assertThat(cancelled.getServiceEndedOn()).isEqualTo(ended);
        // The log keeps both days.
        var after = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(after.selectFirst("#history .cancel-note").text())
                .isEqualTo("服务终止日期：" + ended + "（此前记录为 " + announced + "，注销时更正）。原因：提前下线");
        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", approved.getId())
                .with(user(officer)).param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(english.selectFirst("#history .cancel-note").text()).isEqualTo("Service ended on " + ended
                + " (recorded before as " + announced + ", corrected with the cancellation). Reason: 提前下线");
    }

    @Test
    void anotherCompanysOfficerCannotRecordTheEndOfTheService() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = approvedFiling(company, officer);
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(post("/filings/{id}/service-end", approved.getId()).param("serviceEndedOn", "2027-04-30")
                        .with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(filings.dossier(approved.getId(), officer).filing().serviceEndsOn()).isNull();
    }
}
