package com.cacfiling.web.review;

import java.time.LocalDate;

import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingStatus;
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
 * Found in a walk: a change draft with a wrong date, and one whose approved filing was cancelled, stayed open with a
 * deadline forever: nothing could discard them. The company's officers withdraw a filing not filed with the CAC; a
 * cancellation withdraws the change still open.
 */
@PortalTest
class WithdrawTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Test
    void anOfficerWithdrawsADraftWhichThenHasNoDeadlineAndIsReadOnly() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "撤回算法"), officer);
        assertThat(filings.get(filing.getId(), officer).getDueDate()).isNotNull();

        Document workflow = page("/filings/" + filing.getId() + "/workflow", officer);
        assertThat(workflow.select("#move-withdraw form")).isNotEmpty();
        assertThat(page("/filings/" + filing.getId() + "/workflow", consultant).select("#move-withdraw")).isEmpty();
        // The consultant may not: the move does not exist for them.
        mvc.perform(post("/filings/{id}/withdraw", filing.getId()).param("reason", "不需要")
                .with(user(consultant)).with(csrf())).andExpect(status().isNotFound());
        // A reason is asked for, next to the field.
        mvc.perform(post("/filings/{id}/confirm/withdraw", filing.getId()).param("reason", " ")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("formErrors", java.util.Map.of("reason", "review.reasonRequired")));
        Document confirm = Jsoup.parse(mvc.perform(post("/filings/{id}/confirm/withdraw", filing.getId())
                        .param("reason", "产品计划取消").with(user(officer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("撤回", SampleDossiers.ALGORITHM_NAME);

        mvc.perform(post("/filings/{id}/withdraw", filing.getId()).param("reason", "产品计划取消")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.withdraw"));
        FilingRecord withdrawn = filings.get(filing.getId(), officer);
        assertThat(withdrawn.getStatus()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(withdrawn.getDueDate()).isNull();
        Document after = page("/filings/" + filing.getId() + "/workflow", officer);
        assertThat(after.select("#withdrawn-hint")).isNotEmpty();
        assertThat(after.select("#move-withdraw")).isEmpty();
        assertThat(after.select("#history").text()).contains("撤回", "产品计划取消").doesNotContain("WITHDRAWN");
        Document step = page("/filings/" + filing.getId() + "/steps/basic", officer);
        assertThat(step.selectFirst("#read-only").text()).contains("已撤回");
        // Given up: no progress and no errors under fields no one can edit, no stale prompts (found in a re-check).
        assertThat(step.select(".progress")).isEmpty();
        assertThat(step.select(".has-error")).isEmpty();
        assertThat(after.select("#entity-approval")).isEmpty();
        assertThat(after.select("#new-comment")).isEmpty();
        assertThat(page("/filings?status=WITHDRAWN", consultant).text()).contains(SampleDossiers.ALGORITHM_NAME, "已撤回");
        // Withdrawn once, not again.
        mvc.perform(post("/filings/{id}/withdraw", filing.getId()).param("reason", "再次")
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("refusal", "review.illegalMove"));
    }

    @Test
    void aCancellationWithdrawsTheChangeStillOpenAndSaysSoBefore() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        fixtures.approve(approved, officer, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 2));
        mvc.perform(post("/filings/{id}/change", approved.getId()).param("changeEffectiveOn", "2026-11-20")
                .with(user(officer)).with(csrf())).andExpect(flash().attribute("outcome", "outcome.startChange"));
        FilingRecord change = filings.visibleFilings(officer).stream()
                .filter(f -> f.getKind() == FilingKind.CHANGE).findFirst().orElseThrow();
        String ended = filings.today().minusDays(1).toString();
        Document confirm = Jsoup.parse(mvc.perform(post("/filings/{id}/confirm/cancel", approved.getId())
                        .param("serviceEndedOn", ended).param("reason", "服务下线").with(user(officer)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("#confirm-withdraws-change")).isNotEmpty();

        mvc.perform(post("/filings/{id}/cancel", approved.getId()).param("serviceEndedOn", ended)
                .param("reason", "服务下线").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.cancel"));
        assertThat(filings.get(approved.getId(), officer).getStatus()).isEqualTo(FilingStatus.CANCELLED);
        FilingRecord closed = filings.get(change.getId(), officer);
        assertThat(closed.getStatus()).isEqualTo(FilingStatus.WITHDRAWN);
        assertThat(closed.getDueDate()).isNull();
        assertThat(page("/filings/" + change.getId() + "/workflow", officer).select("#history").text())
                .contains("原备案已注销");
        // In the reader's language (found in a walk: the Chinese sentence stored as the reason showed on English pages).
        String english = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", change.getId()).with(user(officer))
                        .cookie(new jakarta.servlet.http.Cookie(com.cacfiling.web.system.PortalLanguages.COOKIE, "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("#history").text();
        assertThat(english).contains("The original filing was cancelled; this change filing is withdrawn with it.")
                .doesNotContain("原备案已注销", "ORIGINAL_CANCELLED");
        assertThat(Jsoup.parse(mvc.perform(get("/filings/{id}/history", change.getId()).with(user(officer))
                        .cookie(new jakarta.servlet.http.Cookie(com.cacfiling.web.system.PortalLanguages.COOKIE, "en")))
                .andReturn().getResponse().getContentAsString()).text()).doesNotContain("ORIGINAL_CANCELLED");
    }

    private Document page(String path, PortalUser viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
