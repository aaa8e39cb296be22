package com.cacfiling.web.browser;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: an administrator onboards a new client, and its compliance officer signs in through the invitation. */
class OnboardingBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.cacfiling.web.company.CompanyRepository companies;

    /**
     * Found in a walk: the company lists of the users' forms held every client (300 and more) with no search. A box
     * above the list narrows it as one types; a single match is chosen.
     */
    @Test
    void aLongCompanyListIsNarrowedByTyping() {
        for (int i = 0; i < 16; i++) {
            fixtures.company();
        }
        var company = companies.save(new com.cacfiling.web.company.Company(TestFixtures.unique("搜索公司"),
                TestFixtures.unique("Search Co")));
        login(page, fixtures.admin().getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/admin/users"));
        assertThat(page.isVisible("#invite-company-search")).isTrue();
        // Beyond the first companies by name the list asks the portal for the ones that match (the test database
        // holds many companies), so each check waits for the answer.
        page.fill("#invite-company-search", company.getName());
        page.waitForFunction("id => document.getElementById('invite-company').value === id", company.getId().toString());
        assertThat(page.locator("#invite-company option:not([hidden])").count()).isEqualTo(2);
        page.fill("#invite-company-search", "");
        page.waitForFunction("() => document.querySelectorAll('#invite-company option:not([hidden])').length > 17");
        // Found in a re-check: the English page's search did not find a company by its Chinese name or its code.
        page.navigate(url("/admin/users?lang=en"));
        page.fill("#invite-company-search", company.getCreditCode() == null ? company.getName() : company.getCreditCode());
        page.waitForFunction("id => document.getElementById('invite-company').value === id", company.getId().toString());
        page.fill("#invite-company-search", "没有这家公司-" + company.getId());
        page.waitForSelector("#invite-company-search-none", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        assertThat(page.textContent("#invite-company-search-none")).isEqualTo("No company name or credit code matches.");
    }

    @Test
    void anAdministratorOnboardsAClientWhoseInvitedOfficerSignsInAndSeesTheEmptyList() {
        UserAccount consultant = fixtures.consultant();
        login(page, fixtures.admin().getUsername(), TestFixtures.PASSWORD);
        String companyName = TestFixtures.unique("新客户科技有限公司");
        String creditCode = TestFixtures.uniqueCreditCode();

        // A wrong credit code is refused next to its field, and what was typed stays there.
        page.navigate(url("/admin/companies"));
        page.fill("#name", companyName);
        page.fill("#creditCode", "91110108MA01N7QX0X");
        page.click("#create-company");
        page.waitForLoadState();
        assertThat(page.inputValue("#creditCode")).isEqualTo("91110108MA01N7QX0X");
        assertThat(page.textContent("#company-form .has-error .field-error")).contains("统一社会信用代码不正确");

        page.fill("#creditCode", creditCode);
        page.click("#create-company");
        page.waitForURL(url -> url.contains("created="));
        assertThat(page.textContent("#next-steps")).contains(companyName);
        assertThat(jdbc.queryForObject("select credit_code from company where name = ?", String.class, companyName))
                .isEqualTo(creditCode);

        // Next step 1: the consultant, chosen on the spot.
        page.selectOption("#assign-consultant", consultant.getId().toString());
        page.click("#assign-consultant-submit");
        page.waitForLoadState();
        assertThat(jdbc.queryForObject("""
                select count(*) from consultant_assignment a join company c on c.id = a.company_id
                where a.consultant_id = ? and c.name = ?""", Integer.class, consultant.getId(), companyName))
                .isEqualTo(1);
        screenshot(page, "onboarding-next-steps-zh");

        // Next step 2: the invitation, with the company preselected and the officer's role as the default.
        page.click("#invite-officer-link");
        page.waitForLoadState();
        assertThat(page.locator("#invite-company option:checked").textContent()).isEqualTo(companyName);
        // The form that creates a user with a password has it too (found in a walk: only the invitation had).
        assertThat(page.locator("#companyId option:checked").textContent()).isEqualTo(companyName);
        assertThat(page.inputValue("#invite-role")).isEqualTo("OFFICER");
        assertThat(page.isVisible("#invite-confirm-admin")).isFalse();
        page.selectOption("#invite-role", "ADMIN");
        assertThat(page.isVisible("#invite-confirm-admin")).isTrue();
        page.selectOption("#invite-role", "OFFICER");
        String username = TestFixtures.unique("onboarded.officer");
        page.fill("#invite-username", username);
        page.fill("#invite-name", "新客户专员");
        page.click("#invite-user");
        page.waitForLoadState();

        // The link is the first thing on the page, copyable, and the invitee is pending, not deactivated.
        assertThat(page.evaluate("document.querySelector('#invite-link').getBoundingClientRect().top"
                + " < document.querySelector('#invite-card').getBoundingClientRect().top")).isEqualTo(true);
        assertThat(page.isVisible("#copy-invite-link")).isTrue();
        // Mails are off here: the page says no invitation was mailed, so the administrator passes the link on.
        assertThat(page.textContent("#invite-link")).contains("本门户未开启邮件发送");
        String link = page.textContent("#invite-link-text").strip();
        assertThat(link).startsWith(url("/invite/"));
        page.fill("#user-search input[type=search]", username);
        page.click("#search-users");
        page.waitForLoadState();
        assertThat(page.textContent("#users")).contains("已邀请，待接受").doesNotContain("已停用");
        screenshot(page, "onboarding-invited-zh");

        // The officer follows the link, chooses a password, signs in and sees the company's empty list.
        BrowserContext officerContext = newContext();
        Page officer = officerContext.newPage();
        officer.navigate(link);
        // Who is invited for what (found in a walk: the user name only).
        assertThat(officer.textContent("#invite-for")).isEqualTo("您将作为" + companyName + "的合规专员，填写并提交本公司的备案。");
        officer.fill("#password", "Onboarded-Officer-2026");
        officer.fill("#confirmation", "Onboarded-Officer-2026");
        officer.click("#accept-invite");
        officer.waitForURL(url -> url.contains("/login"));
        // The sign-in form holds the user name just set up, the cursor in the password (found in the same walk).
        assertThat(officer.inputValue("#username")).isEqualTo(username);
        assertThat(officer.evaluate("document.activeElement.id")).isEqualTo("password");
        officer.reload();
        assertThat(officer.inputValue("#username")).isEmpty();
        login(officer, username, "Onboarded-Officer-2026");
        officer.navigate(url("/filings"));
        assertThat(officer.textContent("main")).contains("暂无备案");
        officer.navigate(url("/filings/new"));
        assertThat(officer.textContent("#companyId")).contains(companyName);
        officerContext.close();
    }
}
