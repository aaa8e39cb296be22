package com.cacfiling.web.wizard;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class WizardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    private PortalUser officer;
    private FilingRecord filing;

    private void provider() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        officer = PortalUser.of(account);
        filing = fixtures.filing(company, "向导算法", FilingRole.SERVICE_PROVIDER);
    }

    private String version() {
        return String.valueOf(filings.get(filing.getId(), officer).getVersion());
    }

    /**
     * A step not started says so rather than "no findings" (a walk read it as "nothing wrong" beside 26 errors on the
     * review page), and the progress line says its count is of the steps started (it read 35 errors above the
     * review's 74).
     */
    @Test
    void aStepNotStartedSaysSoAndTheProgressCountsTheStartedSteps() throws Exception {
        provider();
        org.jsoup.nodes.Document entity = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity",
                filing.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(entity.select(".checklist .empty").text()).isEqualTo("本步骤尚未开始：保存本步骤后，这里列出需要处理的问题。");
        assertThat(entity.select(".progress-text").text()).contains("已开始的步骤中");
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity",
                filing.getId()).param("lang", "en").with(user(officer))).andReturn().getResponse()
                .getContentAsString());
        assertThat(english.select(".progress-text").text()).endsWith("in the steps started");
        // The review's count says how it parts from the header's (found in a walk: 26 above, 68 there).
        org.jsoup.nodes.Document review = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review",
                filing.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(review.getElementById("not-ready").text()).matches("还有 \\d+ 个错误（其中 \\d+ 个在尚未开始的步骤中），更正后才能提交审核。");
    }

    /**
     * An unchanged save changes nothing: an untouched step stays "not started", without a required mark under every
     * field (found in a walk: "未开始" became "0 %"), while the filing reopens on it; a save that changes something
     * starts it.
     */
    @Test
    void anUnchangedSaveOfAnUntouchedStepLeavesItNotStarted() throws Exception {
        provider();
        String slug = "detailed";
        FilingRecord before = filings.get(filing.getId(), officer);
        assertThat(before.getStartedSteps()).doesNotContain("ALGORITHM_DETAILED");
        for (int visit = 0; visit < 2; visit++) {
            mvc.perform(asShown(slug, null, null)).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", "wizard.unchanged"));
            FilingRecord after = filings.get(filing.getId(), officer);
            assertThat(after.getStartedSteps()).isEqualTo(before.getStartedSteps());
            assertThat(after.getVersion()).isEqualTo(before.getVersion());
            assertThat(after.getLastStep()).isEqualTo("ALGORITHM_DETAILED");
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{slug}",
                    filing.getId(), slug).with(user(officer))).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#step-" + slug + " .ready").text()).isEqualTo("未开始");
            assertThat(page.select(".checklist .empty").text()).startsWith("本步骤尚未开始");
        }
        mvc.perform(asShown(slug, "algorithm.details.introduction", "本算法根据用户的历史对话生成回复。"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "wizard.saved"));
        assertThat(filings.get(filing.getId(), officer).getStartedSteps()).contains("ALGORITHM_DETAILED");
    }

    /** The step's form as the page shows it, with one value changed when a field is given. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder asShown(String slug,
            String field, String value) throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{slug}",
                filing.getId(), slug).with(user(officer))).andReturn().getResponse().getContentAsString());
        var form = (org.jsoup.nodes.FormElement) page.selectFirst("form:has([name=_version])");
        var request = post("/filings/{id}/steps/{slug}", filing.getId(), slug).with(user(officer)).with(csrf())
                .param("_action", "save");
        for (org.jsoup.Connection.KeyVal shown : form.formData()) {
            if (!shown.key().equals("_csrf") && !shown.key().equals("_action") && !shown.key().equals(field)) {
                request.param(shown.key(), shown.value());
            }
        }
        if (field != null) {
            request.param(field, value);
        }
        return request;
    }

    /**
     * Found in a walk: a new company's first filing opened with 34 errors at Step 1 before its officer had typed
     * anything, because the administrator had given the company its credit code. What the administration gives is
     * not "filled in"; what an officer saved is.
     */
    @Test
    void aNewCompanysFirstFilingOpensWithStep1NotStartedUntilAnOfficerFilledItIn() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String name = TestFixtures.unique("新客户公司");
        mvc.perform(post("/admin/companies").with(user(admin)).with(csrf()).param("name", name)
                .param("creditCode", TestFixtures.uniqueCreditCode())).andExpect(status().is3xxRedirection());
        Company company = companies.findAll().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow();
        PortalUser newOfficer = PortalUser.of(fixtures.officer(company));
        org.jsoup.nodes.Document first = newFilingsStep1(newOfficer, company, "首个算法");
        assertThat(first.select(".checklist .empty").text()).isEqualTo("本步骤尚未开始：保存本步骤后，这里列出需要处理的问题。");
        assertThat(first.select(".checklist li")).isEmpty();

        var profile = FilingService.entityProfile(company);
        company.updateEntityProfile(com.cacfiling.domain.dossier.DomainJson.write(
                new com.cacfiling.domain.company.EntityProfile(profile.name(), profile.creditCode(), null,
                        "北京市海淀区中关村大街1号", null, null, null, null, null, null, null, null, null, null, null)),
                company.getCreditCode());
        companies.saveAndFlush(company);
        org.jsoup.nodes.Document second = newFilingsStep1(newOfficer, company, "第二个算法");
        assertThat(second.select(".checklist .empty")).isEmpty();
        assertThat(second.select(".checklist li.error")).isNotEmpty();
    }

    private org.jsoup.nodes.Document newFilingsStep1(PortalUser user, Company company, String algorithmName)
            throws Exception {
        String location = mvc.perform(post("/filings/new").with(user(user)).with(csrf())
                        .param("companyId", company.getId().toString()).param("algorithmName", algorithmName)
                        .param("role", "SERVICE_PROVIDER"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return org.jsoup.Jsoup.parse(mvc.perform(get(location).with(user(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** A late filing says so on its own pages (only the dashboard said "late"; found in a walk). */
    @Test
    void aFilingPastItsDeadlineSaysSoOnItsWorkflowPageAndAboveEveryStep() throws Exception {
        provider();
        java.time.LocalDate launched = filings.today().minusMonths(3);
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save").param("_version", String.valueOf(filings.get(filing.getId(), officer)
                        .getAlgorithm().getVersion()))
                .param("algorithm.basics.name", "向导算法").param("algorithm.basics.launchDate", launched.toString()));
        java.time.LocalDate due = filings.get(filing.getId(), officer).getDueDate();
        assertThat(due).isBefore(filings.today());
        for (String page : java.util.List.of("/filings/{id}/workflow", "/filings/{id}/steps/entity",
                "/filings/{id}/steps/review")) {
            String overdue = org.jsoup.Jsoup.parse(mvc.perform(get(page, filing.getId()).with(user(officer)))
                    .andReturn().getResponse().getContentAsString()).select("#overdue").text();
            assertThat(overdue).as(page).startsWith("已超过备案期限 " + due).contains("说明逾期原因");
        }
        String english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .param("lang", "en").with(user(officer))).andReturn().getResponse().getContentAsString())
                .select("#overdue").text();
        assertThat(english).startsWith("The filing deadline, " + due).contains("working days");

        // Once 其他事项 gives the reason, the banner stops asking for it, as the deadline's finding does.
        mvc.perform(post("/filings/{id}/steps/assessment", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save").param("_version", String.valueOf(filings.get(filing.getId(), officer)
                        .getAlgorithm().getVersion()))
                .param("algorithm.assessment.otherMatters", "服务上线时备案材料尚在准备，已于本月补齐。"))
                .andExpect(status().is3xxRedirection());
        String explained = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString()).select("#overdue").text();
        assertThat(explained).startsWith("已超过备案期限 " + due).contains("逾期原因已写入").doesNotContain("说明逾期原因");

        // In review, what is left is the report to the CAC once approved (found in a walk: "submit it for review at
        // once" to the officer who just had).
        filings.transition(officer, filing.getId(), (f, a) -> f.submitForReview(a));
        String inReview = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString()).select("#overdue").text();
        assertThat(inReview).startsWith("已超过备案期限 " + due).contains("审核通过后请立即报送网信办")
                .doesNotContain("提交审核");
    }

    @Test
    void productRowsAreAddedMovedAndRemovedAndSavedAsDrafts() throws Exception {
        provider();
        int versions = versionCount.versions(filing.getId()).size();
        var added = mvc.perform(post("/filings/{id}/steps/step3", filing.getId()).with(user(officer)).with(csrf())
                        .param("_action", "add:step3.products").param("_version", version()))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/steps/step3#f-step3-products-0"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("addedRow", "f-step3-products-0")).andReturn().getResponse();
        // A row added empty is kept for the page but makes no version (found in a walk: each added row was a version
        // equal to the one before).
        assertThat(versionCount.versions(filing.getId())).hasSize(versions);
        // Nor are its fields called missing on the page that shows it first; on a later visit they are.
        String addedFirst = mvc.perform(get("/filings/{id}/steps/step3", filing.getId()).with(user(officer))
                .cookie(added.getCookies())).andReturn().getResponse().getContentAsString();
        String later = mvc.perform(get("/filings/{id}/steps/step3", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(later).select(".field:has(#f-step3-products-0-name)").text())
                .contains("此项为必填项");
        assertThat(org.jsoup.Jsoup.parse(addedFirst).select(".field:has(#f-step3-products-0-name)").text())
                .doesNotContain("此项为必填项");
        // The checklist beside it neither (found in a re-check: six errors beside the quiet row).
        assertThat(org.jsoup.Jsoup.parse(later).select("aside.checklist").text()).contains("关联产品 1");
        assertThat(org.jsoup.Jsoup.parse(addedFirst).select("aside.checklist").text()).doesNotContain("关联产品 1");
        // Yet it does not call the step clean: it names the row still to be filled in (found in a walk: "no problems
        // on this step", then six errors after a reload).
        assertThat(org.jsoup.Jsoup.parse(addedFirst).select("aside.checklist").text())
                .doesNotContain("本步骤未发现问题").contains("新添加的一行尚待填写");
        assertThat(org.jsoup.Jsoup.parse(addedFirst).select("#added-row-waiting a").attr("href"))
                .isEqualTo("#f-step3-products-0");
        assertThat(org.jsoup.Jsoup.parse(later).select("#added-row-waiting")).isEmpty();
        // And the header counts the row's required fields as the later visit and the review do.
        assertThat(org.jsoup.Jsoup.parse(addedFirst).select(".progress-text").text())
                .isEqualTo(org.jsoup.Jsoup.parse(later).select(".progress-text").text());
        mvc.perform(post("/filings/{id}/steps/step3", filing.getId()).with(user(officer)).with(csrf())
                        .param("step3.products[0]._row", "1").param("step3.products[0].name", "产品甲")
                        .param("_action", "add:step3.products").param("_version", version()))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/steps/step3#f-step3-products-1"));
        assertThat(versionCount.versions(filing.getId())).hasSize(versions + 1);
        mvc.perform(post("/filings/{id}/steps/step3", filing.getId()).with(user(officer)).with(csrf())
                        .param("step3.products[0].name", "产品甲").param("step3.products[1].name", "产品乙")
                        .param("_action", "up:step3.products:1").param("_version", version()))
                .andExpect(status().is3xxRedirection());
        var step3 = (com.cacfiling.domain.filing.ProductsAndFunctions) filings.dossier(filing.getId(), officer)
                .filing().step3();
        assertThat(step3.products()).extracting(p -> p.name()).containsExactly("产品乙", "产品甲");
        mvc.perform(post("/filings/{id}/steps/step3", filing.getId()).with(user(officer)).with(csrf())
                        .param("step3.products[0].name", "产品乙").param("step3.products[1].name", "产品甲")
                        .param("_action", "remove:step3.products:0").param("_version", version()))
                .andExpect(status().is3xxRedirection());
        step3 = (com.cacfiling.domain.filing.ProductsAndFunctions) filings.dossier(filing.getId(), officer)
                .filing().step3();
        assertThat(step3.products()).extracting(p -> p.name()).containsExactly("产品甲");
    }

    @Autowired
    com.cacfiling.web.company.CompanyRepository companies;

    @Autowired
    com.cacfiling.web.changelog.ChangeLog versionCount;

    @Test
    void aNewFilingOfACompanyWhoseEntityIsFilledInShowsStepOneStarted() throws Exception {
        com.cacfiling.web.company.Company company = fixtures.company();
        com.cacfiling.domain.company.EntityProfile entity = com.cacfiling.domain.sample.SampleDossiers.entity();
        company.updateEntityProfile(com.cacfiling.domain.dossier.DomainJson.write(entity), null);
        companies.save(company);
        PortalUser owner = PortalUser.of(fixtures.officer(company));
        FilingRecord created = filings.create(owner, company.getId(), "第二个算法",
                com.cacfiling.web.filing.RoleChoice.SERVICE_PROVIDER).get(0);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity",
                created.getId()).with(user(owner))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#step-entity .not-started")).isEmpty();
        assertThat(page.select("#step-basic .not-started")).hasSize(1);
    }

    @Test
    void aNewFilingOpensCalmAndShowsAStepsFindingsOnceTheStepIsSaved() throws Exception {
        provider();
        mvc.perform(get("/filings/{id}/steps/entity", filing.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("此项为必填项。"))))
                .andExpect(content().string(containsString("未开始")));
        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save").param("_version",
                        String.valueOf(filings.get(filing.getId(), officer).getCompany().getEntityVersion())));
        mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("此项为必填项。"))));
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()));
        mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)))
                .andExpect(content().string(containsString("此项为必填项。")));
    }

    @Test
    void findingsAppearNextToTheFieldsAndInTheChecklist() throws Exception {
        provider();
        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save").param("_version",
                        String.valueOf(filings.get(filing.getId(), officer).getCompany().getEntityVersion())));
        mvc.perform(get("/filings/{id}/steps/entity", filing.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-entity-creditCode\"")))
                .andExpect(content().string(containsString("href=\"#f-entity-creditCode\"")))
                .andExpect(content().string(containsString("此项为必填项。")));
    }

    @Test
    void theZiCounterIsTheRulesCounter() throws Exception {
        provider();
        mvc.perform(post("/filings/{id}/zi-count", filing.getId()).with(user(officer)).with(csrf())
                        .param("text", "基于GPT模型 生成"))
                .andExpect(jsonPath("$.zi").value(7)).andExpect(jsonPath("$.limit").value(200));
    }

    /** The page shows the stored text's count when it arrives (no request per field when it loads). */
    @Test
    void theZiCounterArrivesWithThePage() throws Exception {
        provider();
        fixtures.fillWithDemo(filing, officer);
        String introduction = filings.dossier(filing.getId(), officer).filing().algorithm().profile().details()
                .introduction().text();
        int zi = com.cacfiling.rules.text.ZiCounter.count(introduction);
        assertThat(zi).isPositive();
        String page = mvc.perform(get("/filings/{id}/steps/detailed", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element counter = org.jsoup.Jsoup.parse(page)
                .selectFirst("p.zi-count[data-zi-for=f-algorithm-details-introduction]");
        assertThat(counter).isNotNull();
        assertThat(counter.hasAttr("data-zi-counted")).isTrue();
        assertThat(counter.text()).isEqualTo(zi + " / 200 字");
    }

    @Test
    void evidenceIsSniffedStoredAndListed() throws Exception {
        provider();
        byte[] fakePng = "<html>not an image</html>".getBytes();
        mvc.perform(multipart("/filings/{id}/evidence", filing.getId())
                        .file(new MockMultipartFile("file", "shot.png", "image/png", fakePng))
                        .param("title", "伪装的图片").param("kind", "SCREENSHOT").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("uploadError", "upload.wrongType"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        mvc.perform(multipart("/filings/{id}/evidence", filing.getId())
                        .file(new MockMultipartFile("file", "label.png", "application/octet-stream", png))
                        .param("title", "标识截图").param("kind", "SCREENSHOT").with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "evidence.uploaded"));
        var evidence = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment().evidence();
        assertThat(evidence).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("标识截图");
            assertThat(item.contentType()).isEqualTo("image/png");
            assertThat(item.sizeBytes()).isEqualTo(12L);
        });
        mvc.perform(get("/filings/{id}/evidence/{key}", filing.getId(), evidence.get(0).id()).with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().bytes(png));
    }

    @Test
    void anIncompleteFilingCannotBeSubmittedForReview() throws Exception {
        provider();
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "review.blocked"));
        assertThat(filings.get(filing.getId(), officer).getStatus().name()).isEqualTo("DRAFT");
        String review = mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-review\" disabled"))).andReturn()
                .getResponse().getContentAsString();
        // The table lists errors first, then warnings, then information (found in a re-check: by step only, an
        // error came last after two notes).
        java.util.List<String> levels = org.jsoup.Jsoup.parse(review).select("#findings tbody tr td:first-child")
                .eachText();
        assertThat(levels).contains("错误");
        java.util.List<String> order = java.util.List.of("错误", "警告", "提示");
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    }

    @Test
    void aDualRoleFilingCreatesTheLinkedPair() throws Exception {
        Company company = fixtures.company();
        officer = PortalUser.of(fixtures.officer(company));
        mvc.perform(post("/filings/new").with(user(officer)).with(csrf()).param("companyId", company.getId().toString())
                        .param("algorithmName", "双身份算法").param("role", "BOTH"))
                .andExpect(flash().attribute("message", "filing.createdPair"));
        var pair = filings.visibleFilings(officer);
        assertThat(pair).hasSize(2).extracting(f -> f.getAlgorithm().getId()).containsOnly(pair.get(0).getAlgorithm().getId());
        mvc.perform(get("/filings/{id}/steps/basic", pair.get(0).getId()).with(user(officer)))
                .andExpect(content().string(containsString("class=\"sibling\"")));
        // English names the other role in small letters inside the sentence (a walk read "the Technical supporter").
        var provider = pair.stream().filter(f -> f.getRole() == FilingRole.SERVICE_PROVIDER).findFirst().orElseThrow();
        String english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", provider.getId())
                .param("lang", "en").with(user(officer))).andReturn().getResponse().getContentAsString())
                .select("a.sibling").text();
        assertThat(english).isEqualTo("Open the technical supporter filing");
    }
}
