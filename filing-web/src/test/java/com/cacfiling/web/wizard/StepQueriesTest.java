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
     * Filing with company, algorithm and history; siblings; open comments. The entity step also lists the
     * company's Step 1 documents (one more). The header's unread count is one JDBC statement and not counted here.
     */
    static final int MAX_STATEMENTS_PER_STEP_GET = 3;

    /**
     * A changed save of the algorithm's basics after the first, as Hibernate issues them: the filing with its
     * company, algorithm and history, loaded once in the save's transaction and bound against there, the
     * algorithm's UPDATE, the pair's filings. The versions go to the change log through JDBC and are not counted
     * here; nothing else is written (due date and last step unchanged), and nothing is read for a header that a
     * redirect never shows.
     */
    static final int MAX_HIBERNATE_STATEMENTS_PER_SAVE = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    com.cacfiling.web.filing.FilingService filingService;

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
            assertThat(counted.transactions()).as("transactions of one GET of step %s", slug).isEqualTo(2);
            assertThat(statements).as("SQL statements of one GET of step %s", slug)
                    .isLessThanOrEqualTo(MAX_STATEMENTS_PER_STEP_GET + ("entity".equals(slug) ? 1 : 0));
        }
    }
}
