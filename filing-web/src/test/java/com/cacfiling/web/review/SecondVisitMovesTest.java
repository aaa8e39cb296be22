package com.cacfiling.web.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Found in a walk of a filing's life: the browser's Back and old tabs led to confirmations of moves already made
 * (refused only after the click, in the green of success); a Step 1 approval posted again replaced the company's
 * approval day; a service end sent three times at once was logged twice; submissions "on 2020-01-01" and before the
 * entity's approval were taken.
 */
@PortalTest
class SecondVisitMovesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMoveAlreadyMadeIsRefusedBeforeItIsOfferedAndSaidAsARefusal() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        LocalDate today = filings.today();
        fixtures.approve(filing, officer, today.minusDays(20), today.minusDays(5));
        MvcResult again = mvc.perform(post("/filings/{id}/confirm/approval", filing.getId())
                        .param("filingNumber", TestFixtures.uniqueFilingNumber())
                        .param("approvedOn", today.minusDays(1).toString()).with(user(consultant)).with(csrf()))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/workflow"))
                .andExpect(flash().attribute("refusal", "review.illegalMove")).andReturn();
        mvc.perform(post("/filings/{id}/confirm/ready", filing.getId()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("refusal", "review.illegalMove"));
        // Said as a refusal, not in the green of a success.
        var page = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(consultant))
                .flashAttrs(again.getFlashMap())).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".flash.error#refusal").text()).contains("这项操作已不适用于备案的当前状态");
        assertThat(page.select(".flash.success")).isEmpty();
        // The move itself, posted from the old confirmation, is refused the same way and changes nothing.
        mvc.perform(post("/filings/{id}/ready", filing.getId()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("refusal", "review.illegalMove"));
        assertThat(filings.get(filing.getId(), officer).getStatus()).isEqualTo(FilingStatus.APPROVED);
    }

    @Test
    void theEntitysApprovalOnTheSameDayAgainIsRefusedAndAnotherDayIsConfirmedAsACorrection() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord other = fixtures.filing(company, "另一算法");
        LocalDate first = filings.today().minusDays(15);
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId())
                        .param("entityApprovedOn", first.toString()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));
        // The same day again, from an old tab of the same filing or from another filing of the company: refused.
        for (FilingRecord from : List.of(filing, other)) {
            for (String step : List.of("confirm/entity-approval", "entity-approval")) {
                mvc.perform(post("/filings/{id}/" + step, from.getId()).param("entityApprovedOn", first.toString())
                                .with(user(consultant)).with(csrf()))
                        .andExpect(flash().attribute("refusal", "review.entityApproval.already"));
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from change_log where company_id = ? and action = ?",
                Integer.class, company.getId(), "ENTITY_APPROVED")).isEqualTo(1);
        // Another day is a correction: the confirmation says what it replaces, for all the company's filings.
        LocalDate corrected = first.minusDays(2);
        var confirmation = Jsoup.parse(mvc.perform(post("/filings/{id}/confirm/entity-approval", other.getId())
                        .param("entityApprovedOn", corrected.toString()).with(user(consultant)).with(csrf()))
                .andReturn().getResponse().getContentAsString());
        assertThat(confirmation.select("#confirm-entity-approval-correction").text())
                .isEqualTo("备案主体的审核通过已记录为 " + first + "：确认后将更正为 " + corrected + "，对该公司的所有备案有效。");
        mvc.perform(post("/filings/{id}/entity-approval", other.getId())
                        .param("entityApprovedOn", corrected.toString()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordEntityApproval"));
        assertThat(jdbc.queryForObject("select entity_approved_on from company where id = ?", LocalDate.class,
                company.getId())).isEqualTo(corrected);
    }

    @Test
    void aServiceEndSentSeveralTimesAtOnceIsLoggedOnce() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        LocalDate today = filings.today();
        fixtures.approve(filing, officer, today.minusDays(20), today.minusDays(10));
        String ends = today.plusDays(30).toString();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MvcResult>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<MvcResult> post = () -> {
                    start.await();
                    return mvc.perform(post("/filings/{id}/service-end", filing.getId())
                            .param("serviceEndedOn", ends).with(user(officer)).with(csrf())).andReturn();
                };
                sent.add(pool.submit(post));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<MvcResult> each : sent) {
                MvcResult result = each.get();
                outcomes.add(result.getFlashMap().containsKey("outcome") ? "recorded"
                        : result.getFlashMap().get("refusal"));
            }
            // One recorded; the others refused, by the status check under the lock or, arriving after the first
            // was committed, as the day already recorded.
            assertThat(outcomes).containsOnlyOnce("recorded").hasSize(3)
                    .allMatch(o -> List.of("recorded", "review.illegalMove", "review.serviceEnd.already").contains(o));
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ? "
                + "and detail like ?", Integer.class, filing.getId(), "TRANSITION", "recordServiceEnd%")).isEqualTo(1);
        // The same day again, as the field shows it: refused before the confirmation, in words.
        mvc.perform(post("/filings/{id}/confirm/service-end", filing.getId()).param("serviceEndedOn", ends)
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("refusal", "review.serviceEnd.already"));
        // Another day is a correction, and is recorded.
        mvc.perform(post("/filings/{id}/service-end", filing.getId())
                        .param("serviceEndedOn", today.plusDays(40).toString()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordServiceEnd"));
    }

    /** Found in a walk: a change filing's messages read word for word as the original's; a service end's had no day. */
    @Test
    void aChangeFilingsMessagesNameItAsAChange() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord original = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        LocalDate today = filings.today();
        fixtures.approve(original, officer, today.minusDays(30), today.minusDays(20));
        FilingRecord change = filings.startChange(officer, original.getId(), today.minusDays(10));
        filings.transition(officer, change.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });
        mvc.perform(post("/filings/{id}/submission", change.getId()).param("submittedOn", today.toString())
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.changeRecordSubmission"));
        assertThat(jdbc.queryForList("select message_key from notification where filing_id = ?", String.class,
                change.getId())).contains("inbox.changeSubmitted").doesNotContain("inbox.submitted");
        String ends = today.plusDays(20).toString();
        mvc.perform(post("/filings/{id}/service-end", original.getId()).param("serviceEndedOn", ends)
                .with(user(consultant)).with(csrf()));
        assertThat(jdbc.queryForList("select detail from notification where filing_id = ? and message_key = ?",
                String.class, original.getId(), "inbox.serviceEnd")).isNotEmpty().allMatch(ends::equals);
    }

    /**
     * Found in a walk: a service end recorded on an approved filing stayed there when a change replaced it (the
     * cancellation's deadline on a filing nothing can be done with), and the approved change had none.
     */
    @Test
    void anApprovedChangeTakesOverTheServiceEndRecordedOnTheFilingItReplaces() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord original = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        LocalDate today = filings.today();
        fixtures.approve(original, officer, today.minusDays(30), today.minusDays(20));
        FilingRecord change = filings.startChange(officer, original.getId(), today.minusDays(10));
        LocalDate ends = today.plusDays(40);
        mvc.perform(post("/filings/{id}/service-end", original.getId()).param("serviceEndedOn", ends.toString())
                .with(user(officer)).with(csrf())).andExpect(flash().attribute("outcome", "outcome.recordServiceEnd"));
        assertThat(filings.get(original.getId(), officer).getDueDate()).isNotNull();
        filings.transition(officer, change.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, today.minusDays(2));
            f.recordApproval(a, new com.cacfiling.domain.identifiers.FilingNumber(TestFixtures.uniqueFilingNumber()),
                    today.minusDays(1));
        });
        FilingRecord replaced = filings.get(original.getId(), officer);
        FilingRecord current = filings.get(change.getId(), officer);
        assertThat(replaced.getServiceEndedOn()).isNull();
        assertThat(replaced.getDueDate()).isNull();
        assertThat(current.getServiceEndedOn()).isEqualTo(ends);
        assertThat(current.getDueDate()).isNotNull().isAfter(ends);
        assertThat(Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", original.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select("#history").text())
                .contains("服务终止日期转由通过的变更备案记录");
    }

    /** Found in a walk: the list vanished when the CAC returned the filing, the moment the files can be uploaded. */
    @Test
    void stepOnesMissingUploadsAreListedAfterTheCacReturnedTheFiling() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        filings.transition(officer, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, filings.today().minusDays(3));
            f.recordCacReturn(a, "主体材料不全");
        });
        for (String page : List.of("/filings/" + filing.getId() + "/workflow",
                "/filings/" + filing.getId() + "/steps/review")) {
            assertThat(Jsoup.parse(mvc.perform(get(page).with(user(officer))).andReturn().getResponse()
                    .getContentAsString()).select("#missing-uploads li")).as(page).hasSize(5);
        }
    }

    @Test
    void aSubmissionDateBeforeTheFilingSystemOrTheEntitysApprovalIsRefusedAtItsField() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        filings.transition(officer, filing.getId(), (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });
        mvc.perform(post("/filings/{id}/confirm/submission", filing.getId()).param("submittedOn", "2020-01-01")
                        .with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("submittedOn", "workflow.dateBeforeFilingSystem")));
        LocalDate approvedEntity = filings.today().minusDays(5);
        mvc.perform(post("/filings/{id}/entity-approval", filing.getId())
                .param("entityApprovedOn", approvedEntity.toString()).with(user(consultant)).with(csrf()));
        mvc.perform(post("/filings/{id}/submission", filing.getId())
                        .param("submittedOn", approvedEntity.minusDays(1).toString()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("formErrors",
                        java.util.Map.of("submittedOn", "workflow.submittedBeforeEntityApproval")));
        assertThat(filings.get(filing.getId(), officer).getStatus()).isEqualTo(FilingStatus.READY);
        mvc.perform(post("/filings/{id}/submission", filing.getId())
                        .param("submittedOn", approvedEntity.toString()).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.recordSubmission"));
    }
}
