package com.cacfiling.web.wizard;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A wizard step page loads its filing once, with one access check, and reads what it shows in one transaction; a save
 * loads, binds and writes in one: the SQL statements and transactions of one step GET and one save are counted
 * (Hibernate's statistics; MockMvc's new session per request adds Spring Session's transaction to each), so a change
 * that loads the filing again or opens another transaction shows here.
 */
@PortalTest
class StepQueriesTest {

    /**
     * Filing with company, algorithm and history, and in the same statement how many other filings its algorithm has
     * and how many comments it has: for a filing with neither, nothing more. The entity step also lists the company's
     * Step 1 documents (one more). The header's unread count is one JDBC statement and not counted here.
     */
    static final int MAX_STATEMENTS_PER_STEP_GET = 1;

    /**
     * A changed save of the algorithm's basics after the first, as Hibernate issues them: the filing with its
     * company, algorithm and history (and the count of its algorithm's other filings: none, so no pair is asked
     * for), loaded once in the save's transaction and bound against there, and the algorithm's UPDATE. The versions
     * go to the change log through JDBC and are not counted here; nothing else is written (due date and last step
     * unchanged), and nothing is read for a header that a redirect never shows.
     */
    static final int MAX_HIBERNATE_STATEMENTS_PER_SAVE = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    com.cacfiling.web.filing.FilingService filingService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSaveLoadsItsFilingOnce() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "保存语句计数算法"), officer);
        for (int round = 0; round < 3; round++) {
            java.util.Map<String, java.util.List<String>> form = StepRoundTripTest.browserSubmission(mvc.perform(
                    get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            form.put("algorithm.basics.name", java.util.List.of("保存语句计数算法" + round));
            var save = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/filings/{id}/steps/basic", filing.getId()).with(user(officer))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .csrf());
            form.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
            var counted = HibernateStatements.count(entityManagerFactory,
                    () -> mvc.perform(save).andExpect(status().is3xxRedirection()));
            long statements = counted.statements();
            System.out.println("Hibernate statements for changed save " + (round + 1) + " of the basics: "
                    + statements + " in " + counted.transactions() + " transaction(s)");
            // The save's own, and the one in which Spring Session stores the session MockMvc starts each request
            // with (over HTTP with a kept session: PageTransactionsOverHttpTest).
            assertThat(counted.transactions()).as("transactions of a save").isEqualTo(2);
            if (round > 0) {
                assertThat(statements).as("Hibernate statements of a changed save after the first")
                        .isLessThanOrEqualTo(MAX_HIBERNATE_STATEMENTS_PER_SAVE);
            }
        }
        assertThat(filingService.get(filing.getId(), officer).getAlgorithm().getName())
                .isEqualTo("保存语句计数算法2");
    }

    @Test
    void aStepPageLoadsItsFilingOnce() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "语句计数算法"), officer);
        for (String slug : new String[] {"entity", "detailed", "review"}) {
            mvc.perform(get("/filings/{id}/steps/{slug}", filing.getId(), slug).with(user(officer)))
                    .andExpect(status().isOk());
            var counted = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                    get("/filings/{id}/steps/{slug}", filing.getId(), slug).with(user(officer)))
                    .andExpect(status().isOk()));
            long statements = counted.statements();
            System.out.println("SQL statements for one GET of step " + slug + ": " + statements + " in "
                    + counted.transactions() + " transaction(s)");
            // The page reads without a transaction (ReadWithoutTransaction); the one counted is Spring Session's
            // storing the session MockMvc starts each request with.
            assertThat(counted.transactions()).as("transactions of one GET of step %s", slug).isEqualTo(1);
            assertThat(statements).as("SQL statements of one GET of step %s", slug)
                    // Step 1 lists the company's uploads; the review names those still missing (a walk found a
                    // filing without any called ready): one statement each.
                    .isLessThanOrEqualTo(MAX_STATEMENTS_PER_STEP_GET
                            + ("entity".equals(slug) || "review".equals(slug) ? 1 : 0));
        }
    }

    /**
     * The pair and the comments are asked for only when the load counted some, and then they are on the page; a
     * save of the shared algorithm through the wizard reaches the pair's other half.
     */
    @Test
    void aPairAndCommentsAreAskedForWhenThereAreSome() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(company));
        java.util.List<FilingRecord> pair = filingService.create(officer, company.getId(),
                TestFixtures.unique("成对语句计数算法"), com.cacfiling.web.filing.RoleChoice.BOTH);
        FilingRecord provider = pair.stream()
                .filter(f -> f.getRole() == com.cacfiling.domain.filing.FilingRole.SERVICE_PROVIDER).findFirst()
                .orElseThrow();
        FilingRecord supporter = pair.stream().filter(f -> f != provider).findFirst().orElseThrow();

        // Counted from the second visit on: a user's first request reads their account, remembered from then on.
        for (FilingRecord half : pair) {
            mvc.perform(get("/filings/{id}/steps/basic", half.getId()).with(user(officer))).andExpect(status().isOk());
        }
        var paired = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                get("/filings/{id}/steps/basic", provider.getId()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(paired.result()).contains("/filings/" + supporter.getId(), "服务技术支持者")
                .doesNotContain("名称请与官网一致。");
        assertThat(paired.statements()).as("the filing, then its pair").isEqualTo(2);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/filings/{id}/comments", provider.getId()).with(user(consultant))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("fieldPath", "algorithm.basics.name").param("body", "名称请与官网一致。"))
                .andExpect(status().is3xxRedirection());
        var commented = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                get("/filings/{id}/steps/basic", provider.getId()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(commented.result()).contains("/filings/" + supporter.getId(), "名称请与官网一致。");
        assertThat(commented.statements()).as("the filing, its pair, its comments").isEqualTo(3);
        // The other half has no comment of its own: its page does not ask.
        var other = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                get("/filings/{id}/steps/basic", supporter.getId()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(other.result()).contains("/filings/" + provider.getId()).doesNotContain("名称请与官网一致。");
        assertThat(other.statements()).as("the filing, then its pair").isEqualTo(2);

        java.util.Map<String, java.util.List<String>> form = StepRoundTripTest.browserSubmission(commented.result());
        form.put("algorithm.basics.name", java.util.List.of("成对语句计数算法（改）"));
        var save = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/filings/{id}/steps/basic", provider.getId()).with(user(officer))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        form.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        for (FilingRecord half : pair) {
            assertThat(filingService.get(half.getId(), officer).getAlgorithm().getName())
                    .isEqualTo("成对语句计数算法（改）");
            assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ?",
                    Integer.class, half.getId(), "SAVE_ALGORITHM_BASICS")).as(half.getRole().name()).isEqualTo(1);
        }
    }
}
