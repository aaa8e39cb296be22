package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The two filings of a dual-role entity share one self-assessment but count different audiences: the provider the
 * people using its service, the supporter the businesses using its technology. One shared number printed a
 * provider's 1.2 million users as the supporter's business customers (家) (found in a walk).
 */
@PortalTest
class AudienceCountTest {

    private static final String USERS = "algorithm.assessment.userCount";
    private static final String CUSTOMERS = "algorithm.assessment.customerCount";
    private static final String SERVED_USERS = "algorithm.assessment.servedUsers";
    private static final String SERVED_CUSTOMERS = "algorithm.assessment.servedCustomers";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    com.cacfiling.web.changelog.ChangeLog changeLog;

    @Test
    void eachFilingOfAPairAsksAndKeepsItsOwnCountThroughSecondVisits() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        List<FilingRecord> pair = filings.create(officer, company.getId(), "双身份计数算法", RoleChoice.BOTH);
        UUID provider = inRole(pair, FilingRole.SERVICE_PROVIDER).getId();
        UUID supporter = inRole(pair, FilingRole.TECHNICAL_SUPPORTER).getId();

        Document providerPage = page(provider, officer, "zh-CN");
        assertThat(providerPage.getElementById(WizardView.anchor(USERS))).isNotNull();
        assertThat(providerPage.getElementById(WizardView.anchor(CUSTOMERS))).isNull();
        assertThat(providerPage.getElementById(WizardView.anchor(SERVED_CUSTOMERS))).isNull();
        Document supporterPage = page(supporter, officer, "zh-CN");
        assertThat(supporterPage.getElementById(WizardView.anchor(CUSTOMERS))).isNotNull();
        assertThat(supporterPage.getElementById(WizardView.anchor(USERS))).isNull();
        assertThat(supporterPage.getElementById(WizardView.anchor(SERVED_USERS))).isNull();
        assertThat(supporterPage.select("label[for=" + WizardView.anchor(CUSTOMERS) + "]").text())
                .contains("企业客户数量");
        assertThat(page(supporter, officer, "en").select("label[for=" + WizardView.anchor(CUSTOMERS) + "]").text())
                .contains("Number of business customers");

        Map<String, List<String>> providerForm = StepRoundTripTest.browserSubmission(providerPage.outerHtml());
        providerForm.put(USERS, List.of("1,200,000"));
        providerForm.put(SERVED_USERS, List.of("个人用户"));
        save(provider, officer, providerForm, "wizard.saved");
        Map<String, List<String>> supporterForm = StepRoundTripTest.browserSubmission(
                page(supporter, officer, "zh-CN").outerHtml());
        supporterForm.put(CUSTOMERS, List.of("320"));
        supporterForm.put(SERVED_CUSTOMERS, List.of("电商平台、品牌商等企业客户"));
        save(supporter, officer, supporterForm, "wizard.saved");

        SelfAssessment shared = assessment(provider, officer);
        assertThat(shared.userCount()).isEqualTo(1_200_000L);
        assertThat(shared.customerCount()).isEqualTo(320L);
        assertThat(shared.servedUsers()).isEqualTo("个人用户");
        assertThat(shared.servedCustomers()).isEqualTo("电商平台、品牌商等企业客户");
        assertThat(assessment(supporter, officer)).isEqualTo(shared);

        // The provider's history says the supporter's save was made in the supporter's filing; the supporter's
        // own history needs no such word (a walk read the edit as made in the provider's filing).
        String providerHistory = Jsoup.parse(mvc.perform(get("/filings/{id}/history", provider).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).text();
        assertThat(providerHistory).contains("保存自评估内容 · 双身份计数算法 · 在服务技术支持者备案中修改");
        String supporterHistory = Jsoup.parse(mvc.perform(get("/filings/{id}/history", supporter)
                .with(user(officer))).andReturn().getResponse().getContentAsString()).text();
        assertThat(supporterHistory).contains("保存自评估内容 · 双身份计数算法 · 在服务提供者备案中修改")
                .doesNotContain("在服务技术支持者备案中修改").doesNotContain("made-in");

        // The comparison of two versions writes the counts as the documents do (a walk read "1200000").
        var versions = changeLog.versions(provider);
        String diff = Jsoup.parse(mvc.perform(get("/filings/{id}/history", provider).with(user(officer))
                .param("from", String.valueOf(versions.get(versions.size() - 1).id()))
                .param("to", String.valueOf(versions.get(0).id()))).andReturn().getResponse().getContentAsString())
                .text();
        assertThat(diff).contains("1,200,000").doesNotContain("1200000");

        // Second visits: each page shows its own number, and saving either unchanged changes nothing of the other's.
        String before = snapshot(provider, officer);
        Document again = page(supporter, officer, "zh-CN");
        assertThat(again.getElementById(WizardView.anchor(CUSTOMERS)).val()).isEqualTo("320");
        save(supporter, officer, StepRoundTripTest.browserSubmission(again.outerHtml()), "wizard.unchanged");
        Document providerAgain = page(provider, officer, "zh-CN");
        assertThat(providerAgain.getElementById(WizardView.anchor(USERS)).val()).isIn("1200000", "1,200,000");
        save(provider, officer, StepRoundTripTest.browserSubmission(providerAgain.outerHtml()), "wizard.unchanged");
        assertThat(snapshot(provider, officer)).isEqualTo(before);

        // A typed mistake stays in the supporter's field and touches nothing else.
        Map<String, List<String>> typo = StepRoundTripTest.browserSubmission(page(supporter, officer, "zh-CN")
                .outerHtml());
        typo.put(CUSTOMERS, List.of("约40家"));
        mvc.perform(post("/filings/{id}/steps/assessment", supporter).with(user(officer)).with(csrf())
                .params(toParams(typo))).andExpect(status().is3xxRedirection());
        Document typed = page(supporter, officer, "zh-CN");
        assertThat(typed.getElementById(WizardView.anchor(CUSTOMERS)).val()).isEqualTo("约40家");
        assertThat(typed.select(".field:has(#" + WizardView.anchor(CUSTOMERS) + ") .field-error").text()).isNotBlank();
        assertThat(assessment(provider, officer).userCount()).isEqualTo(1_200_000L);
    }

    /**
     * Submitting one filing of a pair locks the algorithm information the two share until the review ends: the
     * confirmation names what the other filing still lacks there (a walk's supporter could no longer enter its own
     * customers once the provider was in review).
     */
    @Test
    void submittingOneFilingOfAPairNamesWhatTheOtherStillLacksInTheSharedInformation() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        List<FilingRecord> pair = filings.create(officer, company.getId(), "双身份提交算法", RoleChoice.BOTH);
        FilingRecord provider = inRole(pair, FilingRole.SERVICE_PROVIDER);
        FilingRecord supporter = inRole(pair, FilingRole.TECHNICAL_SUPPORTER);
        var demo = com.cacfiling.domain.dossier.DossierJson.read(TestFixtures.sampleJson(
                com.cacfiling.domain.sample.SampleDossiers.completeProvider()));
        var profile = demo.filing().algorithm().profile();
        SelfAssessment a = profile.assessment();
        SelfAssessment providersOnly = new SelfAssessment(a.flow(), a.scope(), a.servedUsers(), a.userCount(), null,
                null, a.socialImpact(), a.softwareHardware(), a.deploymentLocation(), a.otherDescription(),
                a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(), a.risks(),
                a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters());
        fixtures.fill(provider, officer, demo.entity(), profile.withAssessment(providersOnly), demo.filing().step3());

        Document confirm = Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/submit-for-review", provider.getId())
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("#confirm-pair-unfinished").text()).contains("服务技术支持者备案")
                .contains("企业客户数量", "服务对象（企业客户）");
        assertThat(confirm.select("#confirm-pair-unfinished a").attr("href"))
                .isEqualTo("/filings/" + supporter.getId() + "/steps/review");

        fixtures.fill(supporter, officer, demo.entity(), profile, null);
        Document after = Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/submit-for-review", provider.getId())
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#confirm-pair-unfinished")).isEmpty();
    }

    private static FilingRecord inRole(List<FilingRecord> pair, FilingRole role) {
        return pair.stream().filter(filing -> filing.getRole() == role).findFirst().orElseThrow();
    }

    private Document page(UUID filingId, PortalUser officer, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/assessment", filingId).param("lang", lang)
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void save(UUID filingId, PortalUser officer, Map<String, List<String>> fields, String message)
            throws Exception {
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/assessment", filingId).with(user(officer))
                .with(csrf()).params(toParams(fields));
        mvc.perform(save).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", message));
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(Map<String, List<String>> fields) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        fields.forEach(params::put);
        return params;
    }

    private SelfAssessment assessment(UUID filingId, PortalUser officer) {
        return filings.dossierOf(filings.get(filingId, officer)).filing().algorithm().profile().assessment();
    }

    private String snapshot(UUID filingId, PortalUser officer) {
        FilingRecord record = filings.get(filingId, officer);
        return DossierJson.write(filings.dossierOf(record)) + record.getAlgorithm().getVersion();
    }
}
