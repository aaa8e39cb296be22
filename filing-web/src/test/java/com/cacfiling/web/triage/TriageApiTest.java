package com.cacfiling.web.triage;

import java.util.List;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16, item 6 (triage and obligations part): the same data and rules over the API, same authorization. */
@PortalTest
class TriageApiTest {

    static final String CHAT = "{\"answers\":{\"PUBLIC\":true,\"GENERATIVE\":true,\"PUBLIC_OPINION\":true,"
            + "\"OWN_MODEL\":true,\"SELLS_API\":false,\"BIOMETRIC_OR_CHANGE\":false,\"MOBILISATION_RND\":false,"
            + "\"COMPANION\":false}}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Services services;

    private String bearer(UserAccount user) {
        return "Bearer " + tokens.create(user.getId(), "test");
    }

    @Test
    void aServiceIsCreatedTriagedWithETagsAndItsObligationsListedAndChanged() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = bearer(officer);
        MvcResult created = mvc.perform(post("/api/v1/services").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"name\":\"接口对话服务\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.triageComplete").value(false)).andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        MvcResult triage = mvc.perform(get("/api/v1/services/{id}/triage", id).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.questions", hasSize(2))).andReturn();
        String etag = triage.getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/services/{id}/triage", id).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(CHAT))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/services/{id}/triage", id).header("Authorization", token).header("If-Match", "\"s9\"")
                        .contentType(MediaType.APPLICATION_JSON).content(CHAT))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/services/{id}/triage", id).header("Authorization", token).header("If-Match", etag)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(CHAT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.obligations[*].kind", hasItem("LARGE_MODEL_FILING")))
                .andExpect(jsonPath("$.obligations[*].kind", hasItem("ALGORITHM_FILING_PROVIDER")))
                .andExpect(jsonPath("$.obligations[*].kind", hasItem("LABELLING")))
                .andExpect(jsonPath("$.obligations[*].label", hasItem("Labelling of AI-generated content")));
        mvc.perform(put("/api/v1/services/{id}/triage", id).header("Authorization", token).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"NOPE\":true}}"))
                .andExpect(status().isPreconditionFailed());

        MvcResult list = mvc.perform(get("/api/v1/obligations").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(6)).andReturn();
        String labelling = ((List<String>) com.jayway.jsonpath.JsonPath.read(list.getResponse().getContentAsString(),
                "$.obligations[?(@.kind == 'LABELLING')].id")).get(0);
        String obligationEtag = mvc.perform(get("/api/v1/obligations/{id}", labelling).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/obligations/{id}", labelling).header("Authorization", token)
                        .header("If-Match", obligationEtag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidenceLink\":\"javascript:alert(1)\"}"))
                .andExpect(status().isBadRequest())
                // In words, at its property: never the constraint's regular expression (found in a review).
                .andExpect(jsonPath("$.problems[0].path").value("evidenceLink"))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Enter a web address starting with http:// or https://."));
        mvc.perform(put("/api/v1/obligations/{id}", labelling).header("Authorization", token)
                        .header("If-Match", obligationEtag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"ownerId\":\"" + fixtures.officer(fixtures.company()).getId()
                                + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("ownerId"));
        mvc.perform(put("/api/v1/obligations/{id}", labelling).header("Authorization", token)
                        .header("If-Match", obligationEtag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"ownerId\":\"" + officer.getId()
                                + "\",\"evidenceLink\":\"https://docs.example.cn/aigc\",\"nextReview\":\"2027-03-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.nextReview").value("2027-03-01"));
        mvc.perform(put("/api/v1/obligations/{id}", labelling).header("Authorization", token)
                        .header("If-Match", obligationEtag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"OPEN\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/obligations").header("Authorization", token))
                .andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/v1/obligations").param("show", "all").header("Authorization", token))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void otherCompaniesServicesAndObligationsAreNotFound() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        UUID service = services.create(com.cacfiling.web.security.PortalUser.of(officer), company.getId(), "私有服务", null);
        String stranger = bearer(fixtures.officer(fixtures.company()));
        mvc.perform(get("/api/v1/services/{id}", service).header("Authorization", stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services/{id}/triage", service).header("Authorization", stranger))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/services/{id}/triage", service).header("Authorization", stranger)
                        .header("If-Match", "\"s0\"").contentType(MediaType.APPLICATION_JSON).content(CHAT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services").header("Authorization", stranger))
                .andExpect(jsonPath("$[*].name", not(hasItem("私有服务"))));
        mvc.perform(post("/api/v1/services").header("Authorization", stranger).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"name\":\"闯入\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionNamesTheNewEndpoints() throws Exception {
        String token = bearer(fixtures.officer(fixtures.company()));
        String description = mvc.perform(get("/v3/api-docs").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(description).contains("/api/v1/services", "/api/v1/services/{serviceId}/triage",
                "/api/v1/obligations", "/api/v1/obligations/{obligationId}");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theDemoCompanysChatServiceIsTriagedIntoTheAlgorithmFilingTheLargeModelFilingAndLabelling() {
        Company company = fixtures.company();
        // The company's generative filing, made before the service, becomes the service's own; another type does not.
        var chat = fixtures.filing(company, "对话生成算法");
        jdbc.update("update algorithm set algorithm_type = 'GENERATIVE_SYNTHESIS' where id = "
                + "(select algorithm_id from filing where id = ?)", chat.getId());
        var push = fixtures.filing(company, "推荐算法");
        jdbc.update("update algorithm set algorithm_type = 'PERSONALISED_PUSH' where id = "
                + "(select algorithm_id from filing where id = ?)", push.getId());
        DemoTriageSeeder seeder = new DemoTriageSeeder(jdbc, services, context);
        seeder.seedFor(company.getName());
        seeder.seedFor(company.getName());
        assertThat(jdbc.queryForObject("select count(*) from service where company_id = ?", Long.class,
                company.getId())).isEqualTo(1);
        assertThat(jdbc.queryForList("select kind from obligation where company_id = ? and applies", String.class,
                company.getId())).contains("ALGORITHM_FILING_PROVIDER", "LARGE_MODEL_FILING", "LABELLING");
        assertThat(jdbc.queryForList("select filing_id from service_filing sf join service s on s.id = sf.service_id "
                + "where s.company_id = ?", java.util.UUID.class, company.getId())).containsExactly(chat.getId())
                .doesNotContain(push.getId());
        assertThat(jdbc.queryForObject("select status from obligation where company_id = ? and kind = ?",
                String.class, company.getId(), "ALGORITHM_FILING_PROVIDER")).isEqualTo("IN_PROGRESS");
    }
}
