package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The detailed step follows the algorithm type chosen in step 2 (form 2026.1): a recommendation algorithm is offered
 * the usage scenarios of its type and is not asked the generative-synthesis questions; what those held stays stored,
 * untouched by its saves, and is there again when the type changes back.
 */
@PortalTest
class AlgorithmTypeWizardTest {

    private static final String IMPLICIT = "algorithm.details.riskPrevention.implicitLabel";
    private static final String REFUTATION = "algorithm.details.riskPrevention.refutationMechanism";
    private static final String GENERATION = "algorithm.details.model.generativeAlgorithmType";
    private static final String SCENARIOS = "algorithm.details.usageScenario";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Test
    void aRecommendationAlgorithmGetsItsOwnScenariosAndNoGenerativeQuestionUntilTheTypeChangesBack()
            throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = filings.create(officer, company.getId(), "推荐算法", RoleChoice.SERVICE_PROVIDER).get(0);
        fixtures.fillWithDemo(filing, officer);
        assertThat(filings.get(filing.getId(), officer).getFormVersion()).isEqualTo("2026.1");

        Document generative = page(filing.getId(), officer, "detailed");
        assertThat(generative.select("[name=" + IMPLICIT + "]")).isNotEmpty();
        assertThat(generative.select("[name=" + GENERATION + "]")).isNotEmpty();
        assertThat(values(generative, SCENARIOS)).contains("INTELLIGENT_DIALOGUE", "TEXT_GENERATION")
                .doesNotContain("FEED_RECOMMENDATION", "ORDER_DISPATCH");

        // Step 2, as the browser sends it, with another type.
        Map<String, List<String>> basic = StepRoundTripTest.browserSubmission(page(filing.getId(), officer, "basic")
                .outerHtml());
        basic.put("algorithm.basics.algorithmType", List.of("PERSONALISED_PUSH"));
        save(filing.getId(), officer, "basic", basic, "wizard.saved");

        Document push = page(filing.getId(), officer, "detailed");
        assertThat(push.select("[name=" + IMPLICIT + "], [name=" + REFUTATION + "], [name=" + GENERATION + "]"))
                .isEmpty();
        assertThat(values(push, SCENARIOS)).contains("FEED_RECOMMENDATION", "AD_DELIVERY", "OTHER")
                .doesNotContain("TEXT_GENERATION", "ORDER_DISPATCH");
        // The scenario chosen for the generative service stays chosen, marked, and the check says why.
        Element dialogue = push.selectFirst("input[name=" + SCENARIOS + "][value=INTELLIGENT_DIALOGUE]");
        assertThat(dialogue).isNotNull();
        assertThat(dialogue.hasAttr("checked")).isTrue();
        assertThat(dialogue.parent().text()).contains("智能对话（不属于个性化推送类算法，请重新选择）");
        assertThat(push.text()).contains("使用场景“智能对话”属于生成合成类（深度合成）算法，而本算法为个性化推送类")
                .doesNotContain("USAGE_SCENARIO", "rule.", "PERSONALISED_PUSH");

        // The second visit: saved unchanged, nothing changes, the generative answers included.
        String before = snapshot(filing.getId(), officer);
        save(filing.getId(), officer, "detailed", StepRoundTripTest.browserSubmission(push.outerHtml()),
                "wizard.unchanged");
        assertThat(snapshot(filing.getId(), officer)).isEqualTo(before);

        // The officer picks the scenario of the type: the finding goes.
        Map<String, List<String>> chosen = StepRoundTripTest.browserSubmission(push.outerHtml());
        chosen.put(SCENARIOS, List.of("FEED_RECOMMENDATION"));
        save(filing.getId(), officer, "detailed", chosen, "wizard.saved");
        Document fixed = page(filing.getId(), officer, "detailed");
        assertThat(fixed.text()).doesNotContain("使用场景“智能对话”");
        assertThat(filings.dossierOf(filings.get(filing.getId(), officer)).filing().algorithm().profile().details()
                .riskPrevention().implicitLabel()).as("kept while not asked").isTrue();

        // Back to generative synthesis: the questions are asked again, with what they held.
        basic = StepRoundTripTest.browserSubmission(page(filing.getId(), officer, "basic").outerHtml());
        basic.put("algorithm.basics.algorithmType", List.of("GENERATIVE_SYNTHESIS"));
        save(filing.getId(), officer, "basic", basic, "wizard.saved");
        Document again = page(filing.getId(), officer, "detailed");
        assertThat(again.selectFirst("input[name=" + IMPLICIT + "][value=true]").hasAttr("checked")).isTrue();
        assertThat(again.select("input[name=" + GENERATION + "][checked]")).isNotEmpty();
        Element feed = again.selectFirst("input[name=" + SCENARIOS + "][value=FEED_RECOMMENDATION]");
        assertThat(feed.parent().text()).contains("不属于生成合成类（深度合成）算法");
    }

    @Test
    void beforeTheTypeIsChosenTheDetailedStepSaysSoAndOffersEveryScenario() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = filings.create(officer, company.getId(), "新算法", RoleChoice.SERVICE_PROVIDER).get(0);
        Document page = page(filing.getId(), officer, "detailed");
        assertThat(page.selectFirst("#algorithm-type-first").text()).contains("请先在第 2 步选择算法类型");
        assertThat(page.selectFirst("#algorithm-type-first a").attr("href")).endsWith("/steps/basic");
        assertThat(values(page, SCENARIOS)).contains("TEXT_GENERATION", "FEED_RECOMMENDATION", "ORDER_DISPATCH");
    }

    @Test
    void aDraftOfAnOlderFormMovesToTheCurrentOneInOneClickKeepingEveryAnswer() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord older = fixtures.fillWithDemo(fixtures.filing(company, "旧表单算法"), officer);
        assertThat(older.getFormVersion()).isEqualTo("2025.2");
        Map<String, List<String>> basic = StepRoundTripTest.browserSubmission(page(older.getId(), officer, "basic")
                .outerHtml());
        basic.put("algorithm.basics.algorithmType", List.of("SORTING_SELECTION"));
        save(older.getId(), officer, "basic", basic, "wizard.saved");
        Document before = page(older.getId(), officer, "detailed");
        assertThat(before.selectFirst("#newer-form").text()).contains("2025.2", "2026.1", "排序精选");
        assertThat(values(before, SCENARIOS)).doesNotContain("TRENDING_LISTS");
        String dossierBefore = DossierJson.write(filings.dossierOf(filings.get(older.getId(), officer)));

        mvc.perform(post("/filings/{id}/form-version", older.getId()).param("step", "detailed").with(user(officer))
                .with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/filings/" + older.getId() + "/steps/detailed"))
                .andExpect(flash().attribute("message", "wizard.formMoved"));
        FilingRecord moved = filings.get(older.getId(), officer);
        assertThat(moved.getFormVersion()).isEqualTo("2026.1");
        assertThat(DossierJson.write(filings.dossierOf(moved)).replace("\"formVersion\" : \"2026.1\"",
                "\"formVersion\" : \"2025.2\"")).as("every answer kept").isEqualTo(dossierBefore);
        Document after = page(older.getId(), officer, "detailed");
        assertThat(after.select("#newer-form")).isEmpty();
        assertThat(values(after, SCENARIOS)).contains("TRENDING_LISTS", "CURATED_SELECTION");
        // A second click (another tab) changes nothing.
        mvc.perform(post("/filings/{id}/form-version", older.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "wizard.unchanged"));
    }

    @Test
    void aFilingInReviewStaysOnItsForm() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord older = fixtures.fillWithDemo(fixtures.filing(company, "审核中算法"), officer);
        filings.transition(officer, older.getId(), (filing, actor) -> filing.submitForReview(actor));
        assertThat(page(older.getId(), officer, "basic").select("#newer-form")).isEmpty();
        mvc.perform(post("/filings/{id}/form-version", older.getId()).with(user(officer)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(filings.get(older.getId(), officer).getFormVersion()).isEqualTo("2025.2");
    }

    private Document page(UUID filingId, PortalUser officer, String step) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", filingId, step).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void save(UUID filingId, PortalUser officer, String step, Map<String, List<String>> fields,
            String message) throws Exception {
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/{step}", filingId, step).with(user(officer))
                .with(csrf());
        fields.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", message));
    }

    private static List<String> values(Document page, String name) {
        return page.select("input[name=" + name + "]").eachAttr("value");
    }

    private String snapshot(UUID filingId, PortalUser officer) {
        FilingRecord record = filings.get(filingId, officer);
        return DossierJson.write(filings.dossierOf(record)) + record.getAlgorithm().getVersion() + "/"
                + record.getVersion();
    }
}
