package com.cacfiling.web.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6's journeys in a real browser, as a compliance officer would go through them. */
class OfficerBrowserTest extends BrowserTestBase {

    private static final byte[] PNG = pngBytes();

    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> page.fill("#" + id, value));
    }

    private void yes(String id, boolean answer) {
        page.check("#" + id + " input[value=" + answer + "]");
    }

    private void saveAndContinue() {
        page.click("#save-next");
        page.waitForLoadState();
    }

    @Test
    void anOfficerCompletesAProviderFilingFromAnEmptyAccountToADownloadedDossier() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String creditCode = TestFixtures.uniqueCreditCode();
        String launch = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40).toString();
        login(page, officer.getUsername(), TestFixtures.PASSWORD);

        // An empty account: no filings yet.
        page.navigate(url("/filings"));
        assertThat(page.textContent("main")).contains("暂无备案");
        page.click("#new-filing");
        page.fill("#algorithmName", "浏览器测试生成算法");
        page.check("input[name=role][value=SERVICE_PROVIDER]");
        screenshot(page, "new-filing-zh");
        page.click("#create-filing");
        page.waitForURL("**/steps/entity");

        // Step 1: entity and responsibility table.
        Map<String, String> entity = new LinkedHashMap<>();
        entity.put("f-entity-creditCode", creditCode);
        entity.put("f-entity-registeredAddress", "北京市海淀区测试路1号");
        entity.put("f-entity-registeredCapitalWanYuan", "500");
        entity.put("f-entity-establishedOn", "2021-03-01");
        entity.put("f-entity-certificateNumber", creditCode);
        entity.put("f-entity-legalRepresentative-name", "王法人");
        entity.put("f-entity-legalRepresentative-idNumber", "110105198503120020");
        entity.put("f-entity-legalRepresentative-phone", "13800001234");
        entity.put("f-entity-legalRepresentative-email", "legal@example.cn");
        entity.put("f-entity-securityOfficer-name", "李安全");
        entity.put("f-entity-securityOfficer-title", "安全负责人");
        entity.put("f-entity-securityOfficer-idNumber", "330106199007081511");
        entity.put("f-entity-securityOfficer-phone", "13900001111");
        entity.put("f-entity-securityOfficer-email", "security@example.cn");
        entity.put("f-entity-contact-name", "赵联络");
        entity.put("f-entity-contact-title", "合规经理");
        entity.put("f-entity-contact-mobile", "13700002222");
        entity.put("f-entity-contact-email", "contact@example.cn");
        entity.put("f-entity-contact-officeAddress", "北京市海淀区测试路1号2层");
        entity.put("f-entity-contact-postalCode", "100080");
        entity.put("f-entity-icp-number", "京ICP备2021012345号-1");
        entity.put("f-entity-icp-entityName", company.getName());
        entity.put("f-entity-responsibilityTable-body-name", "算法安全小组");
        entity.put("f-entity-responsibilityTable-body-establishedOn", "2024-01-02");
        entity.put("f-entity-responsibilityTable-body-setUp", "由技术负责人牵头设立算法安全小组。");
        entity.put("f-entity-responsibilityTable-body-head-name", "李安全");
        entity.put("f-entity-responsibilityTable-body-head-phone", "13900001111");
        entity.put("f-entity-responsibilityTable-body-staffRequirements", "具备内容安全与数据安全背景。");
        entity.put("f-entity-responsibilityTable-body-staffingSize", "6");
        entity.put("f-entity-responsibilityTable-body-technicalSafeguards", "内容审核平台与日志审计系统。");
        fill(entity);
        page.selectOption("#f-entity-entityType", "ENTERPRISE");
        page.selectOption("#f-entity-certificateType", "BUSINESS_LICENCE");
        yes("f-entity-operatingTermUnlimited", true);
        for (int i = 0; i < 8; i++) {
            String kind = com.cacfiling.domain.company.PolicyKind.values()[i].name().replace("_", "-");
            page.fill("#f-entity-responsibilityTable-policies-" + kind + "-title", "第" + (i + 1) + "项管理制度");
            page.fill("#f-entity-responsibilityTable-policies-" + kind + "-content", "制度内容说明第" + (i + 1) + "条，定期执行并留存记录。");
        }
        saveAndContinue();
        page.waitForURL("**/steps/basic");
        assertThat(page.textContent("#step-entity .ready")).isEqualTo("100%");

        // Step 2: basic information.
        page.selectOption("#f-algorithm-basics-algorithmType", "GENERATIVE_SYNTHESIS");
        page.fill("#f-algorithm-basics-launchDate", launch);
        page.check("#f-algorithm-basics-applicationAreas input[value=GENERAL_QA]");
        saveAndContinue();
        page.waitForURL("**/steps/detailed");

        // Step 2: detailed information, with the live 字 counter.
        page.fill("#f-algorithm-details-introduction", "本服务基于大语言模型，根据用户输入生成问答结果和写作建议。");
        // 29 字 as the rules count them (each character and full-width mark), updated while typing.
        page.waitForFunction("() => document.querySelector('[data-zi-for=f-algorithm-details-introduction]').textContent.startsWith('29 / 200')");
        page.check("#f-algorithm-details-usageScenario input[value=INTELLIGENT_DIALOGUE]");
        page.check("#f-algorithm-details-data-inputModalities input[value=TEXT]");
        yes("f-algorithm-details-data-inputBiometric", false);
        yes("f-algorithm-details-data-inputIdentity", false);
        page.check("#f-algorithm-details-data-outputModalities input[value=TEXT]");
        page.check("#f-algorithm-details-data-outputFormats input[value=TXT]");
        page.fill("#f-algorithm-details-data-outputFileSize", "单次不超过1MB");
        yes("f-algorithm-details-data-batchOutput", false);
        yes("f-algorithm-details-model-trainingOverseasData", false);
        page.selectOption("#f-algorithm-details-model-trainingDataGeneration", "LICENSED_DATA");
        yes("f-algorithm-details-model-trainingPersonalInformation", false);
        page.check("#f-algorithm-details-model-generativeAlgorithmType input[value=TEXT_TO_TEXT]");
        page.fill("#f-algorithm-details-model-hardwareRequirements", "GPU服务器8卡");
        page.fill("#f-algorithm-details-model-performance", "平均响应时间1.5秒");
        page.selectOption("#f-algorithm-details-model-calculationMethod", "CLOUD");
        yes("f-algorithm-details-strategy-preprocessTrainingData", true);
        yes("f-algorithm-details-strategy-preprocessInput", true);
        yes("f-algorithm-details-strategy-postprocessOutput", true);
        yes("f-algorithm-details-riskPrevention-implicitLabel", true);
        yes("f-algorithm-details-riskPrevention-explicitLabel", true);
        yes("f-algorithm-details-riskPrevention-remindUsersToLabel", true);
        page.selectOption("#f-algorithm-details-riskPrevention-userDataSecurity", "COMPREHENSIVE");
        page.selectOption("#f-algorithm-details-riskPrevention-refutationMechanism", "COMPREHENSIVE");
        page.selectOption("#f-algorithm-details-riskPrevention-harmfulContentMechanism", "MACHINE_AND_HUMAN_REVIEW");
        page.fill("#f-algorithm-details-riskPrevention-explanation", "建立输入输出审核、内容标识、举报处置和辟谣机制。");
        screenshot(page, "wizard-detailed-zh");
        saveAndContinue();
        page.waitForURL("**/steps/assessment");

        // Self-assessment: evidence first, then flow, risks with a measure that points at it.
        page.fill("#evidence-title", "内容审核后台截图");
        page.setInputFiles("#evidence-file", new FilePayload("review.png", "image/png", PNG));
        page.click("#evidence-submit");
        page.waitForURL("**/steps/assessment**");
        assertThat(page.textContent("#evidence")).contains("内容审核后台截图");
        page.click("#add-f-algorithm-assessment-flow");
        page.waitForSelector("#f-algorithm-assessment-flow-0-name");
        page.fill("#f-algorithm-assessment-flow-0-name", "输入审核");
        page.selectOption("#f-algorithm-assessment-flow-0-kind", "RULE");
        page.click("#add-f-algorithm-assessment-flow");
        page.waitForSelector("#f-algorithm-assessment-flow-1-name");
        page.fill("#f-algorithm-assessment-flow-1-name", "模型生成");
        page.selectOption("#f-algorithm-assessment-flow-1-kind", "MODEL");
        page.click("#add-f-algorithm-assessment-risks");
        page.waitForSelector("#f-algorithm-assessment-risks-0-category");
        page.selectOption("#f-algorithm-assessment-risks-0-category", "ABUSE");
        page.fill("#f-algorithm-assessment-risks-0-description", "可能被用于批量生成虚假信息。");
        page.click("button[value='add:algorithm.assessment.risks[0].measures']");
        page.waitForSelector("#f-algorithm-assessment-risks-0-measures-0-kind");
        page.selectOption("#f-algorithm-assessment-risks-0-measures-0-kind", "CONTENT_GOVERNANCE");
        page.fill("#f-algorithm-assessment-risks-0-measures-0-description", "机器审核与人工复核结合。");
        page.check("#f-algorithm-assessment-risks-0-measures-0 input[type=checkbox]");
        // A generative filing describes how it labels its content (Labelling Measures), with the evidence.
        page.click("button[value='add:algorithm.assessment.risks[0].measures']");
        page.waitForSelector("#f-algorithm-assessment-risks-0-measures-1-kind");
        page.selectOption("#f-algorithm-assessment-risks-0-measures-1-kind", "LABELLING");
        page.fill("#f-algorithm-assessment-risks-0-measures-1-description", "生成内容添加显式提示和元数据隐式标识。");
        page.check("#f-algorithm-assessment-risks-0-measures-1 input[type=checkbox]");
        Map<String, String> assessment = new LinkedHashMap<>();
        assessment.put("f-algorithm-assessment-scope", "面向境内公众提供问答服务。");
        assessment.put("f-algorithm-assessment-servedUsers", "个人用户");
        assessment.put("f-algorithm-assessment-userCount", "50000");
        assessment.put("f-algorithm-assessment-socialImpact", "提升信息获取效率。");
        assessment.put("f-algorithm-assessment-softwareHardware", "自研推理服务部署于云服务器。");
        assessment.put("f-algorithm-assessment-deploymentLocation", "中国境内（北京）");
        assessment.put("f-algorithm-assessment-assessmentDate", "2026-11-20");
        assessment.put("f-algorithm-assessment-reportDate", "2026-11-21");
        assessment.put("f-algorithm-assessment-conclusion", "风险总体可控。");
        assessment.put("f-algorithm-disclosure-basicPrinciple", "根据上下文预测并生成文本。");
        assessment.put("f-algorithm-disclosure-operatingMechanism", "输入经审核后由模型生成，输出经审核和标识后展示。");
        assessment.put("f-algorithm-disclosure-applicationScenarios", "智能问答与写作辅助。");
        assessment.put("f-algorithm-disclosure-purpose", "帮助用户高效获取信息。");
        fill(assessment);
        saveAndContinue();
        page.waitForURL("**/steps/step3");

        // Step 3: one product.
        page.click("#add-f-step3-products");
        page.waitForSelector("#f-step3-products-0-name");
        page.fill("#f-step3-products-0-name", "测试助手网页版");
        page.selectOption("#f-step3-products-0-form", "WEBSITE");
        page.fill("#f-step3-products-0-accessAddress", "https://assistant.example.cn");
        page.fill("#f-step3-products-0-functions", "智能问答");
        page.fill("#f-step3-products-0-userScale", "日活约1万");
        page.fill("#f-step3-products-0-launchDate", launch);
        saveAndContinue();
        page.waitForURL("**/steps/review");

        // Review: no error left, previews, the dossier downloads, and it goes to review.
        assertThat(page.isVisible("#ready")).as(page.textContent("#findings")).isTrue();
        // Ready, what is left are notes: their links are not in the errors' red (a walk read them as errors).
        assertThat(page.locator("#findings tr.info a").count()).isPositive();
        assertThat(page.evalOnSelector("#findings tr.info a", "a => getComputedStyle(a).color"))
                .isEqualTo("rgb(82, 96, 109)");
        screenshot(page, "wizard-review-zh");
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000), () -> page.click("#download-dossier"));
        Path zip = download.path();
        assertThat(download.suggestedFilename()).isEqualTo("算法备案材料-浏览器测试生成算法-服务提供者.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("manifest.json", "dossier.json",
                "zh-CN/算法安全自评估报告-浏览器测试生成算法.pdf", "en/Filing commitment letter-浏览器测试生成算法.docx");
        // The uploaded screenshot is in the ZIP as uploaded, and the manifest lists it with the measure it supports.
        String evidencePath = entries.keySet().stream().filter(name -> name.startsWith("evidence/")).findFirst()
                .orElseThrow();
        assertThat(evidencePath).endsWith("-review.png");
        assertThat(entries.get(evidencePath)).isEqualTo(PNG);
        assertThat(entries).hasSize(21);
        tools.jackson.databind.JsonNode listed = null;
        for (tools.jackson.databind.JsonNode file : tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(entries.get("manifest.json")).get("files")) {
            if (file.get("path").asString().equals(evidencePath)) {
                listed = file;
            }
        }
        assertThat(listed).as("manifest entry of " + evidencePath).isNotNull();
        assertThat(listed.get("size").asLong()).isEqualTo(PNG.length);
        assertThat(listed.get("sha256").asString()).isEqualTo(com.cacfiling.docs.bundle.DossierBundle.sha256(PNG));
        assertThat(listed.get("supports").get(0).get("description").asString()).isEqualTo("机器审核与人工复核结合。");
        page.click("#submit-review");
        page.waitForURL("**/confirm/submit-for-review**");
        screenshot(page, "confirm-submit-zh");
        page.click("#confirm-move");
        page.waitForLoadState();
        assertThat(page.textContent(".meta .badge")).isEqualTo("审核中");
        // In review it can no longer be submitted, and its review step does not say it can.
        page.click("#step-review");
        page.waitForURL("**/steps/review");
        assertThat(page.textContent("#ready")).isEqualTo("未发现错误。").doesNotContain("提交");
        assertThat(page.isVisible("#submit-review")).isFalse();
    }

    @Test
    void aDualRoleFilingCreatesTwoLinkedFilingsSharingTheAlgorithm() {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/new"));
        page.fill("#algorithmName", "双身份浏览器算法");
        page.check("input[name=role][value=BOTH]");
        page.click("#create-filing");
        page.waitForURL("**/steps/entity");
        assertThat(page.textContent(".flash")).contains("两条关联备案");
        page.click("#step-basic");
        page.fill("#f-algorithm-basics-name", "双身份浏览器算法V2");
        page.click("#save");
        page.waitForLoadState();
        page.click("a.sibling");
        page.waitForURL("**/steps/**");
        assertThat(page.textContent(".meta")).contains("服务技术支持者");
        page.click("#step-basic");
        assertThat(page.inputValue("#f-algorithm-basics-name")).isEqualTo("双身份浏览器算法V2");
        page.navigate(url("/filings"));
        assertThat(page.locator("#filings tbody tr").count()).isEqualTo(2);
        screenshot(page, "filings-list-zh");
    }

    @Test
    void aConflictingEditIsShownAndNothingIsSilentlyOverwritten() {
        Company company = fixtures.company();
        UserAccount first = fixtures.officer(company);
        UserAccount second = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "并发浏览器算法");
        login(page, first.getUsername(), TestFixtures.PASSWORD);
        BrowserContext otherContext = newContext();
        Page other = otherContext.newPage();
        login(other, second.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/basic"));
        other.navigate(url("/filings/" + filing.getId() + "/steps/basic"));

        page.fill("#f-algorithm-basics-name", "第一位的名称");
        page.click("#save");
        page.waitForLoadState();
        other.fill("#f-algorithm-basics-name", "第二位的名称");
        Response response = other.waitForResponse(r -> r.url().endsWith("/steps/basic")
                && "POST".equals(r.request().method()), () -> other.click("#save"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(other.textContent("#conflict")).contains("第一位的名称", "第二位的名称");
        screenshot(other, "wizard-conflict-zh");
        // Keeping one's own text is a deliberate second save.
        other.click("#save");
        other.waitForLoadState();
        assertThat(other.inputValue("#f-algorithm-basics-name")).isEqualTo("第二位的名称");
        otherContext.close();
    }

    @Test
    void anotherCompanysFilingUrlIsNotFound() {
        FilingRecord foreign = fixtures.filing(fixtures.company(), "别家公司的算法");
        UserAccount officer = fixtures.officer(fixtures.company());
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        Response response = page.navigate(url("/filings/" + foreign.getId() + "/steps/basic"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.textContent("main")).contains("未找到").doesNotContain("别家公司的算法");
    }

    @Test
    void theInterfaceReadsInEnglish() {
        UserAccount officer = fixtures.officer(fixtures.company());
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        FilingRecord filing = fixtures.filing(officer.getCompany(), "English UI algorithm");
        page.navigate(url("/filings/" + filing.getId() + "/steps/detailed?lang=en"));
        assertThat(page.textContent(".steps")).contains("Algorithm details", "Review and download", "Not started");
        // A first answer starts the step (an unchanged save of an empty one leaves it not started).
        page.fill("#f-algorithm-details-introduction", "Replies are generated from the user's conversation.");
        page.click("#save");
        page.waitForLoadState();
        assertThat(page.textContent("main")).contains("Input data modalities", "This field is required.");
        screenshot(page, "wizard-detailed-en");
        page.navigate(url("/filings/" + filing.getId() + "/steps/review?lang=en"));
        screenshot(page, "wizard-review-en");
    }

    private static byte[] pngBytes() {
        try {
            var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
