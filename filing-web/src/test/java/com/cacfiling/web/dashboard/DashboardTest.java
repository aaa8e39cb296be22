package com.cacfiling.web.dashboard;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    com.cacfiling.web.modelfiling.ModelFilingService modelFilings;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    DashboardExportRows exportRows;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    com.cacfiling.web.demo.BulkSeeder seeder;

    @Autowired
    com.cacfiling.web.user.UserAccountRepository users;

    /**
     * The charts' counts are written as the pager's total is, with the thousands grouped in either language (found
     * in a walk: "4055" above "Page 1 of 800, 20,000 filings"). Seeded in a transaction that is rolled back.
     */
    @Test
    void theChartsCountsAreGroupedAsThePagersTotal() {
        List<org.jsoup.nodes.Document> pages = transactions.execute(status -> {
            status.setRollbackOnly();
            seeder.seed(2, 6_000);
            PortalUser consultant = users.findAll().stream()
                    .filter(u -> u.getUsername().startsWith(com.cacfiling.web.demo.BulkSeeder.CONSULTANT))
                    .max(java.util.Comparator.comparing(com.cacfiling.web.user.UserAccount::getCreatedAt))
                    .map(PortalUser::of).orElseThrow();
            try {
                return List.of(page(consultant, "/filings"), page(consultant, "/filings?lang=en"));
            }
            catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        for (org.jsoup.nodes.Document page : pages) {
            List<String> counts = page.select("#status-chart .bar-value, #deadline-chart .bar-value").eachText();
            assertThat(counts).allMatch(count -> count.matches("\\d{1,3}(,\\d{3})*"), "grouped");
            assertThat(counts).anyMatch(count -> count.contains(","));
            assertThat(page.select(".pager span").text()).contains("6,000");
        }
    }

    /**
     * The deadline chart counts an approved filing whose cancellation is due, as the list's deadline column shows it:
     * its heading says so (found in a walk: "全部未申报的算法备案（按申报期限）" counted a filing approved long ago).
     */
    @Test
    void theDeadlineChartSaysItCountsCancellationsToo() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord approved = fixtures.filing(company, "注销期限算法");
        fixtures.approve(approved, officer, filings.today().minusDays(80), filings.today().minusDays(70));
        filings.transition(officer, approved.getId(), (f, a) -> f.recordServiceEnd(a, filings.today().minusDays(40)));
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").with(user(officer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#deadline-chart .bar-value").text()).isEqualTo("1");
        assertThat(page.selectFirst("#deadline-chart h2").text())
                .isEqualTo("已逾期或90日内到期的算法备案（首次备案、变更备案或注销的期限，不随筛选变化）");
        assertThat(page.select("#filings .due-kind").eachText()).containsExactly("服务终止后20个工作日内注销");
        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").param("lang", "en").with(user(officer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(english.selectFirst("#deadline-chart h2").text()).doesNotContain("unfiled").contains("cancellation");
    }

    /**
     * An export longer than its limit says so in the sheet, and the page says so beside the link (found in a walk:
     * the 20,001st filing was left out without a word).
     */
    @Test
    void anExportLongerThanItsLimitIsNeverCutSilently() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        for (int i = 0; i < 3; i++) {
            fixtures.filing(company, "导出上限算法" + i);
        }
        DashboardFilter filter = new DashboardFilter();
        filter.setCompanyId(company.getId());
        List<String> read = new java.util.ArrayList<>();
        Long total = transactions.execute(status -> exportRows.read(filter.toSpecification(consultant,
                filings.today()), org.springframework.data.domain.Sort.by("algorithm.name"), 2,
                row -> read.add(row.algorithmName())));
        assertThat(read).containsExactly("导出上限算法0", "导出上限算法1");
        assertThat(total).isEqualTo(3L);
        Long all = transactions.execute(status -> exportRows.read(filter.toSpecification(consultant,
                filings.today()), org.springframework.data.domain.Sort.by("algorithm.name"), 3, row -> { }));
        assertThat(all).isEqualTo(3L);
        // Drafts without a launch date have no deadline yet: the column says what gives one, on the page and in the
        // sheet.
        assertThat(page(consultant, "/filings?companyId=" + company.getId()).select("tbody tr").eachText())
                .allMatch(row -> row.contains("填写上线时间后计算"));
        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("companyId", company.getId().toString())
                .with(user(consultant))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo("填写上线时间后计算");
        }
        // The halves of a dual-role pair name each other, as the list's badges do.
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        filings.create(officer, company.getId(), "导出成对算法", com.cacfiling.web.filing.RoleChoice.BOTH);
        List<String> notes = new java.util.ArrayList<>();
        transactions.executeWithoutResult(status -> exportRows.read(filter.toSpecification(consultant,
                filings.today()), org.springframework.data.domain.Sort.by("algorithm.name"), 10, row -> {
                    if (row.algorithmName().equals("导出成对算法")) {
                        notes.add(row.role() + ">" + row.pairRole());
                    }
                }));
        assertThat(notes).containsExactlyInAnyOrder("SERVICE_PROVIDER>TECHNICAL_SUPPORTER",
                "TECHNICAL_SUPPORTER>SERVICE_PROVIDER");
    }

    @Test
    void aConsultantFiltersSearchesPagesAndExportsAcrossAssignedCompaniesOnly() throws Exception {
        Company first = fixtures.company();
        Company second = fixtures.company();
        Company unassigned = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(first, second));
        for (int i = 0; i < 27; i++) {
            fixtures.filing(first, "甲公司算法" + i);
        }
        FilingRecord supporter = fixtures.filing(second, "乙公司支持算法", FilingRole.TECHNICAL_SUPPORTER);
        fixtures.filing(unassigned, "不可见的算法");
        // Launched three weeks ago and not filed: overdue (a supporter of a deep synthesis algorithm is bound too).
        filings.updateAlgorithm(consultant, supporter.getId(), filings.get(supporter.getId(), consultant)
                .getAlgorithm().getVersion(), p -> p.withBasics(new AlgorithmBasics("GENERATIVE_SYNTHESIS", p.name(),
                        LocalDate.now().minusDays(21), null, null)));

        mvc.perform(get("/filings").with(user(consultant)))
                .andExpect(content().string(containsString("第 1 / 2 页，共 28 条")))
                .andExpect(content().string(containsString("id=\"deadline-chart\"")))
                .andExpect(content().string(containsString("href=\"/filings?due=OVERDUE\"")))
                .andExpect(content().string(not(containsString("不可见的算法"))));
        mvc.perform(get("/filings").param("q", "乙公司").with(user(consultant)))
                .andExpect(content().string(containsString("乙公司支持算法")))
                .andExpect(content().string(not(containsString("甲公司算法1<"))));
        mvc.perform(get("/filings").param("role", "TECHNICAL_SUPPORTER").with(user(consultant)))
                .andExpect(content().string(containsString("乙公司支持算法")))
                .andExpect(content().string(not(containsString("甲公司算法1<"))));
        mvc.perform(get("/filings").param("due", "OVERDUE").with(user(consultant)))
                .andExpect(content().string(containsString("class=\"overdue\"")))
                .andExpect(content().string(containsString("乙公司支持算法")));
        // Due today is said so, not "within 7 days".
        FilingRecord today = fixtures.filing(second, "今日到期算法");
        jdbc.update("update filing set due_date = ? where id = ?", filings.today(), today.getId());
        assertThat(page(consultant, "/filings?q=" + java.net.URLEncoder.encode("今日到期算法",
                java.nio.charset.StandardCharsets.UTF_8)).select("tr.due-soon").text()).contains("今日到期");
        // How late, in working days, and what the deadline is for.
        assertThat(page(consultant, "/filings?due=OVERDUE").select("tr.overdue").text())
                .containsPattern("逾期 \\d+ 个工作日").contains("上线后10个工作日内备案");
        // The export says it as the list does (found in a walk: the sheet gave the date only).
        byte[] late = mvc.perform(get("/filings/export.xlsx").param("due", "OVERDUE").with(user(consultant)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(late))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("乙公司支持算法");
            assertThat(row.getCell(5).getStringCellValue()).containsPattern("逾期 \\d+ 个工作日");
        }
        // The chart's other windows filter too: launched in a week, due in about three (8–30 days).
        FilingRecord later = fixtures.filing(second, "三周后到期算法");
        filings.updateAlgorithm(consultant, later.getId(), filings.get(later.getId(), consultant)
                .getAlgorithm().getVersion(), p -> p.withBasics(new AlgorithmBasics(null, p.name(),
                        LocalDate.now().plusDays(7), null, null)));
        assertThat(page(consultant, "/filings?due=MONTH").select("tbody tr").text())
                .contains("三周后到期算法").doesNotContain("乙公司支持算法");
        assertThat(page(consultant, "/filings?due=QUARTER").text()).doesNotContain("三周后到期算法");
        assertThat(page(consultant, "/filings?due=MONTH").select("select[name=due] option[selected]").text())
                .isEqualTo("8–30日内到期");
        mvc.perform(get("/filings").param("sort", "algorithm").param("dir", "asc").param("page", "1")
                        .with(user(consultant)))
                .andExpect(content().string(containsString("第 2 / 2 页")));

        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("companyId", first.getId().toString())
                .with(user(consultant))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // Its properties name who exported it, not "Apache POI" (found in a walk).
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo(consultant.displayName());
            assertThat(workbook.getProperties().getExtendedProperties().getApplication()).isEqualTo("CAC Filing Portal");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(27);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("算法名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.getName());
        }
        // Sorted on the page (the order is a choice of the filter form too, for phones), sorted in the export.
        String page = mvc.perform(get("/filings").param("companyId", first.getId().toString())
                .param("sort", "algorithm").param("dir", "desc").with(user(consultant))).andReturn().getResponse()
                .getContentAsString();
        var document = org.jsoup.Jsoup.parse(page);
        assertThat(document.select("#sort option[selected]").val()).isEqualTo("algorithm");
        String exportLink = document.selectFirst("#export-xlsx").attr("href");
        assertThat(exportLink).contains("sort=algorithm", "dir=desc");
        byte[] sorted = mvc.perform(get(java.net.URI.create(exportLink)).with(user(consultant))).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sorted))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            // Numbers in names by value, as on the page: 算法10 after 算法9 (by character it came before 算法2).
            assertThat(names).extracting(name -> Integer.valueOf(name.replaceAll("\\D", "")))
                    .isSortedAccordingTo(java.util.Comparator.<Integer>naturalOrder().reversed());
        }
    }

    @Test
    void theCountsShowTheConsultantsOwnChangeAtOnceAndSearchesCountTheirMatches() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        for (int i = 0; i < 26; i++) {
            fixtures.filing(company, "计数算法" + i);
        }
        assertThat(statusCount(page(consultant, "/filings"), "草稿")).isEqualTo("26");
        assertThat(page(consultant, "/filings?q=计数").select(".pager span").text()).contains("共 26 条");
        assertThat(page(consultant, "/filings?status=DRAFT").select(".pager span").text()).contains("共 26 条");
        // An edited link: a page number past any int leads to the last page; a status that is none is refused as
        // a bad request, in words (a walk saw "请求无效" sent with 200).
        mvc.perform(get("/filings").param("page", "99999999999").with(user(consultant)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/filings?page=1"));
        mvc.perform(get("/filings").param("status", "FOO").with(user(consultant)))
                .andExpect(status().isBadRequest());

        // Seen a moment ago, so remembered: the consultant's own new filing must still be counted at once.
        filings.create(consultant, company.getId(), "计数算法新", com.cacfiling.web.filing.RoleChoice.SERVICE_PROVIDER);
        assertThat(statusCount(page(consultant, "/filings"), "草稿")).isEqualTo("27");
        assertThat(page(consultant, "/filings").select(".pager span").text()).contains("共 27 条");
        assertThat(page(consultant, "/filings?q=计数").select(".pager span").text()).contains("共 27 条");
        assertThat(page(consultant, "/filings?status=DRAFT").select(".pager span").text()).contains("共 27 条");
        assertThat(page(consultant, "/filings?status=READY").select("#filings")).isEmpty();
        // The charts' counts lead to their filings (found in a walk: they were not links).
        assertThat(page(consultant, "/filings").select("#status-chart a.bar-label").eachAttr("href"))
                .contains("/filings?status=DRAFT");
        // Nothing found: a way back to everything (found in a walk: a dead end).
        assertThat(page(consultant, "/filings?status=READY").selectFirst("#clear-filters").attr("href"))
                .isEqualTo("/filings");

        // Past the last page: the last page, the search kept (it said "page 501 of 2" over an empty list).
        // A path, whatever Host the request named (found in a review: the address was built from it).
        mvc.perform(get(java.net.URI.create("/filings?q=%E8%AE%A1%E6%95%B0&page=500")).header("Host", "evil.example")
                        .with(user(consultant)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/filings?q=%E8%AE%A1%E6%95%B0&page=1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "dashboard.pastLast"));
        // The language switch keeps the search and the page (found in a walk: it showed page 1 of everything).
        org.jsoup.nodes.Document onPage2 = page(consultant, "/filings?q=计数&page=1");
        assertThat(onPage2.selectFirst("#lang-en").attr("href")).contains("q=", "page=1", "lang=en")
                .doesNotContain("lang=zh-CN");
        assertThat(onPage2.selectFirst("#lang-zh").attr("href")).contains("page=1", "lang=zh-CN");
        // A page by its number, the search kept by the form.
        org.jsoup.nodes.Document second = page(consultant, "/filings?q=计数&pageNumber=2");
        assertThat(second.select(".pager span").text()).contains("第 2 / 2 页");
        assertThat(second.select("#page-jump input[name=q]").val()).isEqualTo("计数");
        assertThat(second.select("#first-page")).isNotEmpty();
        // A page number that is not one is no jump, not an error page.
        assertThat(page(consultant, "/filings?q=计数&pageNumber=abc").select(".pager span").text()).contains("第 1 / 2 页");
    }

    @Test
    void aConsultantWithManyClientsTypesPartOfTheCompanysNameInsteadOfScrollingAList() throws Exception {
        Company[] companies = new Company[DashboardController.COMPANY_CHOICES + 1];
        for (int i = 0; i < companies.length; i++) {
            companies[i] = fixtures.company();
        }
        PortalUser consultant = PortalUser.of(fixtures.consultant(companies));
        fixtures.filing(companies[0], "多客户甲算法");
        fixtures.filing(companies[1], "多客户乙算法");

        org.jsoup.nodes.Document all = page(consultant, "/filings");
        assertThat(all.select("select#companyId")).isEmpty();
        assertThat(all.select("input#company[type=search]").attr("aria-label")).isEqualTo("公司名称包含");
        assertThat(all.select("#filings").text()).contains("多客户甲算法", "多客户乙算法");

        org.jsoup.nodes.Document typed = page(consultant, "/filings?company="
                + companies[0].getName().substring(companies[0].getName().length() - 8));
        assertThat(typed.select("#filings").text()).contains("多客户甲算法").doesNotContain("多客户乙算法");
        // One page of results still says how many (found in a walk).
        assertThat(typed.selectFirst("#result-count").text()).isEqualTo("共 1 条");
        assertThat(typed.select("input#company").val()).isEqualTo(
                companies[0].getName().substring(companies[0].getName().length() - 8));

        // A company chosen by a link stays visible as the one choice besides all companies, so it can be cleared.
        org.jsoup.nodes.Document chosen = page(consultant, "/filings?companyId=" + companies[1].getId());
        assertThat(chosen.select("select#companyId option")).hasSize(2);
        assertThat(chosen.select("select#companyId option[selected]").text()).isEqualTo(companies[1].getName());
        assertThat(chosen.select("#filings").text()).contains("多客户乙算法").doesNotContain("多客户甲算法");

        // In English too.
        assertThat(page(consultant, "/filings?lang=en").select("input#company").attr("placeholder"))
                .isEqualTo("Company name contains");
    }

    /** The status chart shows shares of all the consultant's filings, also while the list is filtered. */
    @Test
    void theStatusBarsAreSharesOfAllFilingsWhateverTheFilter() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        for (int i = 0; i < 3; i++) {
            fixtures.filing(company, "比例算法" + i);
        }
        FilingRecord submitted = fixtures.filing(company, "比例算法送审");
        filings.transition(officer, submitted.getId(), (filing, actor) -> filing.submitForReview(actor));
        for (String path : java.util.List.of("/filings", "/filings?status=DRAFT", "/filings?status=IN_REVIEW")) {
            org.jsoup.nodes.Document page = page(consultant, path);
            assertThat(statusShare(page, "草稿")).as(path).isEqualTo("75");
            assertThat(statusShare(page, "审核中")).as(path).isEqualTo("25");
        }
    }

    private static String statusShare(org.jsoup.nodes.Document page, String status) {
        return page.select("#status-chart .bar").stream()
                .filter(bar -> bar.select(".bar-label").text().equals(status))
                .map(bar -> bar.select("progress").attr("value")).findFirst().orElse("none");
    }

    @Test
    void theDashboardAndItsExportShowWhenAFilingChangedInTheReadersZone() throws Exception {
        Company company = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, "时区算法");
        // A consultant who chose no zone reads the portal's (Asia/Shanghai), as on the history and inbox pages.
        String expected = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)")
                .format(filing.getUpdatedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(expected).endsWith("(+08:00)");
        assertThat(page(consultant, "/filings?companyId=" + company.getId()).select("tbody tr").text())
                .contains(expected);
        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("companyId", company.getId().toString())
                .with(user(consultant))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).isEqualTo(expected);
        }
    }

    /** Found in a walk: a save of Step 1 left the dashboard's "updated" where it was. */
    @Test
    void aSaveOfTheSharedStepOneMovesTheFilingsThatShowItWithoutChangingTheirVersions() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord first = fixtures.filing(company, "主体排序算法甲");
        FilingRecord second = fixtures.filing(company, "主体排序算法乙");
        jdbc.update("update filing set updated_at = now() - interval '10 minutes' where company_id = ?",
                company.getId());
        FilingRecord before = filings.get(second.getId(), officer);
        mvc.perform(post("/filings/{id}/steps/entity", first.getId()).with(user(officer)).with(csrf())
                .param("entity.name", "主体排序公司").param("_action", "save")
                .param("_version", String.valueOf(filings.get(first.getId(), officer).getCompany().getEntityVersion())))
                .andExpect(status().is3xxRedirection());
        for (FilingRecord filing : List.of(first, second)) {
            FilingRecord after = filings.get(filing.getId(), officer);
            assertThat(after.getUpdatedAt()).isAfter(java.time.Instant.now().minusSeconds(60));
        }
        // The other filing's own version (and so its ETag's filing part) stays: only its own saves change it.
        assertThat(filings.get(second.getId(), officer).getVersion()).isEqualTo(before.getVersion());
    }

    /**
     * Found in a walk: 法定代表人电话 typed as "abc" in filing A's Step 1 (the company's, shared by its filings) made
     * filing B's wizard say "99 %, 1 error" while B's dashboard row kept "100 %" and its time. Every filing showing
     * Step 1 agrees with its wizard, and its time moves; the same form sent again changes nothing (and says so);
     * corrected, the rows are complete again.
     */
    @Test
    void aValueTypedInvalidlyIntoTheSharedStepOneShowsInEveryFilingsRowAsInItsWizard() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord a = fixtures.fillWithDemo(fixtures.filing(company, "主体共享算法甲"), officer);
        FilingRecord b = fixtures.fillWithDemo(fixtures.filing(company, "主体共享算法乙"), officer);
        assertThat(rowReadiness(officer, company, b)).isEqualTo("100");
        assertThat(page(officer, "/filings/" + b.getId() + "/steps/entity").select(".progress-text").text())
                .contains("100%");
        jdbc.update("update filing set updated_at = now() - interval '10 minutes' where company_id = ?",
                company.getId());
        long versionOfB = filings.get(b.getId(), officer).getVersion();

        String phone = "entity.legalRepresentative.phone";
        mvc.perform(entityFormOf(a, officer, phone, "abc")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "wizard.savedWithProblems"));
        assertThat(page(officer, "/filings/" + b.getId() + "/steps/entity").select(".progress-text").text())
                .contains("99%", "1 个错误");
        for (FilingRecord filing : List.of(a, b)) {
            String name = filing == a ? "A" : "B";
            assertThat(rowReadiness(officer, company, filing)).as(name).isEqualTo("99");
            assertThat(filings.get(filing.getId(), officer).getUpdatedAt()).as(name)
                    .isAfter(java.time.Instant.now().minusSeconds(60));
        }
        // Not a version of B: its own version (its ETag's filing part) stays.
        assertThat(filings.get(b.getId(), officer).getVersion()).isEqualTo(versionOfB);

        // Second visit: the same form again changes nothing, "updated" included, and says a value still waits.
        jdbc.update("update filing set updated_at = now() - interval '10 minutes' where company_id = ?",
                company.getId());
        java.time.Instant before = filings.get(b.getId(), officer).getUpdatedAt();
        mvc.perform(entityFormOf(a, officer, phone, "abc")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "wizard.unchangedWithProblems"));
        assertThat(filings.get(b.getId(), officer).getUpdatedAt()).isEqualTo(before);
        assertThat(filings.get(a.getId(), officer).getUpdatedAt()).isEqualTo(before);

        // Corrected from B this time: both rows are complete again.
        mvc.perform(entityFormOf(b, officer, phone, "13800001234")).andExpect(status().is3xxRedirection());
        assertThat(rowReadiness(officer, company, a)).isEqualTo("100");
        assertThat(rowReadiness(officer, company, b)).isEqualTo("100");
    }

    /** A filing's Step 1 form as its page shows it, with one value typed instead. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder entityFormOf(
            FilingRecord filing, PortalUser officer, String path, String typed) throws Exception {
        var form = (org.jsoup.nodes.FormElement) page(officer, "/filings/" + filing.getId() + "/steps/entity")
                .selectFirst("form:has([name=" + path + "])");
        var request = post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save");
        for (org.jsoup.Connection.KeyVal value : form.formData()) {
            if (!value.key().equals("_csrf") && !value.key().equals("_action")) {
                request.param(value.key(), value.key().equals(path) ? typed : value.value());
            }
        }
        return request;
    }

    /** The readiness the filing's dashboard row shows. */
    private String rowReadiness(PortalUser user, Company company, FilingRecord filing) throws Exception {
        return page(user, "/filings?companyId=" + company.getId()).select("#filings tbody tr").stream()
                .filter(row -> row.select("a[href=/filings/" + filing.getId() + "]").size() > 0).findFirst()
                .orElseThrow().select("progress").attr("value");
    }

    @Test
    void aSaveOfTheAlgorithmMovesItsFilingsToTheTopWithoutChangingTheirVersions() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        List<FilingRecord> pair = filings.create(officer, company.getId(), "双角色排序算法", RoleChoice.BOTH);
        // Created ten minutes ago, the other filing five: "updated" is shown (and kept) to the minute.
        jdbc.update("update filing set updated_at = now() - interval '10 minutes' where algorithm_id = ?",
                pair.get(0).getAlgorithm().getId());
        FilingRecord later = fixtures.filing(company, "后建的算法");
        jdbc.update("update filing set updated_at = now() - interval '5 minutes' where id = ?", later.getId());
        later = filings.get(later.getId(), officer);
        FilingRecord before = filings.get(pair.get(0).getId(), officer);
        assertThat(rowNames(consultant, company)).first().isEqualTo("后建的算法");

        // The wizard's algorithm steps, the API and imports write the algorithm's row, which the pair shares.
        filings.updateAlgorithm(officer, before.getId(), before.getAlgorithm().getVersion(),
                p -> p.withBasics(new AlgorithmBasics(null, p.name(), LocalDate.now().plusDays(30), null, null)));

        for (FilingRecord filing : pair) {
            FilingRecord after = filings.get(filing.getId(), officer);
            assertThat(after.getUpdatedAt()).isAfter(filings.get(later.getId(), officer).getUpdatedAt());
            assertThat(after.getUpdatedBy()).isEqualTo(after.getAlgorithm().getUpdatedBy());
            // Its own version (and so its ETag's filing part) is what its own saves change, nothing else.
            assertThat(after.getVersion()).isEqualTo(filing.getVersion());
        }
        // Stored to the microsecond.
        assertThat(filings.get(later.getId(), officer).getUpdatedAt())
                .isCloseTo(later.getUpdatedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
        assertThat(rowNames(consultant, company)).containsExactly("双角色排序算法", "双角色排序算法", "后建的算法");
        // A second save within the minute leaves the filing rows alone.
        java.time.Instant moved = filings.get(pair.get(0).getId(), officer).getUpdatedAt();
        FilingRecord current = filings.get(pair.get(0).getId(), officer);
        filings.updateAlgorithm(officer, current.getId(), current.getAlgorithm().getVersion(),
                p -> p.withBasics(p.basics().withName("双角色排序算法（再改）")));
        assertThat(filings.get(pair.get(0).getId(), officer).getUpdatedAt()).isEqualTo(moved);
    }

    private List<String> rowNames(PortalUser consultant, Company company) throws Exception {
        return page(consultant, "/filings?companyId=" + company.getId()).select("#filings tbody tr").stream()
                .map(row -> row.selectFirst("td").text()).toList();
    }

    @Test
    void theLargeModelTableFollowsTheDashboardsCompanyAndSearchAndSaysWhenNothingMatches() throws Exception {
        Company ours = fixtures.company();
        Company theirs = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(ours, theirs));
        fixtures.filing(ours, "筛选算法");
        var model = modelFilings.create(PortalUser.of(fixtures.officer(theirs)), theirs.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.FILING, null);
        assertThat(page(consultant, "/filings").select("#model-filings a").eachAttr("href"))
                .contains("/model-filings/" + model.getId());
        // Another company chosen: neither its filings nor its large-model filings are listed.
        var filtered = page(consultant, "/filings?companyId=" + ours.getId());
        assertThat(filtered.select("#model-filings")).isEmpty();
        assertThat(filtered.text()).contains("没有符合筛选条件的备案。");
        var nothing = page(consultant, "/filings?q=" + java.util.UUID.randomUUID());
        assertThat(nothing.select("#model-filings")).isEmpty();
        assertThat(nothing.select("p.empty").eachText()).containsExactly("没有符合筛选条件的备案。 清除筛选，显示全部",
                "没有符合筛选条件的备案。");
        // The charts still count every filing, and their titles say the filters do not narrow them.
        assertThat(nothing.select("#status-chart .chart-title").text()).isEqualTo("全部算法备案（按状态，不随筛选变化）");
        assertThat(page(consultant, "/filings?companyId=" + theirs.getId()).select("#model-filings a").eachAttr("href"))
                .contains("/model-filings/" + model.getId());
    }

    /**
     * A consultant with no client company is told so and whom to ask, not "No filings yet." (walk); one whose clients
     * are all archived still reads that there are no filings.
     */
    @Test
    void aConsultantWithoutClientsIsToldNoneIsAssignedYet() throws Exception {
        PortalUser newcomer = PortalUser.of(fixtures.consultant());
        assertThat(page(newcomer, "/filings").select("#filings-empty").text())
                .isEqualTo("尚未给您分配客户公司，因此没有可显示的备案。请联系管理员为您分配客户公司。");
        assertThat(page(newcomer, "/filings?lang=en").select("#filings-empty").text())
                .isEqualTo("No client company is assigned to you yet, so there are no filings to show. Ask an"
                        + " administrator to assign your clients to you.");
        // The obligations register says it too (found in a walk: "no obligations match").
        assertThat(page(newcomer, "/obligations").select("#obligations-empty").text())
                .isEqualTo("尚未给您分配客户公司，因此没有可显示的合规义务。请联系管理员为您分配客户公司。");
        Company archived = fixtures.company();
        PortalUser withArchivedClient = PortalUser.of(fixtures.consultant(archived));
        jdbc.update("update company set archived = true where id = ?", archived.getId());
        assertThat(page(withArchivedClient, "/filings").select("#filings-empty").text()).isEqualTo("暂无备案。");
        assertThat(page(withArchivedClient, "/obligations").select("#obligations-empty").text())
                .doesNotContain("尚未给您分配客户公司");
    }

    /**
     * Found in a walk: a new large-model registration read "11 % complete" in the list while its Step 1, filled from
     * the company's record, said "not started". A step counts once it is saved: what it holds unsaved (copied from the
     * company, the administration's name and credit code, the algorithm's name from the new-filing form) is no
     * progress of the user's. The list and the filing's pages say the same, for both kinds of filing; an algorithm
     * filing's Step 1 is the company's own, saved in its other filings, and counts from the start.
     */
    @Test
    void aNewFilingsProgressInTheListIsWhatItsStepsShow() throws Exception {
        // A company the administration created: Step 1 holds its name and credit code only, not started.
        Company given = fixtures.company();
        PortalUser first = PortalUser.of(fixtures.officer(given));
        FilingRecord fresh = filings.create(first, given.getId(), TestFixtures.unique("新算法"),
                RoleChoice.SERVICE_PROVIDER).get(0);
        org.jsoup.nodes.Document entity = page(first, "/filings/" + fresh.getId() + "/steps/entity");
        assertThat(entity.select("nav.steps .not-started")).hasSize(5);
        assertThat(entity.selectFirst(".progress progress").attr("value")).isEqualTo("0");
        assertThat(listed(page(first, "/filings"), "#filings", "/filings/" + fresh.getId())).isEqualTo("0");

        // A company whose Step 1 its officer completed in an earlier filing: that step counts, the others not yet.
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        fixtures.fillWithDemo(fixtures.filing(company, TestFixtures.unique("已填算法")), officer);
        FilingRecord second = filings.create(officer, company.getId(), TestFixtures.unique("第二个算法"),
                RoleChoice.SERVICE_PROVIDER).get(0);
        entity = page(officer, "/filings/" + second.getId() + "/steps/entity");
        assertThat(entity.select("#step-entity .ready").text()).isEqualTo("100%");
        assertThat(entity.select("#step-basic .not-started")).hasSize(1);
        assertThat(entity.selectFirst(".progress progress").attr("value")).isEqualTo("20");
        assertThat(listed(page(officer, "/filings"), "#filings", "/filings/" + second.getId())).isEqualTo("20");

        // The large-model filing and registration copy the company's entity into their Step 1: not saved, not done.
        for (var route : com.cacfiling.domain.largemodel.ModelFilingRoute.values()) {
            java.util.UUID id = modelFilings.create(officer, company.getId(), route, null).getId();
            String path = "/model-filings/" + id + "/steps/basic";
            String html = mvc.perform(get(path).with(user(officer))).andReturn().getResponse().getContentAsString();
            org.jsoup.nodes.Document basic = org.jsoup.Jsoup.parse(html);
            assertThat(basic.select("[name=model.entity.contactPhone]").val()).as(route.name()).isNotBlank();
            assertThat(basic.select("#step-basic .not-started")).as(route.name()).hasSize(1);
            assertThat(basic.selectFirst(".progress progress").attr("value")).as(route.name()).isEqualTo("0");
            assertThat(listed(page(officer, "/filings"), "#model-filings", "/model-filings/" + id)).as(route.name())
                    .isEqualTo("0");

            // Saved as shown (the user confirms what was copied): the step counts, in the list as on the page.
            var save = post(path).with(user(officer)).with(csrf());
            com.cacfiling.web.wizard.BrowserSubmissions.of(html, "form.step-form").forEach((name, values) -> {
                if (!name.equals("_csrf")) {
                    save.param(name, values.toArray(String[]::new));
                }
            });
            mvc.perform(save).andExpect(status().is3xxRedirection());
            basic = page(officer, path);
            assertThat(basic.select("#step-basic .not-started")).as(route.name()).isEmpty();
            String shown = basic.selectFirst(".progress progress").attr("value");
            assertThat(Integer.parseInt(shown)).as(route.name()).isPositive();
            assertThat(listed(page(officer, "/filings"), "#model-filings", "/model-filings/" + id)).as(route.name())
                    .isEqualTo(shown);
        }
    }

    /** The progress a list shows for the filing its row links to. */
    private static String listed(org.jsoup.nodes.Document list, String table, String href) {
        return list.select(table + " tbody tr").stream().filter(row -> !row.select("a[href=" + href + "]").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError(href + " not listed")).selectFirst("progress")
                .attr("value");
    }

    private org.jsoup.nodes.Document page(PortalUser user, String path) throws Exception {
        String html = mvc.perform(get(java.net.URI.create(path.replace("计数", "%E8%AE%A1%E6%95%B0")))
                .with(user(user))).andReturn().getResponse().getContentAsString();
        return org.jsoup.Jsoup.parse(html);
    }

    private static String statusCount(org.jsoup.nodes.Document page, String status) {
        return page.select("#status-chart .bar").stream()
                .filter(bar -> bar.select(".bar-label").text().equals(status))
                .map(bar -> bar.select(".bar-value").text()).findFirst().orElse("none");
    }
}
