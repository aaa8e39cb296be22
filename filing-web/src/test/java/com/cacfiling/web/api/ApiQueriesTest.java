package com.cacfiling.web.api;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * An API PUT locks its filing, loads it once (to merge masked numbers and compare the tag), writes what changed and
 * answers from the same transaction: its Hibernate statements are counted, so a change that loads the filing again
 * shows.
 */
@PortalTest
class ApiQueriesTest {

    /**
     * Lock; load in the transaction; the algorithm's UPDATE; the pair's filings. The version goes to the change log
     * through JDBC and is not counted.
     */
    static final int MAX_HIBERNATE_STATEMENTS_PER_PUT = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPutThatRenamesTheAlgorithmLoadsTheFilingOnceInItsTransaction() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "接口语句计数算法"), officer);
        for (int round = 0; round < 3; round++) {
            MockHttpServletResponse read = mvc.perform(get("/api/v1/filings/{id}", filing.getId())
                    .with(user(officer))).andReturn().getResponse();
            // The demo's algorithm name, renamed each round.
            String body = read.getContentAsString().replaceAll("灵犀对话生成算法(-\\d+)?", "灵犀对话生成算法-" + round);
            HibernateStatements.Counted<MockHttpServletResponse> replaced = HibernateStatements.count(entityManagerFactory,
                    () -> mvc.perform(put("/api/v1/filings/{id}", filing.getId()).with(user(officer)).with(csrf())
                            .header("If-Match", read.getHeader("ETag")).contentType(MediaType.APPLICATION_JSON)
                            .content(body)).andReturn().getResponse());
            MockHttpServletResponse written = replaced.result();
            long statements = replaced.statements();
            System.out.println("Hibernate statements for API PUT " + (round + 1) + ": " + statements);
            assertThat(written.getStatus()).isEqualTo(200);
            assertThat(written.getContentAsString()).contains("灵犀对话生成算法-" + round);
            assertThat(written.getHeader("ETag")).as("a new tag for the new content")
                    .isNotEqualTo(read.getHeader("ETag"))
                    .isEqualTo(mvc.perform(get("/api/v1/filings/{id}", filing.getId()).with(user(officer)))
                            .andReturn().getResponse().getHeader("ETag"));
            assertThat(statements).as("Hibernate statements of one API PUT")
                    .isLessThanOrEqualTo(MAX_HIBERNATE_STATEMENTS_PER_PUT);
        }
    }
}
