package com.cacfiling.web.browser;

import java.util.UUID;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.triage.Services;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security assessment report in real Chromium, as an officer reaches it from the service's result: filled in
 * part, saved, a missing item's link puts the cursor in its field, a measure partly in place asks for its remedy,
 * the typing survives a reload after saving; on a 390 px phone in English nothing is wider than the screen.
 * Screenshots security-assessment-*.png.
 */
class SecurityAssessmentBrowserTest extends BrowserTestBase {

    @Autowired
    Services services;

    private UUID service(Company company, UserAccount officer) {
        PortalUser user = PortalUser.of(officer);
        UUID id = services.create(user, company.getId(), TestFixtures.unique("评估服务"), null);
        services.saveAnswers(user, id, services.get(id, user).version(), TestFixtures.SELF_BUILT_CHAT);
        return id;
    }

    private void journey(Page on, String lang, String suffix, boolean phone) {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        UUID service = service(company, officer);
        login(on, officer.getUsername(), TestFixtures.PASSWORD);
        on.navigate(url("/services/" + service + "?lang=" + lang));
        on.click("#obligation-SECURITY_ASSESSMENT a.start-work");
        on.waitForURL("**/security-assessment");
        assertThat(on.textContent("#status")).contains("en".equals(lang) ? "Not saved yet" : "尚未保存");
        on.fill("#functions", "面向境内公众的多轮对话问答");
        on.check("#sa-triggers input[value=LAUNCH]");
        on.check("input[name='measures[COMPLAINTS].state'][value=PARTLY]");
        on.fill("#situation-COMPLAINTS", "已开通举报邮箱");
        on.click("#save-security-assessment");
        on.waitForLoadState();
        assertThat(on.textContent(".flash")).isNotBlank();
        String status = on.textContent("#status");
        assertThat(status).contains("en".equals(lang) ? "still to complete" : "项需要完善")
                .contains("en".equals(lang) ? "state the remedy" : "请写明整改措施");
        // From the list to the field, with the cursor in it.
        on.locator("#status a[data-focus][href='#sa-facilities']").click();
        assertThat(on.evaluate("document.activeElement.id")).isEqualTo("facilities");
        // Saved, the typing is there when the page is opened again; the note sits beside the remedy.
        on.reload();
        assertThat(on.inputValue("#functions")).isEqualTo("面向境内公众的多轮对话问答");
        assertThat(on.isChecked("input[name='measures[COMPLAINTS].state'][value=PARTLY]")).isTrue();
        assertThat(on.textContent("#sa-measures-COMPLAINTS-remedy")).contains("en".equals(lang)
                ? "not fully in place" : "未完全落实");
        screenshot(on, "security-assessment-" + suffix);
        if (phone) {
            int scrollWidth = ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
            int innerWidth = ((Number) on.evaluate("window.innerWidth")).intValue();
            assertThat(scrollWidth).as("wider than the screen").isLessThanOrEqualTo(innerWidth);
        }
        // Once the form is reached, the save bar stays in view wherever the long form is scrolled to: its first
        // part, its middle, its end (above the form, the list of what is missing comes first).
        for (String at : java.util.List.of("document.getElementById('security-assessment-form').offsetTop",
                "document.body.scrollHeight / 2", "document.body.scrollHeight")) {
            on.evaluate("window.scrollTo(0, " + at + ")");
            Object inView = on.evaluate("(() => { const r = document.getElementById('save-security-assessment')"
                    + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()");
            assertThat(inView).as("save button in view at " + at).isEqualTo(true);
        }
    }

    @Test
    void theReportAtDesktopWidthInChinese() {
        journey(page, "zh-CN", "desktop-zh", false);
    }

    @Test
    void theReportOnA390PixelPhoneInEnglish() {
        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("en"));
        phone.setDefaultTimeout(20_000);
        try {
            journey(phone.newPage(), "en", "phone-en", true);
        }
        finally {
            phone.close();
        }
    }
}
