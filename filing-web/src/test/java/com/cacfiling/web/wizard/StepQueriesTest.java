package com.cacfiling.web.wizard;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A wizard step page loads its filing once, with one access check: the SQL statements of one step GET are counted
 * (Hibernate's statistics), so a change that loads the filing again shows here.
 */
@PortalTest
class StepQueriesTest {

    /**
     * Filing with company, algorithm and history; siblings; open comments; unread messages. The entity step also
     * lists the company's Step 1 documents (one more).
     */
    static final int MAX_STATEMENTS_PER_STEP_GET = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aStepPageLoadsItsFilingOnce() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "语句计数算法"), officer);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            for (String slug : new String[] {"entity", "detailed", "review"}) {
                mvc.perform(get("/filings/{id}/steps/{slug}", filing.getId(), slug).with(user(officer)))
                        .andExpect(status().isOk());
                statistics.clear();
                mvc.perform(get("/filings/{id}/steps/{slug}", filing.getId(), slug).with(user(officer)))
                        .andExpect(status().isOk());
                long statements = statistics.getPrepareStatementCount();
                System.out.println("SQL statements for one GET of step " + slug + ": " + statements);
                assertThat(statements).as("SQL statements of one GET of step %s", slug)
                        .isLessThanOrEqualTo(MAX_STATEMENTS_PER_STEP_GET + ("entity".equals(slug) ? 1 : 0));
            }
        }
        finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
