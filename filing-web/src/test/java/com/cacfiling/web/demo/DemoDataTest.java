package com.cacfiling.web.demo;

import java.util.UUID;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first start of a new installation, as the README's start makes it: an empty database (a schema of its own
 * here) and the demo data on. The demo's accounts, companies and filing are there, and the demo filing's listed
 * evidence opens with the size and hash it lists. (A demo seeder that stored the evidence before its algorithm kept
 * every new installation from starting; the other tests run without the demo data.)
 */
@SpringBootTest(properties = {"filing.demo.enabled=true", "spring.flyway.schemas=" + DemoDataTest.SCHEMA,
        "spring.datasource.hikari.connection-init-sql=set search_path to " + DemoDataTest.SCHEMA})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTest {

    static final String SCHEMA = "fresh_install";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    FilingService filings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewInstallationStartsWithTheDemoDataAndItsEvidenceOpens() throws Exception {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        PortalUser officer = PortalUser.of(users.findByUsernameIgnoreCase("officer.a").orElseThrow());
        assertThat(users.findByUsernameIgnoreCase("consultant")).isPresent();
        UUID demo = filings.visibleFilings(officer).get(0).getId();
        var evidence = filings.dossier(demo, officer).filing().algorithm().profile().assessment().evidence();
        assertThat(evidence).hasSize(3);
        for (EvidenceItem item : evidence) {
            byte[] file = mvc.perform(get("/filings/{id}/evidence/{key}", demo, item.id()).with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(file).hasSize(item.sizeBytes().intValue());
            assertThat(DossierBundle.sha256(file)).isEqualTo(item.sha256());
        }
        // The demo's chat service is the one its large-model filing was started for: its result opens that filing,
        // and the obligation is in work.
        UUID service = jdbc.queryForObject("select id from service where name = '灵犀对话'", UUID.class);
        String result = mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(result).contains("打开已开始的大模型上线备案").doesNotContain("开始大模型上线备案<");
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = "
                + "'LARGE_MODEL_FILING'", String.class, service)).isEqualTo("IN_PROGRESS");
        // Its creation is its first version, as a filing created in the portal has one (found in a walk: without it,
        // the first save listed every field as changed from empty).
        assertThat(jdbc.queryForList("select l.action from change_log l join model_filing m on m.id = "
                + "l.model_filing_id where l.snapshot is not null", String.class))
                .containsExactly("MODEL_FILING_CREATED");
    }
}
