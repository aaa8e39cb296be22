package com.cacfiling.web.browser;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defect that 170 green tests missed: in real Chromium, open every step of a complete filing, press 保存草稿
 * without touching anything, and every stored value (dates included) is still there, in Chinese and in English.
 * Then a typed invalid value is still in its field after the reload.
 */
class SecondVisitBrowserTest extends BrowserTestBase {

    private static final List<String> STEPS = List.of("entity", "basic", "detailed", "assessment", "step3");

    @Autowired
    FilingService filings;

    @Test
    void savingEveryStepOfTheDemoFilingUnchangedChangesNothingInEitherLanguage() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        PortalUser officer = signedIn.officer();
        FilingRecord filing = signedIn.filing();
        for (String lang : List.of("zh-CN", "en")) {
            for (String step : STEPS) {
                String before = stored(filing.getId(), officer);
                page.navigate(url("/filings/" + filing.getId() + "/steps/" + step + "?lang=" + lang));
                if (step.equals("basic")) {
                    assertThat(page.inputValue("#f-algorithm-basics-launchDate")).as("the date shows in the field")
                            .isEqualTo("2026-12-15");
                }
                page.click("#save");
                page.waitForURL("**/steps/" + step);
                assertThat(page.textContent(".flash")).isNotBlank();
                assertThat(stored(filing.getId(), officer)).as("%s saved unchanged in %s", step, lang)
                        .isEqualTo(before);
            }
        }
        screenshot(page, "second-visit-step3-en");
    }

    /**
     * Found in a walk: a Step 1 edit not yet saved was lost by uploading the business licence (the upload is a form
     * of its own, which left the page). The edit is saved first, then the file goes; no leave-page dialog.
     */
    @Test
    void uploadingAStep1DocumentKeepsWhatWasTypedAndNotSaved() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        FilingRecord filing = signedIn.filing();
        page.navigate(url("/filings/" + filing.getId() + "/steps/entity"));
        page.onDialog(dialog -> {
            throw new AssertionError("no dialog expected: " + dialog.type() + " " + dialog.message());
        });
        page.fill("#f-entity-contact-title", "合规总监兼法务");
        page.setInputFiles("#entity-file-BUSINESS_LICENCE", new com.microsoft.playwright.options.FilePayload(
                "licence.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.click("#entity-upload-BUSINESS_LICENCE");
        page.waitForURL("**/steps/entity#entity-document-BUSINESS_LICENCE");
        // Said beside the upload's own notice (found in a re-check: only "uploaded" was said), in the row the page
        // lands on (found in a walk: at 390 px both notices were 9,000 px above it).
        assertThat(page.textContent("#entity-document-BUSINESS_LICENCE #entity-file-uploaded-BUSINESS_LICENCE"))
                .isEqualTo("材料已上传。");
        assertThat(page.textContent("#entity-document-BUSINESS_LICENCE #saved-first"))
                .isEqualTo("本步骤中尚未保存的修改已先行保存。");
        page.reload();
        assertThat(page.locator("#saved-first").count()).isZero();
        assertThat(page.inputValue("#f-entity-contact-title")).isEqualTo("合规总监兼法务");
        assertThat(page.textContent("#entity-document-BUSINESS_LICENCE")).contains("licence.pdf");
        assertThat(stored(filing.getId(), signedIn.officer())).contains("合规总监兼法务");
    }

    /**
     * Found in a walk: 营业期限至 stayed marked required after 营业期限为长期 was answered yes, until a save. The mark
     * follows the answer as it is chosen, both ways, and after a reload stands as saved.
     */
    @Test
    void aFieldRequiredByAnotherAnswerIsMarkedAsThatAnswerIsChosen() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        page.navigate(url("/filings/" + signedIn.filing().getId() + "/steps/entity"));
        String mark = "label[for=f-entity-operatingTermEnd] .required-when";
        page.check("input[name='entity.operatingTermUnlimited'][value=true]");
        assertThat(page.isVisible(mark)).isFalse();
        page.check("input[name='entity.operatingTermUnlimited'][value=false]");
        assertThat(page.isVisible(mark)).isTrue();
        assertThat(page.textContent(mark)).contains("*");
        page.check("input[name='entity.operatingTermUnlimited'][value=true]");
        assertThat(page.isVisible(mark)).isFalse();
    }

    @Test
    void aTypedInvalidCreditCodeIsStillThereAfterTheReload() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        FilingRecord filing = demoFiling(company, PortalUser.of(account));
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/entity"));
        page.fill("#f-entity-creditCode", "91110108MA01N7QX0Z");
        page.click("#save");
        page.waitForURL("**/steps/entity");
        page.reload();
        assertThat(page.inputValue("#f-entity-creditCode")).isEqualTo("91110108MA01N7QX0Z");
        assertThat(page.textContent(".field:has(#f-entity-creditCode) .field-error"))
                .contains("统一社会信用代码不正确");
        screenshot(page, "typed-invalid-credit-code-zh");
    }

    @Test
    void enterInAFieldOfATableRowSavesTheStepAndNeverRemovesOrMovesTheRow() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        PortalUser officer = signedIn.officer();
        FilingRecord filing = signedIn.filing();
        page.navigate(url("/filings/" + filing.getId() + "/steps/step3"));
        page.click("button[value^='remove:step3.products'][value$=':1']");
        page.waitForURL("**/steps/step3**");
        String oneProduct = stored(filing.getId(), officer);
        assertThat(page.locator("#f-step3-products-1-name").count()).isZero();

        // The row's first button is its remove button, the first submit button of the form after the hidden one.
        page.fill("#f-step3-products-0-entryPoint", "首页对话入口（顶部）");
        page.press("#f-step3-products-0-entryPoint", "Enter");
        page.waitForURL("**/steps/step3");
        assertThat(page.inputValue("#f-step3-products-0-entryPoint")).isEqualTo("首页对话入口（顶部）");
        assertThat(page.inputValue("#f-step3-products-0-name")).isNotBlank();
        assertThat(stored(filing.getId(), officer)).isNotEqualTo(oneProduct).contains("首页对话入口（顶部）");

        // The same on the assessment step, whose first row button belongs to the flow table.
        page.navigate(url("/filings/" + filing.getId() + "/steps/assessment"));
        String before = stored(filing.getId(), officer);
        page.press(".step-form .rowtools >> xpath=.. >> input[type='text'] >> nth=0", "Enter");
        page.waitForURL("**/steps/assessment");
        assertThat(stored(filing.getId(), officer)).isEqualTo(before);
    }

    @Test
    void aDateTheBrowserCannotReadIsNotSentAndTheSavedDateStays() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        PortalUser officer = signedIn.officer();
        FilingRecord filing = signedIn.filing();
        for (String lang : List.of("zh-CN", "en")) {
            page.navigate(url("/filings/" + filing.getId() + "/steps/basic?lang=" + lang));
            String before = stored(filing.getId(), officer);
            String url = page.url();
            // The date field's parts follow the browser's own language (here month/day/year, whatever the page's),
            // and 30 February is never a date.
            page.click("#f-algorithm-basics-launchDate", new com.microsoft.playwright.Page.ClickOptions()
                    .setPosition(4, 8));
            page.keyboard().type("02302026");
            assertThat((Boolean) page.evaluate("() => document.getElementById('f-algorithm-basics-launchDate')"
                    + ".validity.badInput")).as("the browser holds an unreadable date").isTrue();
            page.click("#save");
            assertThat(page.textContent(".field:has(#f-algorithm-basics-launchDate) .field-error"))
                    .isEqualTo(lang.equals("en")
                            ? "Enter a date that exists: choose it in the date picker or type its day, month and year in full."
                            : "请输入有效日期：在日期选择器中选择，或完整输入年、月、日（须为真实存在的日期）。");
            screenshot(page, "bad-date-not-sent-" + lang);
            assertThat(page.url()).isEqualTo(url);
            assertThat(stored(filing.getId(), officer)).as("nothing sent, nothing saved").isEqualTo(before);
            // Another tab: this one keeps what was typed, and leaving it would ask first.
            com.microsoft.playwright.Page other = context.newPage();
            other.navigate(url("/filings/" + filing.getId() + "/steps/basic"));
            assertThat(other.inputValue("#f-algorithm-basics-launchDate")).isEqualTo("2026-12-15");
            other.close();
        }
    }

    @Test
    void aSaveRefusedBecauseAColleagueSavedFirstKeepsTheirValuesInTheFieldsThisUserDidNotChange() {
        SignedIn signedIn = signedInWithTheDemoFiling();
        PortalUser officer = signedIn.officer();
        FilingRecord filing = signedIn.filing();
        String basic = url("/filings/" + filing.getId() + "/steps/basic");
        com.microsoft.playwright.Page mine = context.newPage();
        mine.navigate(basic);
        page.navigate(basic);
        page.fill("#f-algorithm-basics-name", "灵犀对话生成算法（同事改）");
        page.click("#save");
        page.waitForURL("**/steps/basic");

        // This tab still shows the old name; its user changes the application areas and the launch date. Two
        // changed fields: the browser sends the list of their names with CRLF line breaks, as every form value.
        String area = "#g-basics input[name='algorithm.basics.applicationAreas'] >> nth=0";
        boolean wasChecked = mine.isChecked(area);
        mine.setChecked(area, !wasChecked);
        mine.fill("#f-algorithm-basics-launchDate", "2026-12-20");
        mine.click("#save");
        assertThat(mine.textContent("#conflict")).doesNotContain("算法名称");
        assertThat(mine.inputValue("#f-algorithm-basics-name")).isEqualTo("灵犀对话生成算法（同事改）");
        assertThat(mine.isChecked(area)).isEqualTo(!wasChecked);
        assertThat(mine.inputValue("#f-algorithm-basics-launchDate")).isEqualTo("2026-12-20");
        screenshot(mine, "conflict-keeps-colleagues-name");
        mine.click("#save");
        mine.waitForURL("**/steps/basic");
        var saved = filings.dossierOf(filings.get(filing.getId(), officer)).filing().algorithm().profile().basics();
        assertThat(saved.name()).isEqualTo("灵犀对话生成算法（同事改）");
        assertThat(saved.launchDate()).hasToString("2026-12-20");
        assertThat(saved.applicationAreas()).hasSize(wasChecked
                ? SampleDossiers.algorithmProfile().basics().applicationAreas().size() - 1
                : SampleDossiers.algorithmProfile().basics().applicationAreas().size() + 1);
        mine.close();
    }

    @Test
    void aCreditCodeTypedOnceIsOfferedForTheCertificateNumberAndFilledWithOneClick() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "一次录入算法", FilingRole.SERVICE_PROVIDER);
        String code = TestFixtures.uniqueCreditCode();
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/entity"));
        page.fill("#f-entity-creditCode", code);
        page.click("#save");
        page.waitForURL("**/steps/entity");
        page.click("button.suggest[data-fill=f-entity-certificateNumber]");
        assertThat(page.inputValue("#f-entity-certificateNumber")).isEqualTo(code);
        page.fill("#f-entity-certificateNumber", code + "X");
        assertThat(page.inputValue("#f-entity-certificateNumber")).as("still editable").endsWith("X");
    }

    @Test
    void anOverdueFilingIsWarnedAndCanBeSubmittedForReviewAtOnce() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                profile -> profile.withBasics(profile.basics().withLaunchDate(java.time.LocalDate.of(2026, 6, 1))));
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/review"));
        assertThat(page.textContent("#findings")).contains("已超过备案期限", "逾期仍须备案");
        assertThat(page.isEnabled("#submit-review")).isTrue();
        screenshot(page, "overdue-review-zh");
        page.click("#submit-review");
        page.click("#confirm-move");
        page.waitForLoadState();
        assertThat(page.textContent(".meta .badge")).isEqualTo("审核中");
    }

    /** An officer of a new company with the demo filing, signed in on the test's page. */
    private record SignedIn(PortalUser officer, FilingRecord filing) {
    }

    private SignedIn signedInWithTheDemoFiling() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        return new SignedIn(officer, filing);
    }

    private FilingRecord demoFiling(Company company, PortalUser officer) {
        return fixtures.fillWithDemo(
                fixtures.filing(company, SampleDossiers.ALGORITHM_NAME, FilingRole.SERVICE_PROVIDER), officer);
    }

    private String stored(UUID filingId, PortalUser officer) {
        FilingRecord record = filings.get(filingId, officer);
        return DossierJson.write(filings.dossierOf(record)) + record.getCompany().getVersion() + "/"
                + record.getAlgorithm().getVersion() + "/" + record.getVersion();
    }
}
