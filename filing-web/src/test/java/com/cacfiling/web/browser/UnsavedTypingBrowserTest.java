package com.cacfiling.web.browser;

import java.util.List;

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
 * A save the portal never took (the session had ended, so the page's security token was refused) loses nothing
 * typed: the refusal says so and leads back, and the step's page, opened again in the same tab by the same user,
 * fills the typing back in for a save; saved or discarded, it is not offered again. Before, the refusal asked the
 * user to go back, copy what they had typed and enter it again.
 */
class UnsavedTypingBrowserTest extends BrowserTestBase {

    private static final String NAME = "#f-algorithm-basics-name";

    @Autowired
    FilingService filings;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    com.cacfiling.web.triage.Services services;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void typingRefusedWithAnEndedSessionIsFilledBackAfterSigningInAndSavedOnce() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        String basic = url("/filings/" + filing.getId() + "/steps/basic");
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(basic);
        String version = page.inputValue("form.step-form input[name='_version']");
        page.fill(NAME, "灵犀对话生成算法（会话结束前输入）");
        page.fill("#f-algorithm-basics-launchDate", "2026-12-20");

        // The session ends while the page is open (here: its cookie is gone, as after a sign-out elsewhere).
        savedAfterTheSessionEnded();
        assertThat(page.textContent("main")).contains("您输入的内容暂存在这个浏览器标签页中");
        assertThat(page.isVisible("a[data-draft-return]")).isTrue();
        assertThat(page.getAttribute("a[data-draft-return]", "href"))
                .isEqualTo("/filings/" + filing.getId() + "/steps/basic");
        screenshot(page, "unsaved-typing-expired-form-zh");
        assertThat(savedName(filing, officer)).isEqualTo(SampleDossiers.ALGORITHM_NAME);

        // The way back leads through the sign-in to the step's page itself (it landed on the start page).
        page.click("a[data-draft-return]");
        page.waitForURL(url -> url.contains("/login?continue="));
        page.fill("#username", account.getUsername());
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("#login-submit");
        page.waitForURL("**/steps/basic");
        assertThat(page.textContent("#draft-restored")).contains("没有保存成功的内容已填回表单");
        assertThat(page.inputValue(NAME)).isEqualTo("灵犀对话生成算法（会话结束前输入）");
        assertThat(page.inputValue("#f-algorithm-basics-launchDate")).isEqualTo("2026-12-20");
        // The version the typing began at: a colleague's save meanwhile would be found, not overwritten.
        assertThat(page.inputValue("form.step-form input[name='_version']")).isEqualTo(version);
        screenshot(page, "unsaved-typing-filled-back-zh");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#save");
        page.waitForURL("**/steps/basic");
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(savedName(filing, officer)).isEqualTo("灵犀对话生成算法（会话结束前输入）");

        // Saved: not offered again on the next visit.
        page.navigate(url("/filings/" + filing.getId() + "/steps/detailed"));
        page.navigate(basic);
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(page.inputValue(NAME)).isEqualTo("灵犀对话生成算法（会话结束前输入）");
    }

    @Test
    void filledBackTypingCanBeDiscardedAndAnotherUserOfTheTabIsNeverShownIt() {
        Company company = fixtures.company();
        UserAccount first = fixtures.officer(company);
        UserAccount second = fixtures.officer(company);
        PortalUser officer = PortalUser.of(first);
        FilingRecord filing = demoFiling(company, officer);
        String basic = url("/filings/" + filing.getId() + "/steps/basic");
        login(page, first.getUsername(), TestFixtures.PASSWORD);
        page.navigate(basic);
        page.fill(NAME, "第一位同事未保存的名称");
        savedAfterTheSessionEnded();

        // Someone else signs in in the same tab: the first person's typing is not theirs to see, nor kept in the
        // tab while they work (found in a walk: it stayed until the same page was opened).
        login(page, second.getUsername(), TestFixtures.PASSWORD);
        assertThat(page.evaluate("Object.keys(sessionStorage).filter(k => k.startsWith('draft ')).length"))
                .isEqualTo(0);
        page.navigate(basic);
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(page.inputValue(NAME)).isEqualTo(SampleDossiers.ALGORITHM_NAME);

        // And it is gone for the first person too, who then types again, is refused again and discards it.
        context.clearCookies();
        login(page, first.getUsername(), TestFixtures.PASSWORD);
        page.navigate(basic);
        assertThat(page.locator("#draft-restored").count()).isZero();
        page.fill(NAME, "第二次未保存的名称");
        context.clearCookies();
        page.click("#save");
        login(page, first.getUsername(), TestFixtures.PASSWORD);
        page.navigate(basic);
        assertThat(page.inputValue(NAME)).isEqualTo("第二次未保存的名称");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#draft-discard");
        page.waitForLoadState();
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(page.inputValue(NAME)).isEqualTo(SampleDossiers.ALGORITHM_NAME);
        assertThat(savedName(filing, officer)).isEqualTo(SampleDossiers.ALGORITHM_NAME);
    }

    @Test
    void inEnglishTheRefusalAndTheFilledBackFormSayItInEnglish() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        String basic = url("/filings/" + filing.getId() + "/steps/basic");
        // An English browser: the refusal of a request no longer signed in follows the browser's language.
        inEnglishBrowser((english, tab) -> {
            login(tab, account.getUsername(), TestFixtures.PASSWORD);
            tab.navigate(basic + "?lang=en");
            tab.fill(NAME, "Lingxi dialogue generation algorithm (typed)");
            english.clearCookies();
            tab.click("#save");
            assertThat(tab.textContent("main")).contains("What you typed is kept in this browser tab");
            assertThat(tab.textContent("a[data-draft-return]")).isEqualTo("Back to the page, with what you typed");
            login(tab, account.getUsername(), TestFixtures.PASSWORD);
            tab.navigate(basic);
            assertThat(tab.textContent("#draft-restored")).contains("could not save has been filled back");
            assertThat(tab.textContent("#draft-discard")).isEqualTo("Discard what was typed");
            assertThat(tab.inputValue(NAME)).isEqualTo("Lingxi dialogue generation algorithm (typed)");
            screenshot(tab, "unsaved-typing-filled-back-en");
        });
    }

    /**
     * The labelling checklist's conflict page shows the latest content only: what this user had changed comes back
     * on top of it, at the latest version, so a second save keeps both people's answers (it dropped this user's).
     */
    @Test
    void aLabellingChecklistSavedByAColleagueMeanwhileGetsThisUsersChangesBackOnTopOfTheirs() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        UserAccount consultantAccount = fixtures.consultant(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        String checklist = url("/filings/" + filing.getId() + "/labelling");
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(checklist);

        // Each changes what the page shows: the colleague the interface label, this user two other answers.
        String theirInterfaceLabel = "#interface-label input[value='"
                + !page.isChecked("#interface-label input[value='true']") + "']";
        String myAgreement = "#agreement-clause input[value='"
                + !page.isChecked("#agreement-clause input[value='true']") + "']";
        String myDownloads = "#downloads-label input[value='"
                + !page.isChecked("#downloads-label input[value='true']") + "']";
        asColleague(consultantAccount, checklist, theirs -> {
            theirs.check(theirInterfaceLabel);
            theirs.click("#save-labelling");
            theirs.waitForSelector(".flash");
        });

        page.check(myAgreement);
        page.check(myDownloads);
        page.click("#save-labelling");
        page.waitForSelector(".flash");
        assertThat(page.textContent("#draft-restored")).contains("其中您改动过的字段已填回您的输入");
        assertThat(page.isChecked(theirInterfaceLabel)).as("theirs").isTrue();
        assertThat(page.isChecked(myAgreement)).as("mine").isTrue();
        assertThat(page.isChecked(myDownloads)).as("mine").isTrue();
        screenshot(page, "unsaved-typing-labelling-conflict-zh");
        page.click("#save-labelling");
        page.waitForSelector(".flash:has-text('已保存')");
        assertThat(page.locator("#draft-restored").count()).isZero();
        page.reload();
        assertThat(page.isChecked(theirInterfaceLabel)).isTrue();
        assertThat(page.isChecked(myAgreement)).isTrue();
        assertThat(page.isChecked(myDownloads)).isTrue();
    }

    /**
     * Found in a walk: typing in a table row whose rows a colleague changed meanwhile was dropped without a word (the
     * row was gone) or put into another product's row (the rows had moved). Such values are listed with their
     * fields' words, to be entered again; the rest is filled back.
     */
    @Test
    void typingInRowsThatAColleagueRemovedMeanwhileIsListedNeverDroppedOrPutIntoAnotherRow() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        UserAccount consultantAccount = fixtures.consultant(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        String step3 = url("/filings/" + filing.getId() + "/steps/step3");
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(step3);
        String firstName = page.inputValue("#f-step3-products-0-name");
        page.fill("#f-step3-products-1-name", "第二产品（未保存的新名称）");
        savedAfterTheSessionEnded();

        asColleague(consultantAccount, step3, theirs -> {
            theirs.click("button[value^='remove:step3.products'][value$=':1']");
            theirs.waitForSelector(".flash");
        });

        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(step3);
        assertThat(page.textContent("#draft-listed")).contains("无法自动填回原处");
        assertThat(page.textContent(".draft-values dt")).isEqualTo("关联产品 2 · 产品名称");
        assertThat(page.textContent(".draft-values dd")).isEqualTo("第二产品（未保存的新名称）");
        assertThat(page.inputValue("#f-step3-products-0-name")).as("not put into another row").isEqualTo(firstName);
        screenshot(page, "unsaved-typing-rows-moved-zh");
    }

    /** As many rows as before, but another one in the place typed in: listed too, not filled into the new row. */
    @Test
    void typingInARowAColleagueReplacedMeanwhileIsListedNotFilledIntoTheNewRow() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        UserAccount consultantAccount = fixtures.consultant(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        String step3 = url("/filings/" + filing.getId() + "/steps/step3");
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(step3);
        page.fill("#f-step3-products-1-functions", "未保存的功能说明");
        savedAfterTheSessionEnded();

        asColleague(consultantAccount, step3, theirs -> {
            theirs.click("button[value^='remove:step3.products'][value$=':1']");
            theirs.waitForSelector(".flash");
            theirs.click("#add-f-step3-products");
            theirs.waitForSelector("#f-step3-products-1-name");
            theirs.fill("#f-step3-products-1-name", "同事新增的产品");
            theirs.click("#save");
            theirs.waitForSelector(".flash");
        });

        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(step3);
        assertThat(page.textContent(".draft-values dd")).isEqualTo("未保存的功能说明");
        assertThat(page.inputValue("#f-step3-products-1-name")).isEqualTo("同事新增的产品");
        assertThat(page.inputValue("#f-step3-products-1-functions")).isNotEqualTo("未保存的功能说明");
    }

    /**
     * Sent for review while this user typed: the save is refused as before (nothing can change now), and what was typed
     * is listed with its fields' words to copy and keep, not dropped (the page showed the stored values only).
     */
    @Test
    void typingRefusedBecauseTheFilingWasSentForReviewMeanwhileIsListedToKeep() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/basic"));
        page.fill(NAME, "送审期间输入的名称");
        String[] ticked = tickAnotherApplicationArea(page);
        String areaCode = ticked[0];
        String area = ticked[1];
        page.selectOption("select[name='algorithm.basics.algorithmType']", "");
        filings.transition(officer, filing.getId(), (f, actor) -> f.submitForReview(actor));
        page.click("#save");
        assertThat(page.textContent("#draft-restored")).contains("现在不能修改这份材料");
        // The refusal is not shown in the green of a save (found in this walk).
        assertThat(page.getAttribute(".flash", "class")).contains("refused");
        assertThat(page.getAttribute(".flash", "role")).isEqualTo("alert");
        assertThat(page.locator(".draft-values dt").allTextContents()).containsExactly("算法类型", "算法名称", "应用领域");
        // A cleared choice is said to be cleared (it read "请选择", the list's prompt).
        assertThat(page.locator(".draft-values dd").first().textContent()).isEqualTo("（已清空）");
        assertThat(page.locator(".draft-values dd").nth(1).textContent()).isEqualTo("送审期间输入的名称");
        // Choices by the names the page gave them, joined as Chinese lists are.
        assertThat(page.locator(".draft-values dd").nth(2).textContent()).contains("、" + area).doesNotContain(", ");
        assertThat(page.inputValue(NAME)).isEqualTo(SampleDossiers.ALGORITHM_NAME);
        assertThat(savedName(filing, officer)).isEqualTo(SampleDossiers.ALGORITHM_NAME);
        screenshot(page, "unsaved-typing-not-editable-zh");
        // The page switched to English: the list speaks English too (it kept the words of the typing's page).
        page.navigate(page.url().split("[?#]")[0] + "?lang=en");
        String areaInEnglish = optionName(page.locator(AREAS + "[value='" + areaCode + "']"));
        assertThat(page.locator(".draft-values dt").allTextContents())
                .containsExactly("Algorithm type", "Algorithm name", "Application areas");
        assertThat(page.locator(".draft-values dd").first().textContent()).isEqualTo("(cleared)");
        assertThat(page.locator(".draft-values dd").nth(2).textContent()).contains(", " + areaInEnglish)
                .doesNotContain(area);
    }

    /**
     * Choices ticked in the meantime are listed by the names the page gave them, in the page's language (found in a
     * review: their codes were listed, joined with '、' on English pages too).
     */
    @Test
    void choicesTypedWhileTheFilingWentForReviewAreListedByTheirNamesInThePagesLanguage() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        FilingRecord filing = demoFiling(company, officer);
        inEnglishBrowser((english, tab) -> {
            login(tab, account.getUsername(), TestFixtures.PASSWORD);
            tab.navigate(url("/filings/" + filing.getId() + "/steps/basic?lang=en"));
            List<String> codes = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String[] ticked = tickAnotherApplicationArea(tab);
                codes.add(ticked[0]);
                names.add(ticked[1]);
            }
            filings.transition(officer, filing.getId(), (f, actor) -> f.submitForReview(actor));
            tab.click("#save");
            String listed = tab.textContent(".draft-values dd");
            // The two new ones are listed (with those ticked before) by name, joined as English lists are.
            assertThat(listed).contains(names.get(0) + ", ").contains(names.get(1)).doesNotContain("、");
            codes.forEach(code -> assertThat(listed).doesNotContain(code));
            assertThat(tab.textContent(".draft-values dt")).doesNotContain("algorithm.basics");
            screenshot(tab, "unsaved-typing-choices-listed-en");
        });
    }

    /**
     * A link to a field (a comment's, a finding's, from an e-mail) opened before signing in lands on that field after
     * the sign-in, also after a mistyped password: the part after '#' never reaches the server, and it was lost.
     */
    @Test
    void aLinkToAFieldOpensAtThatFieldAfterTheSignInAlsoAfterAMistypedPassword() {
        UserAccount account = fixtures.officer(fixtures.company());
        String field = fieldOpenedSignedOut(account);
        page.fill("#username", account.getUsername());
        page.fill("#password", "mistyped");
        page.click("#login-submit");
        page.waitForURL(url -> url.contains("/login?error"));
        // The name typed is still there; only the password is asked again.
        assertThat(page.inputValue("#username")).isEqualTo(account.getUsername());
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("#login-submit");
        page.waitForURL(url -> url.contains("/steps/basic"));
        assertThat(page.url()).isEqualTo(url(field));
        // The browser scrolled to the field (the page's top is far above it).
        assertThat(((Number) page.evaluate("document.getElementById('f-algorithm-basics-launchDate')"
                + ".getBoundingClientRect().top")).doubleValue()).isBetween(-5.0, 900.0);
        assertThat(((Number) page.evaluate("window.scrollY")).doubleValue()).isPositive();
    }

    /** The login page switched to English on the way keeps the field's '#' part too (found in a walk). */
    @Test
    void aLinkToAFieldKeepsItsPlaceWhenTheLoginPageIsSwitchedToEnglish() {
        UserAccount account = fixtures.officer(fixtures.company());
        String field = fieldOpenedSignedOut(account);
        page.click("#lang-en");
        page.waitForURL(url -> url.contains("lang=en"));
        page.fill("#username", account.getUsername());
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("#login-submit");
        page.waitForURL(url -> url.contains("/steps/basic"));
        assertThat(page.url()).isEqualTo(url(field));
    }

    private static final String AREAS = "input[name='algorithm.basics.applicationAreas']";

    /** Ticks the first application area not ticked yet: its code and the name the page gives it. */
    private static String[] tickAnotherApplicationArea(com.microsoft.playwright.Page on) {
        var box = on.locator(AREAS + ":not(:checked)").first();
        String[] ticked = {box.getAttribute("value"), optionName(box)};
        box.check();
        return ticked;
    }

    private static String optionName(com.microsoft.playwright.Locator box) {
        return box.locator("xpath=ancestor::label").innerText().strip();
    }

    /**
     * An obligation's form refused by its checks shows the typing with the errors; opened again (a walk reopened it
     * and found the stored values, the typing gone), the typing is filled back, also what was typed before a second
     * refused send; saved, it is not offered again.
     */
    @Test
    void typingAnObligationsChecksRefusedIsFilledBackWhenThePageIsOpenedAgainUntilSaved() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        java.util.UUID service = services.create(officer, company.getId(), "图文生成服务", "文本与图片生成");
        services.saveAnswers(officer, service, services.get(service, officer).version(),
                java.util.Map.of("PUBLIC", true, "GENERATIVE", true, "PUBLIC_OPINION", true, "OWN_MODEL", true,
                        "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false, "MOBILISATION_RND", false, "COMPANION",
                        false));
        java.util.UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? "
                + "order by kind limit 1", java.util.UUID.class, service);
        String form = url("/obligations/" + obligation);
        login(page, account.getUsername(), TestFixtures.PASSWORD);
        page.navigate(form);
        page.fill("#note", "第一次输入的说明");
        page.fill("#evidenceLink", "wiki.example.com/证明");
        page.click("#save-obligation");
        page.waitForLoadState();
        assertThat(page.textContent("#not-saved")).contains("未保存");
        assertThat(page.inputValue("#evidenceLink")).isEqualTo("wiki.example.com/证明");
        // Sent again, still refused, with another field changed: both typings are kept.
        page.fill("#note", "x".repeat(1_001));
        page.click("#save-obligation");
        page.waitForLoadState();
        assertThat(page.textContent("#not-saved")).contains("未保存");

        page.navigate(url("/obligations"));
        page.navigate(form);
        assertThat(page.textContent("#draft-restored")).contains("没有保存成功的内容已填回表单");
        assertThat(page.inputValue("#evidenceLink")).isEqualTo("wiki.example.com/证明");
        assertThat(page.inputValue("#note")).isEqualTo("x".repeat(1_001));
        screenshot(page, "obligation-typing-filled-back-zh");
        assertThat(jdbc.queryForObject("select note from obligation where id = ?", String.class, obligation))
                .isNull();

        page.fill("#evidenceLink", "https://wiki.example.com/证明");
        page.fill("#note", "更正后的说明");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#save-obligation");
        page.waitForURL(form);
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(jdbc.queryForObject("select note from obligation where id = ?", String.class, obligation))
                .isEqualTo("更正后的说明");
        page.navigate(url("/obligations"));
        page.navigate(form);
        assertThat(page.locator("#draft-restored").count()).isZero();
        assertThat(page.inputValue("#evidenceLink")).isEqualTo("https://wiki.example.com/证明");
    }

    /** A link to a Step 2 field of the account's new demo filing, opened without a session: the login page. */
    private String fieldOpenedSignedOut(UserAccount account) {
        FilingRecord filing = demoFiling(account.getCompany(), PortalUser.of(account));
        String field = "/filings/" + filing.getId() + "/steps/basic#f-algorithm-basics-launchDate";
        page.navigate(url(field));
        page.waitForURL(url -> url.contains("/login?continue="));
        return field;
    }

    /** An English browser of its own (a context with an English locale), closed afterwards. */
    private void inEnglishBrowser(
            java.util.function.BiConsumer<com.microsoft.playwright.BrowserContext, com.microsoft.playwright.Page> what) {
        com.microsoft.playwright.BrowserContext english = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1360, 900).setLocale("en-US"));
        try {
            english.setDefaultTimeout(20_000);
            what.accept(english, english.newPage());
        }
        finally {
            english.close();
        }
    }

    private void savedAfterTheSessionEnded() {
        context.clearCookies();
        page.click("#save");
        assertThat(page.textContent("h1")).isEqualTo("页面已过期，修改未保存");
    }

    /** A colleague, in a browser of their own, opens {@code url} signed in and does {@code what} there. */
    private void asColleague(UserAccount colleague, String url,
            java.util.function.Consumer<com.microsoft.playwright.Page> what) {
        com.microsoft.playwright.BrowserContext colleagues = newContext();
        try {
            com.microsoft.playwright.Page theirs = colleagues.newPage();
            login(theirs, colleague.getUsername(), TestFixtures.PASSWORD);
            theirs.navigate(url);
            what.accept(theirs);
        }
        finally {
            colleagues.close();
        }
    }

    private FilingRecord demoFiling(Company company, PortalUser officer) {
        return fixtures.fillWithDemo(
                fixtures.filing(company, SampleDossiers.ALGORITHM_NAME, FilingRole.SERVICE_PROVIDER), officer);
    }

    private String savedName(FilingRecord filing, PortalUser officer) {
        return filings.dossierOf(filings.get(filing.getId(), officer)).filing().algorithm().profile().name();
    }
}
