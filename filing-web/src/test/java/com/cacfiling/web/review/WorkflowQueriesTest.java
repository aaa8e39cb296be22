package com.cacfiling.web.review;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workflow page follows every workflow move, so its statements are part of each move's time in the browser
 * ({@code BrowserTimingBenchmark}): it checks access and loads its filing once. The SQL statements Hibernate prepares
 * for one GET and for one move are counted, so a change that loads the filing again shows here.
 */
@PortalTest
class WorkflowQueriesTest {

    /**
     * The filing with company, algorithm and history, the consultant's access checked in the same statement, which
     * also counts the filing's dual-role sibling and comments: for a filing with neither, nothing more; and, until the
     * filing is submitted, the company's Step 1 uploads, to name those still missing (a walk found a filing without
     * any approved as ready). The header's unread count is one JDBC statement and not counted here.
     */
    static final int MAX_STATEMENTS_PER_WORKFLOW_GET = 2;

    /**
     * The access check and load of the consultant's filing (2: assigned companies, filing), the move in
     * {@code FilingService.transition} (its own access check and load, the update, the change log), who to notify and
     * their messages. The controller passes the filing it checked on
     * instead of checking and loading it again for the move.
     */
    static final int MAX_STATEMENTS_PER_MOVE = 11;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theWorkflowPageAndAMoveLoadTheirFilingOnce() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "流程语句计数算法"), officer);
        filings.transition(officer, filing.getId(), (f, actor) -> f.submitForReview(actor));
        mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(consultant)))
                .andExpect(status().isOk());
        long page = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                get("/filings/{id}/workflow", filing.getId()).with(user(consultant))).andExpect(status().isOk()))
                .statements();
        System.out.println("SQL statements for one GET of the workflow page: " + page);
        assertThat(page).as("SQL statements of one GET of the workflow page")
                .isLessThanOrEqualTo(MAX_STATEMENTS_PER_WORKFLOW_GET);

        long move = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                post("/filings/{id}/ready", filing.getId()).with(user(consultant)).with(csrf()))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/workflow"))).statements();
        System.out.println("SQL statements for one workflow move (mark ready): " + move);
        assertThat(move).as("SQL statements of one workflow move").isLessThanOrEqualTo(MAX_STATEMENTS_PER_MOVE);
        assertThat(filings.get(filing.getId(), consultant).getStatus().name()).isEqualTo("READY");
    }
}
