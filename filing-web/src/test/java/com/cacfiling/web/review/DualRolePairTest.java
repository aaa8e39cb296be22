package com.cacfiling.web.review;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.inbox.Inbox;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The two filings of a dual-role pair say so: on the dashboard, in the workflow, in the ZIP's name and in messages. */
@PortalTest
class DualRolePairTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    Inbox inbox;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The pair shares its algorithm: a change of it is in both filings' histories, and both get their due date. */
    @Test
    void aChangeOfTheSharedAlgorithmIsInBothHistories() {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        List<FilingRecord> pair = filings.create(officer, company.getId(), TestFixtures.unique("成对算法"),
                RoleChoice.BOTH);
        FilingRecord alone = filings.create(officer, company.getId(), TestFixtures.unique("单独算法"),
                RoleChoice.SERVICE_PROVIDER).get(0);
        java.time.LocalDate launch = filings.today().plusDays(20);

        // A deep synthesis algorithm: its technical supporter has the provider's period too (Deep Synthesis
        // Provisions Art. 19), so both halves of the pair get the due date.
        filings.updateAlgorithm(officer, pair.get(0).getId(), pair.get(0).getAlgorithm().getVersion(),
                profile -> profile.withBasics(profile.basics().withLaunchDate(launch)
                        .withAlgorithmType("GENERATIVE_SYNTHESIS")));
        filings.updateAlgorithm(officer, alone.getId(), alone.getAlgorithm().getVersion(),
                profile -> profile.withBasics(profile.basics().withLaunchDate(launch)));

        for (FilingRecord filing : List.of(pair.get(0), pair.get(1), alone)) {
            assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ?",
                    Integer.class, filing.getId(), "SAVE_ALGORITHM_BASICS")).as(filing.getRole().name()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select due_date from filing where id = ?", java.time.LocalDate.class,
                    filing.getId())).as(filing.getRole().name()).isNotNull();
        }
    }

    @Test
    void bothHalvesOfAPairNameTheOtherRole() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(company));
        String name = TestFixtures.unique("成对算法");
        List<FilingRecord> pair = filings.create(officer, company.getId(), name, RoleChoice.BOTH);
        FilingRecord provider = pair.stream().filter(f -> f.getRole() == FilingRole.SERVICE_PROVIDER).findFirst()
                .orElseThrow();
        FilingRecord supporter = pair.stream().filter(f -> f.getRole() == FilingRole.TECHNICAL_SUPPORTER).findFirst()
                .orElseThrow();
        fixtures.filing(company, TestFixtures.unique("单独算法"));

        String dashboard = mvc.perform(get("/filings").param("q", name).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("成对备案，另一条：服务技术支持者", "成对备案，另一条：服务提供者");
        mvc.perform(get("/filings").param("q", "单独算法").with(user(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("成对备案"))));

        mvc.perform(get("/filings/{id}/workflow", provider.getId()).with(user(officer)))
                .andExpect(content().string(containsString("/filings/" + supporter.getId() + "/workflow")))
                .andExpect(content().string(containsString("同一算法的服务技术支持者备案")));

        // The JSON export is named like the ZIP (Documents.fileBase); it needs no rendering.
        mvc.perform(get("/filings/{id}/dossier.json", supporter.getId()).with(user(officer)))
                .andExpect(header().string("Content-Disposition", containsString(
                        java.net.URLEncoder.encode("-服务技术支持者.json", java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))));
        // In the reader's language (found in a walk: Chinese file names from English pages).
        mvc.perform(get("/filings/{id}/dossier.json", supporter.getId()).with(user(officer)).param("lang", "en"))
                .andExpect(header().string("Content-Disposition", containsString("Algorithm%20filing%20dossier-")))
                .andExpect(header().string("Content-Disposition", containsString("Technical%20supporter.json")));

        mvc.perform(post("/filings/{id}/comments", provider.getId()).with(user(consultant)).with(csrf())
                .param("fieldPath", "algorithm.basics.name").param("body", "名称请与官网一致。"));
        assertThat(inbox.of(officer.id()).get(0).getArgument()).isEqualTo(name + "（服务提供者）");
        mvc.perform(get("/inbox").with(user(officer)))
                .andExpect(content().string(containsString(name + "（服务提供者）")));
    }
}
