package com.cacfiling.web.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.IcpFiling;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7's journeys in a real browser: review with a field comment, administration, the dashboard. */
class ConsultantBrowserTest extends BrowserTestBase {

    @Autowired
    FilingService filings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private FilingRecord completeFiling(Company company, PortalUser officer) {
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        EntityProfile sample = DomainJson.read(DomainJson.write(SampleDossiers.entity())
                .replace("91110108MA01N7QX00", TestFixtures.uniqueCreditCode()), EntityProfile.class);
        filings.updateEntity(officer, filing.getId(), filings.get(filing.getId(), officer).getCompany().getEntityVersion(),
                previous -> new EntityProfile(sample.name(), sample.creditCode(), sample.entityType(),
                        sample.registeredAddress(), sample.registeredCapitalWanYuan(), sample.establishedOn(),
                        sample.operatingTermEnd(), sample.operatingTermUnlimited(), sample.certificateType(),
                        sample.creditCode().value(), sample.legalRepresentative(), sample.securityOfficer(),
                        sample.contact(), new IcpFiling(sample.icp().number(), sample.name(), sample.creditCode(), null),
                        sample.responsibilityTable()));
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                previous -> SampleDossiers.algorithmProfile());
        filings.updateStep3(officer, filing.getId(), filings.get(filing.getId(), officer).getVersion(),
                SampleDossiers.products());
        return filing;
    }

    @Test
    void aConsultantReturnsWithAFieldCommentTheOfficerFixesAndResubmitsAndTheApprovalIsRecorded() {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        UserAccount consultantAccount = fixtures.consultant(company);
        FilingRecord filing = completeFiling(company, PortalUser.of(officerAccount));
        String workflow = url("/filings/" + filing.getId() + "/workflow");

        // The officer submits for review, confirming first; the page then says who was told.
        login(page, officerAccount.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings/" + filing.getId() + "/steps/review"));
        page.click("#submit-review");
        assertThat(page.textContent("#confirm-notified")).contains(consultantAccount.getDisplayName() + "（法律顾问）");
        page.click("#confirm-move");
        page.waitForLoadState();
        assertThat(page.textContent("#outcome")).contains("提交审核", "已通知：" + consultantAccount.getDisplayName());

        // The consultant opens the message (the badge clears), comments on a field and returns the filing.
        BrowserContext consultantContext = newContext();
        Page consultant = consultantContext.newPage();
        login(consultant, consultantAccount.getUsername(), TestFixtures.PASSWORD);
        assertThat(consultant.textContent("#nav-inbox .count")).isEqualTo("1");
        consultant.navigate(url("/inbox"));
        consultant.click("#notifications a.open-message");
        consultant.waitForURL(workflow);
        assertThat(consultant.locator("#nav-inbox .count").count()).isZero();
        // Back to the list from the filing: the list as it was left (its search), not its first page.
        consultant.navigate(url("/filings?q=" + java.net.URLEncoder.encode(SampleDossiers.ALGORITHM_NAME,
                java.nio.charset.StandardCharsets.UTF_8) + "&status=IN_REVIEW"));
        consultant.navigate(workflow);
        consultant.click(".crumbs a[data-back-to-list]");
        consultant.waitForLoadState();
        assertThat(consultant.url()).contains("status=IN_REVIEW").contains("q=");
        consultant.navigate(workflow);
        consultant.selectOption("#comment-field", "algorithm.details.introduction");
        consultant.fill("#comment-body", "请在简介中写明模型来源。");
        consultant.click("#add-comment");
        consultant.waitForLoadState();
        consultant.fill("#return-reason", "简介缺少模型来源，见字段批注");
        consultant.click("#return");
        consultant.waitForURL("**/confirm/return**");
        // Posted: the reason is on the page, not in its address (nor in histories and access logs).
        assertThat(consultant.url()).doesNotContain("reason");
        assertThat(consultant.textContent("#confirm")).contains("简介缺少模型来源，见字段批注",
                officerAccount.getDisplayName() + "（合规专员）");
        screenshot(consultant, "confirm-return-zh");
        // Switching the language on the confirmation keeps the reason (the link lost it; found in a walk), and back.
        consultant.click("#lang-en");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#confirm")).contains("简介缺少模型来源，见字段批注", "Please confirm");
        assertThat(consultant.url()).doesNotContain("reason");
        consultant.click("#lang-zh");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#confirm")).contains("简介缺少模型来源，见字段批注");
        consultant.click("#confirm-move");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#status")).isEqualTo("已退回");
        // The moves say who made them by name, not by sign-in name.
        assertThat(consultant.textContent("#history tbody")).contains(consultantAccount.getDisplayName())
                .doesNotContain(consultantAccount.getUsername());
        assertThat(consultant.textContent("#outcome")).contains("退回修改", "已通知：" + officerAccount.getDisplayName());
        screenshot(consultant, "review-workflow-zh");

        // The officer sees the reason on every page and the comment counted on its step, fixes the field.
        page.navigate(url("/filings/" + filing.getId() + "/steps/entity"));
        assertThat(page.textContent("#return-notice")).contains("简介缺少模型来源，见字段批注", "1 条待贵公司处理",
                "法律顾问 " + consultantAccount.getDisplayName()).doesNotContain(consultantAccount.getUsername());
        assertThat(page.textContent("#step-detailed")).contains("1 条批注");
        assertThat(page.textContent("#step-entity")).doesNotContain("批注");
        screenshot(page, "wizard-returned-zh");
        page.click("#step-detailed");
        page.waitForURL("**/steps/detailed");
        assertThat(page.textContent(".comment")).contains("请在简介中写明模型来源。");
        page.fill("#f-algorithm-details-introduction", "灵犀对话生成算法基于自研大语言模型（授权语料训练），根据用户输入生成回答和写作建议。");
        page.click("#save");
        page.waitForLoadState();
        // The officer cannot close the consultant's comment, only say it was dealt with.
        page.navigate(workflow);
        assertThat(page.locator("#comments button.resolve").count()).isZero();
        page.click("#comments button.mark-addressed");
        page.waitForLoadState();
        assertThat(page.textContent("#comments .comment-state")).contains("已处理");
        // The page opens at the thread and says it there, in view (found in a walk: the notice was at the top).
        assertThat(page.textContent(".comment-thread .flash")).contains("批注已标为已处理");
        assertThat(page.locator(".comment-thread .flash").isVisible()).isTrue();
        assertThat((Boolean) page.evaluate("() => { const r = document.querySelector('.comment-thread .flash')"
                + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")).isTrue();
        // An answer to the thread too.
        page.fill(".comment-thread input[name=body]", "简介已补充模型来源。");
        page.click(".comment-thread form:has(input[name=body]) button");
        page.waitForLoadState();
        assertThat(page.textContent(".comment-thread .flash")).contains("回复已添加");
        assertThat(page.locator("main > .flash").count()).isZero();
        page.navigate(url("/filings/" + filing.getId() + "/steps/detailed"));
        assertThat(page.textContent("#step-detailed")).doesNotContain("批注");
        // Resubmitted straight from the review page: no reopening first.
        page.navigate(url("/filings/" + filing.getId() + "/steps/review"));
        assertThat(page.textContent("#submit-review")).isEqualTo("重新提交审核");
        page.click("#submit-review");
        page.click("#confirm-move");
        page.waitForLoadState();
        assertThat(page.textContent(".meta .badge")).isEqualTo("审核中");

        // The consultant confirms the comment resolved, marks the filing ready, records submission and approval.
        consultant.navigate(workflow);
        consultant.click("#comments button.resolve");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#comments .comment-state")).isEqualTo("已解决");
        consultant.click("#mark-ready");
        consultant.click("#confirm-move");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#status")).isEqualTo("待提交");
        String today = consultant.inputValue("#submitted-on");
        consultant.click("#record-submission");
        consultant.click("#confirm-move");
        consultant.waitForLoadState();
        // The CAC's approval date is typed from its notice: the field starts empty.
        assertThat(consultant.inputValue("#approved-on")).isEmpty();
        consultant.fill("#approved-on", today);
        consultant.fill("#filing-number", "网信算备12345");
        consultant.click("#record-approval");
        // Said before the confirmation page: back at the form, the reason under the field, what was typed still there.
        consultant.waitForURL("**/workflow#move-approval");
        assertThat(consultant.textContent("#move-approval .field-error")).contains("备案编号格式不正确");
        assertThat(consultant.inputValue("#filing-number")).isEqualTo("网信算备12345");
        String number = TestFixtures.uniqueFilingNumber();
        consultant.fill("#filing-number", number);
        consultant.click("#record-approval");
        consultant.click("#confirm-move");
        consultant.waitForLoadState();
        assertThat(consultant.textContent("#status")).isEqualTo("已通过");
        assertThat(consultant.textContent("main")).contains(number);
        consultantContext.close();
    }

    @Test
    void anAdministratorCreatesACompanyAndAnOfficerWhoThenSignsIn() {
        UserAccount admin = fixtures.admin();
        login(page, admin.getUsername(), TestFixtures.PASSWORD);
        String companyName = TestFixtures.unique("浏览器新建公司");
        page.navigate(url("/admin/companies"));
        page.fill("#name", companyName);
        page.click("#create-company");
        page.waitForLoadState();
        assertThat(page.locator("#companies input[name=name]").evaluateAll("inputs => inputs.map(i => i.value)").toString()).contains(companyName);
        screenshot(page, "admin-companies-zh");
        String username = TestFixtures.unique("new.officer");
        page.navigate(url("/admin/users"));
        page.fill("#username", username);
        page.fill("#displayName", "新专员");
        page.fill("#password", "New-Officer-Password-1");
        page.selectOption("#role", "OFFICER");
        // Found by typing where the list is long (with many companies it shows the first by name and asks the
        // portal for the rest), else chosen from the list.
        if (page.locator("#companyId-search").count() > 0) {
            page.fill("#companyId-search", companyName);
            page.waitForFunction("name => { const s = document.getElementById('companyId'); "
                    + "return s.selectedIndex > 0 && s.options[s.selectedIndex].text === name; }", companyName);
        }
        else {
            page.selectOption("#companyId", new com.microsoft.playwright.options.SelectOption().setLabel(companyName));
        }
        page.click("#create-user");
        page.waitForLoadState();
        // The list is sorted by username, 25 to a page: other tests' users may come first, so look it up.
        page.navigate(url("/admin/users?q=" + username));
        assertThat(page.textContent("#users")).contains(username);
        screenshot(page, "admin-users-zh");

        BrowserContext officerContext = newContext();
        Page officer = officerContext.newPage();
        login(officer, username, "New-Officer-Password-1");
        // The administrator knows the initial password: the officer chooses one of their own first.
        assertThat(officer.url()).contains("/profile?passwordChangeRequired");
        officer.fill("#current-password", "New-Officer-Password-1");
        officer.fill("#new-password", "Officer-Own-Password-2");
        officer.fill("#confirm-password", "Officer-Own-Password-2");
        officer.click("#change-password");
        // On to the work the change stood before, saying it was done (found in a walk: left on the profile).
        officer.waitForURL(url -> url.endsWith("/filings"));
        assertThat(officer.textContent("main")).contains("密码已修改");
        officer.navigate(url("/filings/new"));
        assertThat(officer.textContent("#companyId")).contains(companyName);
        officerContext.close();

        // Deactivation asks first, naming the user (walks: it acted at once); cancelled, nothing changes.
        page.navigate(url("/admin/users?q=" + username));
        java.util.List<String> asked = new java.util.ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.click("#users form[action$='/deactivate'] button");
        assertThat(asked).singleElement().asString().contains("新专员").contains("停用");
        page.navigate(url("/admin/users?q=" + username));
        assertThat(page.locator("#users form[action$='/deactivate']").count()).isEqualTo(1);
        page.onceDialog(dialog -> dialog.accept());
        page.click("#users form[action$='/deactivate'] button");
        page.waitForLoadState();
        page.navigate(url("/admin/users?q=" + username));
        assertThat(page.locator("#users form[action$='/deactivate']").count()).isZero();
        assertThat(page.locator("#users form[action$='/activate']").count()).isEqualTo(1);
    }

    /** Removing a consultant's client asks first, naming both (found in a walk: one click, at once). */
    @Test
    void removingAConsultantsClientAsksFirstNamingTheConsultantAndTheCompany() {
        Company first = fixtures.company();
        Company second = fixtures.company();
        UserAccount consultant = fixtures.consultant(first, second);
        login(page, fixtures.admin().getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/admin/users/" + consultant.getId()));
        java.util.List<String> asked = new java.util.ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("#assigned-clients tr:has-text('" + first.getName() + "') button").click();
        assertThat(asked).singleElement().asString().contains(consultant.getDisplayName()).contains(first.getName())
                .contains("不再能查看");
        assertThat(assignments(consultant)).isEqualTo(2);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#assigned-clients tr:has-text('" + first.getName() + "') button").click();
        page.waitForLoadState();
        assertThat(assignments(consultant)).isEqualTo(1);
        // The ticked ones too.
        page.navigate(url("/admin/users/" + consultant.getId()));
        page.check("#assigned-clients input[type=checkbox]");
        asked.clear();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.click("#unassign-selected");
        assertThat(asked).singleElement().asString().contains(consultant.getDisplayName()).contains(second.getName())
                .doesNotContain("TICKED");
        assertThat(assignments(consultant)).isEqualTo(1);
        // Nothing ticked: nothing to ask about.
        page.uncheck("#assigned-clients input[type=checkbox]");
        asked.clear();
        page.onDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.click("#unassign-selected");
        page.waitForLoadState();
        assertThat(asked).isEmpty();
        assertThat(assignments(consultant)).isEqualTo(1);
    }

    private int assignments(UserAccount consultant) {
        return jdbc.queryForObject("select count(*) from consultant_assignment where consultant_id = ?",
                Integer.class, consultant.getId());
    }

    @Test
    void theDashboardFiltersAndExports() throws Exception {
        Company first = fixtures.company();
        Company second = fixtures.company();
        UserAccount consultant = fixtures.consultant(first, second);
        for (int i = 0; i < 4; i++) {
            fixtures.filing(first, "仪表盘甲算法" + i);
        }
        fixtures.filing(second, "仪表盘乙算法");
        login(page, consultant.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/filings"));
        assertThat(page.locator("#filings tbody tr").count()).isEqualTo(5);
        screenshot(page, "dashboard-zh");
        page.fill("#q", "乙算法");
        page.click("#apply-filters");
        page.waitForLoadState();
        assertThat(page.locator("#filings tbody tr").count()).isEqualTo(1);
        Download download = page.waitForDownload(() -> page.click("#export-xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("仪表盘乙算法");
        }
        page.navigate(url("/filings?lang=en"));
        screenshot(page, "dashboard-en");
    }
}
