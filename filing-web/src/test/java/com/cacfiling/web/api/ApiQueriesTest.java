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
     * The load in the transaction (with the count of the algorithm's other filings: none, so no pair is asked for)
     * and the algorithm's UPDATE. The lock and the version for the change log go through JDBC and are not counted.
     */
    static final int MAX_HIBERNATE_STATEMENTS_PER_PUT = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    com.cacfiling.web.filing.FilingService filings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    /** A PUT on one half of a dual-role pair renames the shared algorithm in both halves' histories. */
    @Test
    void aPutOnOneHalfOfAPairReachesTheOther() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        String name = TestFixtures.unique("接口成对算法");
        java.util.List<FilingRecord> pair = filings.create(officer, company.getId(), name,
                com.cacfiling.web.filing.RoleChoice.BOTH);
        FilingRecord first = pair.get(0);
        MockHttpServletResponse read = mvc.perform(get("/api/v1/filings/{id}", first.getId()).with(user(officer)))
                .andReturn().getResponse();
        MockHttpServletResponse written = mvc.perform(put("/api/v1/filings/{id}", first.getId()).with(user(officer))
                .with(csrf()).header("If-Match", read.getHeader("ETag")).contentType(MediaType.APPLICATION_JSON)
                .content(read.getContentAsString().replace(name, name + "（改）"))).andReturn().getResponse();
        assertThat(written.getStatus()).isEqualTo(200);
        for (FilingRecord half : pair) {
            assertThat(filings.get(half.getId(), officer).getAlgorithm().getName()).isEqualTo(name + "（改）");
            assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ?",
                    Integer.class, half.getId(), "SAVE_ALGORITHM_BASICS")).as(half.getRole().name()).isEqualTo(1);
        }
    }
}
