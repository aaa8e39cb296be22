package com.cacfiling.web.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RowChanges;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A comment made on a table's row stays with that row when rows above it are removed or rows are moved, and a
 * comment on a removed row stays with the table: found in a walk, where a comment on the second product showed on
 * nothing after the first was removed, and then on a product added later.
 */
@PortalTest
class CommentsFollowRowsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    Comments comments;

    @Autowired
    ApiTokens tokens;

    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void aCommentOnAProductFollowsItWhenTheProductAboveIsRemovedAndANewOneAdded() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, "批注跟随算法", FilingRole.SERVICE_PROVIDER);
        save(filing, officer, null, "step3.products[0]._row", "1", "step3.products[0].name", "产品甲",
                "step3.products[1]._row", "1", "step3.products[1].name", "产品乙");
        comment(filing, consultant, "step3.products[1].name", "产品乙的名称请与应用商店一致");
        comment(filing, consultant, "step3.products[0].name", "产品甲是否仍在运营？");

        save(filing, officer, "remove:step3.products:0", "step3.products[0]._row", "1", "step3.products[0].name",
                "产品甲", "step3.products[1]._row", "1", "step3.products[1].name", "产品乙");
        assertThat(pathsByBody(filing, officer)).containsEntry("产品乙的名称请与应用商店一致", "step3.products[0].name")
                .containsEntry("产品甲是否仍在运营？", "step3.products");

        // A product added later gets no comment of another product.
        save(filing, officer, "add:step3.products", "step3.products[0]._row", "1", "step3.products[0].name",
                "产品乙");
        save(filing, officer, null, "step3.products[0]._row", "1", "step3.products[0].name", "产品乙",
                "step3.products[1]._row", "1", "step3.products[1].name", "产品丙");
        assertThat(pathsByBody(filing, officer)).containsEntry("产品乙的名称请与应用商店一致", "step3.products[0].name")
                .containsEntry("产品甲是否仍在运营？", "step3.products");

        // Both are on the step's page, where the officer answers them.
        String page = mvc.perform(get("/filings/{id}/steps/step3", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text()).contains("产品乙的名称请与应用商店一致", "产品甲是否仍在运营？");

        // Moving the product down takes its comment along; an unchanged save moves nothing.
        save(filing, officer, "down:step3.products:0", "step3.products[0]._row", "1", "step3.products[0].name",
                "产品乙", "step3.products[1]._row", "1", "step3.products[1].name", "产品丙");
        assertThat(pathsByBody(filing, officer)).containsEntry("产品乙的名称请与应用商店一致", "step3.products[1].name");
        save(filing, officer, null, "step3.products[0]._row", "1", "step3.products[0].name", "产品丙",
                "step3.products[1]._row", "1", "step3.products[1].name", "产品乙");
        assertThat(pathsByBody(filing, officer)).containsEntry("产品乙的名称请与应用商店一致", "step3.products[1].name");
    }

    @Test
    void aReplacementThroughTheApiTakesTheCommentsAlongWithTheirProducts() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, "接口批注跟随算法", FilingRole.SERVICE_PROVIDER);
        String token = "Bearer " + tokens.create(officerAccount.getId(), "rows");
        ObjectNode sample = (ObjectNode) JSON.readTree(
                TestFixtures.sampleJson(SampleDossiers.completeProvider()));
        replace(filing, token, sample);
        comment(filing, consultant, "step3.products[1].name", "网页版的名称请与ICP备案一致");
        comment(filing, consultant, "step3.products[0].name", "应用是否仍在运营？");

        // The client sends the list without the app: the web version's comment goes up with it.
        ArrayNode products = (ArrayNode) sample
                .get("filing").get("step3").get("products");
        products.remove(0);
        replace(filing, token, sample);
        assertThat(pathsByBody(filing, PortalUser.of(officerAccount)))
                .containsEntry("网页版的名称请与ICP备案一致", "step3.products[0].name")
                .containsEntry("应用是否仍在运营？", "step3.products");

        // The same content again moves nothing.
        replace(filing, token, sample);
        assertThat(pathsByBody(filing, PortalUser.of(officerAccount)))
                .containsEntry("网页版的名称请与ICP备案一致", "step3.products[0].name");
    }

    private void replace(FilingRecord filing, String token, JsonNode body) throws Exception {
        String etag = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/filings/{id}",
                        filing.getId()).header("Authorization", token).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isOk());
    }

    @Test
    void aPathFollowsItsInnermostRowAndARemovedRowLeavesItsCommentWithTheTable() {
        RowChanges riskUp = new RowChanges(Map.of("a.risks[2]", "a.risks[1]", "a.risks[2].measures[1]",
                "a.risks[1].measures[0]"), Set.of("a.risks[1]", "a.risks[2].measures[0]"));
        assertThat(Comments.followRows("a.risks[2].measures[1].text", riskUp)).isEqualTo("a.risks[1].measures[0].text");
        assertThat(Comments.followRows("a.risks[2].name", riskUp)).isEqualTo("a.risks[1].name");
        assertThat(Comments.followRows("a.risks[2].measures[0].text", riskUp)).isEqualTo("a.risks[1].measures");
        assertThat(Comments.followRows("a.risks[1].name", riskUp)).isEqualTo("a.risks");
        assertThat(Comments.followRows("a.risks[0].name", riskUp)).isEqualTo("a.risks[0].name");
        assertThat(Comments.followRows("a.risks[20].name", riskUp)).as("not a row's prefix").isEqualTo("a.risks[20].name");
        assertThat(Comments.followRows("a.risks", riskUp)).isEqualTo("a.risks");
    }

    private java.util.Map<String, String> pathsByBody(FilingRecord filing, PortalUser user) {
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        comments.of(filing.getId(), user).forEach(comment -> paths.put(comment.getBody(), comment.getFieldPath()));
        return paths;
    }

    private void comment(FilingRecord filing, PortalUser consultant, String path, String body) throws Exception {
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(consultant)).with(csrf())
                .param("fieldPath", path).param("body", body)).andExpect(status().is3xxRedirection());
    }

    private void save(FilingRecord filing, PortalUser officer, String action, String... pairs) throws Exception {
        MockHttpServletRequestBuilder request = post("/filings/{id}/steps/step3", filing.getId())
                .with(user(officer)).with(csrf()).param("_action", action == null ? "save" : action)
                .param("_version", String.valueOf(filings.get(filing.getId(), officer).getVersion()));
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
