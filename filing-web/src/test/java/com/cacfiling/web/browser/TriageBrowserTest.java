package com.cacfiling.web.browser;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in real Chromium: a service is triaged step by step, the result says what applies with its basis, and
 * the obligations register lists it; an obligation gets its owner and evidence. At desktop width in Chinese and on
 * a 390 px phone in English (nothing wider than the screen). Screenshots triage-*.png.
 */
class TriageBrowserTest extends BrowserTestBase {

    private void answer(Page on, Map<String, Boolean> answers) {
        answers.forEach((id, yes) -> {
            if (on.isVisible("#q-" + id)) {
                on.check("#q-" + id + " input[value=" + (yes ? "yes" : "no") + "]");
            }
        });
        on.click("#save-triage");
        on.waitForLoadState();
    }

    private static void fitsTheScreen(Page on, String where) {
        int scrollWidth = ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
        int innerWidth = ((Number) on.evaluate("window.innerWidth")).intValue();
        assertThat(scrollWidth).as(where + " wider than the screen").isLessThanOrEqualTo(innerWidth);
    }

    private void journey(Page on, String lang, String suffix, boolean phone) throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String service = TestFixtures.unique("浏览器对话服务");
        login(on, officer.getUsername(), TestFixtures.PASSWORD);
        on.navigate(url("/services?lang=" + lang));
        if (phone) {
            fitsTheScreen(on, "services");
        }
        on.fill("#name", service);
        on.fill("#description", "自研大模型的公众对话服务");
        on.click("#create-service");
        on.waitForURL("**/triage");

        // Guided: first the questions asked without any answer; a "yes" shows the next ones at once, numbered in
        // order, and a "no" hides them again (found in a walk: each took a save, three saves for one service).
        assertThat(on.isVisible("#q-GENERATIVE")).isFalse();
        on.check("#q-PUBLIC input[value=yes]");
        assertThat(on.isVisible("#q-GENERATIVE")).isTrue();
        assertThat(on.isVisible("#q-OWN_MODEL")).isFalse();
        on.check("#q-GENERATIVE input[value=yes]");
        on.check("#q-PUBLIC_OPINION input[value=yes]");
        assertThat(on.isVisible("#q-OWN_MODEL")).isTrue();
        assertThat(on.textContent("#q-GENERATIVE .num")).isEqualTo("2. ");
        assertThat(on.textContent("#q-PUBLIC_OPINION .num")).isEqualTo("3. ");
        // A question answered no longer says "not answered yet"; the count of those left follows.
        assertThat(on.isVisible("#q-GENERATIVE .unanswered")).isFalse();
        assertThat(on.textContent("#open-questions")).doesNotContain("%N%").containsPattern("\\d");
        on.check("#q-PUBLIC input[value=no]");
        assertThat(on.isVisible("#q-GENERATIVE")).isFalse();
        assertThat(on.isVisible("#q-OWN_MODEL")).isFalse();
        on.check("#q-PUBLIC input[value=yes]");
        assertThat(on.isVisible("#q-OWN_MODEL")).as("the answers chosen are still there").isTrue();
        screenshot(on, "triage-questions-" + suffix);
        if (phone) {
            fitsTheScreen(on, "questionnaire");
        }
        // Every question answered in one go: one save gives the result.
        for (String id : List.of("PUBLIC", "GENERATIVE", "PUBLIC_OPINION", "OWN_MODEL", "SELLS_API",
                "BIOMETRIC_OR_CHANGE", "MOBILISATION_RND", "COMPANION")) {
            if (on.isVisible("#q-" + id)) {
                on.check("#q-" + id + " input[value=" + (TestFixtures.SELF_BUILT_CHAT.get(id) ? "yes" : "no") + "]");
            }
        }
        on.click("#save-triage");
        on.waitForLoadState();
        for (int round = 0; round < 2 && on.url().contains("/triage"); round++) {
            answer(on, TestFixtures.SELF_BUILT_CHAT);
        }
        assertThat(on.url()).as("one save answered everything").doesNotContain("/triage");
        String result = on.textContent("main");
        if ("en".equals(lang)) {
            assertThat(result).contains("Algorithm filing (service provider)",
                    "Generative AI service filing (large-model filing)", "Labelling of AI-generated content",
                    "Algorithm Recommendation Provisions Art. 24");
        }
        else {
            assertThat(result).contains("算法备案（服务提供者）", "生成式人工智能服务上线备案（大模型备案）",
                    "人工智能生成合成内容标识", "《互联网信息服务算法推荐管理规定》第二十四条");
        }
        assertThat(on.getAttribute("#obligation-LARGE_MODEL_FILING a.start-work", "href"))
                .startsWith("/model-filings/new?route=FILING&service=");
        assertThat(on.getAttribute("#obligation-ALGORITHM_FILING_PROVIDER a.start-work", "href"))
                .startsWith("/filings/new?role=SERVICE_PROVIDER&company=");
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("triage-result-" + suffix + ".png")));
        if (phone) {
            fitsTheScreen(on, "result");
        }

        // The register lists what applies; the labelling obligation gets its owner, evidence and review date.
        on.click("#service-register");
        on.waitForLoadState();
        assertThat(on.locator("#obligations tbody tr").count()).isEqualTo(6);
        screenshot(on, "triage-register-" + suffix);
        if (phone) {
            fitsTheScreen(on, "register");
        }
        on.locator("#obligations a.open-obligation").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("en".equals(lang) ? "Labelling" : "标识")).first().click();
        on.waitForLoadState();
        on.selectOption("#status", "IN_PROGRESS");
        on.selectOption("#ownerId", officer.getId().toString());
        on.fill("#evidenceLink", "not a link");
        on.click("#save-obligation");
        on.waitForLoadState();
        assertThat(on.textContent(".field-error")).contains("en".equals(lang) ? "http://" : "http://");
        assertThat(on.inputValue("#evidenceLink")).isEqualTo("not a link");
        on.fill("#evidenceLink", "https://docs.example.cn/aigc-label");
        on.fill("#nextReview", "2027-03-01");
        on.click("#save-obligation");
        on.waitForLoadState();
        assertThat(on.textContent(".flash")).isNotBlank();
        // Reopened: the values are there.
        on.reload();
        assertThat(on.inputValue("#evidenceLink")).isEqualTo("https://docs.example.cn/aigc-label");
        assertThat(on.inputValue("#nextReview")).isEqualTo("2027-03-01");
        screenshot(on, "triage-obligation-" + suffix);
        if (phone) {
            fitsTheScreen(on, "obligation");
        }
        on.navigate(url("/obligations"));
        assertThat(on.textContent("#obligations")).contains(service);
    }

    @Test
    void theLabellingChecklistIsOpenedFromTheResultSavedIntoTheFilingAndASampleIsChecked() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        var filing = fixtures.filing(company, "浏览器标识算法");
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/services"));
        page.fill("#name", TestFixtures.unique("标识服务"));
        page.click("#create-service");
        page.waitForURL("**/triage");
        for (int round = 0; round < 5 && page.url().contains("/triage"); round++) {
            answer(page, TestFixtures.SELF_BUILT_CHAT);
        }
        page.click("#obligation-LABELLING a.start-work");
        page.waitForURL("**/filings/" + filing.getId() + "/labelling**");
        for (String modality : List.of("TEXT", "IMAGE")) {
            page.check("#modality-" + modality + " input[name=modalities]");
            page.check("#modality-" + modality + " input[name=explicitDone]");
        }
        for (String id : List.of("interface-label", "downloads-label", "implicit-metadata", "agreement-clause",
                "user-declaration")) {
            page.check("#" + id + " input[value=true]");
        }
        page.check("#log-duty input[value=LOGGED_SIX_MONTHS]");
        page.click("#save-labelling");
        page.waitForLoadState();
        assertThat(page.textContent("#gaps")).contains("清单各项均已落实。").contains("已全部落实")
                .doesNotContain("尚待完成");
        // The filing's own labelling questions now say yes.
        page.navigate(url("/filings/" + filing.getId() + "/steps/detailed"));
        assertThat(page.isChecked("input[name='algorithm.details.riskPrevention.implicitLabel'][value=true]")).isTrue();
        page.navigate(url("/filings/" + filing.getId() + "/labelling"));

        java.nio.file.Path sample = Files.createTempFile("aigc-sample", ".png");
        Files.write(sample, com.cacfiling.web.labelling.LabellingTestFiles.pngWithText("AIGC",
                "{\"Label\":\"1\",\"ContentProducer\":\"001191110108MA01N7QX00LX001\",\"ProduceID\":\"b-1\"}"));
        page.setInputFiles("#sample-file", sample);
        page.click("#check-sample");
        page.waitForLoadState();
        assertThat(page.textContent("#sample-result")).contains("元数据中含有完整的 AIGC 隐式标识");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("labelling-checklist-zh.png")));
        Files.deleteIfExists(sample);
    }

    @Test
    void triageResultAndRegisterAtDesktopWidthInChinese() throws Exception {
        journey(page, "zh-CN", "desktop-zh", false);
    }

    @Test
    void triageResultAndRegisterOnA390PixelPhoneInEnglish() throws Exception {
        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("en"));
        phone.setDefaultTimeout(20_000);
        try {
            journey(phone.newPage(), "en", "phone-en", true);
        }
        finally {
            phone.close();
        }
        assertThat(Files.exists(SCREENSHOTS.resolve("triage-result-phone-en.png"))).isTrue();
    }
}
