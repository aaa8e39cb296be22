package com.cacfiling.web.history;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.wizard.FieldLabels;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class HistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldLabels fieldLabels;

    @Autowired
    MessageSource messages;

    @Autowired
    com.cacfiling.web.modelfiling.ModelFilingService modelFilings;

    @Autowired
    com.cacfiling.web.user.UserZones userZones;

    @Test
    void everySaveIsAVersionAndTwoVersionsCompareFieldByField() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        // A filing without versions (seeded, or from before the change log) and one with a single version say so
        // instead of offering a comparison that cannot be made.
        var page = Jsoup.parse(mvc.perform(get("/filings/{id}/history", fixtures.filing(company, "无版本算法").getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#no-versions").text()).isEqualTo("暂无版本：每次改变了内容的保存形成一个版本。");
        assertThat(page.select("#versions table, #compare")).isEmpty();
        // The crumb to the workflow page is named as that page is (it said "review and download").
        assertThat(page.select(".crumbs a[href$=/workflow]").text()).isEqualTo("审核与批注");
        var id = filings.create(officer, company.getId(), "历史算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        page = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#one-version")).hasSize(1);
        assertThat(page.select("#compare")).isEmpty();
        mvc.perform(post("/filings/{id}/steps/basic", id).with(user(officer)).with(csrf())
                .param("algorithm.basics.name", "历史算法二").param("_action", "save")
                .param("_version", String.valueOf(filings.get(id, officer).getAlgorithm().getVersion())));
        var versions = changeLog.versions(id);
        assertThat(versions).hasSize(2);
        page = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#one-version, #no-versions")).isEmpty();
        assertThat(page.select("#compare")).hasSize(1);
        assertThat(versions.get(0).clientAddress()).isEqualTo("127.0.0.1");
        mvc.perform(get("/filings/{id}/history", id).with(user(officer))
                        .param("from", String.valueOf(versions.get(1).id()))
                        .param("to", String.valueOf(versions.get(0).id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>算法名称</td>")))
                .andExpect(content().string(containsString("版本 1 与 2 的差异")))
                .andExpect(content().string(containsString("历史算法二")))
                .andExpect(content().string(containsString("保存算法基础信息 · 历史算法二")))
                .andExpect(content().string(containsString("创建备案 · 服务提供者")))
                .andExpect(content().string(containsString("(+08:00)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("algorithm.profile"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("SERVICE_PROVIDER"))));
        // A save that changes nothing is no new version.
        mvc.perform(post("/filings/{id}/steps/basic", id).with(user(officer)).with(csrf())
                .param("algorithm.basics.name", "历史算法二").param("_action", "save")
                .param("_version", String.valueOf(filings.get(id, officer).getAlgorithm().getVersion())));
        assertThat(changeLog.versions(id)).hasSize(2);
        // Nor does adding an empty row (found in a walk: each "add a risk" was a version equal to the one before).
        mvc.perform(post("/filings/{id}/steps/assessment", id).with(user(officer)).with(csrf())
                .param("_action", "add:algorithm.assessment.risks")
                .param("_version", String.valueOf(filings.get(id, officer).getAlgorithm().getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(filings.dossier(id, officer).filing().algorithm().profile().assessment().risks()).isNotEmpty();
        assertThat(changeLog.versions(id)).hasSize(2);
        // Another company's officer sees neither the history nor the log.
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/filings/{id}/history", id).with(user(stranger))).andExpect(status().isNotFound());
    }

    /**
     * The only version has nothing earlier to compare with: the page says so in the words a large-model filing's first
     * version uses, and shows its values, in both languages (both kinds of filing alike; the large-model filing's first
     * save read as every field changed from empty).
     */
    @Test
    void theOnlyVersionSaysThereIsNothingEarlierToCompareWithAndShowsItsValues() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var id = filings.create(officer, company.getId(), "唯一版本算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        var page = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#only-version h2").text()).isEqualTo("版本 1 的内容");
        assertThat(page.select("#only-version #first-version").text())
                .isEqualTo("这是记录的第一个版本：没有更早的版本可比较。以下是此版本的内容。");
        assertThat(page.select("#only-version th").eachText()).containsExactly("字段", "值");
        assertThat(page.select("#version-values tbody tr").eachText()).contains("算法名称 唯一版本算法");
        var english = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))
                .param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#only-version h2").text()).isEqualTo("What version 1 holds");
        assertThat(english.select("#first-version").text())
                .isEqualTo("The first version recorded: nothing earlier to compare with. These are the values it holds.");
        // Two versions compare as before.
        mvc.perform(post("/filings/{id}/steps/basic", id).with(user(officer)).with(csrf())
                .param("algorithm.basics.name", "唯一版本算法二").param("_action", "save")
                .param("_version", String.valueOf(filings.get(id, officer).getAlgorithm().getVersion())));
        page = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#only-version, #first-version")).isEmpty();
        assertThat(page.select("#compare")).hasSize(1);
    }

    @Test
    void timesAreShownInTheZoneTheUserChose() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var id = filings.create(officer, company.getId(), "时区算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        mvc.perform(get("/filings/{id}/history", id).with(user(officer)))
                .andExpect(content().string(containsString("(+08:00)")));
        String profile = mvc.perform(get("/profile").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(profile).select("#zone option[value=Asia/Shanghai]").text())
                .endsWith("（Asia/Shanghai，UTC+08:00）").doesNotStartWith("Asia");
        mvc.perform(post("/profile/zone").with(user(officer)).with(csrf()).param("zone", "UTC"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "profile.zone.changed"));
        // The zone already chosen: nothing changes, and the page says so.
        mvc.perform(post("/profile/zone").with(user(officer)).with(csrf()).param("zone", "UTC"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "profile.unchanged"));
        mvc.perform(get("/filings/{id}/history", id).with(user(officer)))
                .andExpect(content().string(containsString("(+00:00)")))
                .andExpect(content().string(not(containsString("(+08:00)"))));
        mvc.perform(post("/profile/zone").with(user(officer)).with(csrf()).param("zone", "Mars/Olympus"));
        mvc.perform(get("/filings/{id}/history", id).with(user(officer)))
                .andExpect(content().string(containsString("(+00:00)")));
    }

    @Test
    void aComparisonJoinsChosenOptionsTheWayItsLanguageDoes() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var id = filings.create(officer, company.getId(), "列表算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        mvc.perform(post("/filings/{id}/steps/basic", id).with(user(officer)).with(csrf())
                .param("algorithm.basics.name", "列表算法").param("_action", "save")
                .param("algorithm.basics.applicationAreas", "CONTENT_CREATION", "OTHER")
                .param("algorithm.basics.applicationAreasOther", "法律文书辅助")
                .param("_version", String.valueOf(filings.get(id, officer).getAlgorithm().getVersion())));
        var versions = changeLog.versions(id);
        for (String lang : List.of("en", "zh-CN")) {
            String text = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))
                    .param("from", String.valueOf(versions.get(1).id()))
                    .param("to", String.valueOf(versions.get(0).id())).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).text();
            assertThat(text).contains(lang.equals("en") ? "Content creation, Other" : "内容创作、其他");
        }
    }

    @Test
    void aChangeOfTheSharedCompanyDataIsAVersionOfEveryFilingThatShowsIt() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var first = filings.create(officer, company.getId(), "甲算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        var second = filings.create(officer, company.getId(), "乙算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        mvc.perform(post("/filings/{id}/steps/entity", first).with(user(officer)).with(csrf())
                .param("entity.name", "共享主体名称").param("_action", "save")
                .param("_version", String.valueOf(filings.get(first, officer).getCompany().getEntityVersion())));
        assertThat(changeLog.versions(first)).extracting(ChangeLog.Entry::action).contains("SAVE_ENTITY");
        assertThat(changeLog.versions(second)).extracting(ChangeLog.Entry::action).contains("SAVE_ENTITY");
    }

    /** Found in a walk: the creation, logged under the filing's first name, showed the name it got later. */
    @Test
    void anEntryNamesTheAlgorithmAsItWasNamedThen() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var created = filings.create(officer, company.getId(), "初名算法", RoleChoice.SERVICE_PROVIDER).get(0);
        filings.updateAlgorithm(officer, created.getId(), filings.get(created.getId(), officer).getAlgorithm()
                .getVersion(), p -> p.withBasics(p.basics().withName("新名算法")));
        assertThat(changeLog.audit(null, company.getId(), 10, 0)).extracting(ChangeLog.Entry::action,
                ChangeLog.Entry::algorithmName).contains(org.assertj.core.groups.Tuple.tuple("CREATE", "初名算法"),
                org.assertj.core.groups.Tuple.tuple("SAVE_ALGORITHM_BASICS", "新名算法"));
    }

    @Test
    void theAuditLogIsForAdministratorsAndTheCompanysConsultantsAndCannotBeChanged() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        filings.create(officer, company.getId(), "审计算法", RoleChoice.SERVICE_PROVIDER);
        mvc.perform(get("/audit").with(user(PortalUser.of(fixtures.consultant(company)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("审计算法")));
        mvc.perform(get("/audit").with(user(PortalUser.of(fixtures.consultant(fixtures.company())))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("审计算法"))));
        mvc.perform(get("/audit.csv").with(user(PortalUser.of(fixtures.admin()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("审计算法")));
        mvc.perform(get("/audit").with(user(officer))).andExpect(status().isNotFound());
        // The two filings of a pair are told apart by their role (found in a walk: a save read as one entry twice).
        filings.create(officer, company.getId(), "成对审计算法", RoleChoice.BOTH);
        String audit = mvc.perform(get("/audit").with(user(PortalUser.of(fixtures.admin()))).param("companyId",
                company.getId().toString())).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("成对审计算法</span><span class=\"hint\">（服务提供者）")
                .contains("（服务技术支持者）");
        assertThat(mvc.perform(get("/audit.csv").with(user(PortalUser.of(fixtures.admin()))).param("companyId",
                company.getId().toString())).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).contains("成对审计算法（服务提供者）");
        assertThatThrownBy(() -> jdbc.update("delete from change_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update change_log set actor = 'someone else'"))
                .hasMessageContaining("append-only");
    }

    /**
     * The two documents every save writes, the algorithm's and the change log's snapshot, are json stored without
     * PostgreSQL's compression (V92: compressing them cost more than it saved; V93: jsonb's conversions on every
     * write and read cost more than json's check), and read back whole and as written: the full demo
     * dossier, large enough to be stored out of line, is saved, and its newest version is what the history gives back.
     */
    @Test
    void aSavesDocumentsAreStoredOutOfLineUncompressedAndReadBackWhole() {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "存储算法"), officer);

        assertThat(jdbc.queryForList("select a.attname::text || ' ' || a.attstorage::text || ' ' "
                + "|| format_type(a.atttypid, null) from pg_attribute a where "
                + "(a.attrelid = 'algorithm'::regclass and a.attname = 'content') or "
                + "(a.attrelid = 'change_log'::regclass and a.attname = 'snapshot')", String.class))
                .containsExactlyInAnyOrder("content e json", "snapshot e json");

        // Larger than the 2 KB TOAST threshold, so without the setting PostgreSQL would have compressed them.
        assertThat(jdbc.queryForObject("select octet_length(content::text) from algorithm where id = ?",
                Integer.class, filing.getAlgorithm().getId())).isGreaterThan(2_000);
        assertThat(jdbc.queryForObject("select pg_column_compression(content) from algorithm where id = ?",
                String.class, filing.getAlgorithm().getId())).isNull();
        // As written: Hibernate's dirty check compares this text with the next save's, so an unchanged document is not
        // written again.
        assertThat(jdbc.queryForObject("select content::text from algorithm where id = ?", String.class,
                filing.getAlgorithm().getId())).isEqualTo(DomainJson.write(filing.getAlgorithm().profile()));
        long newest = changeLog.versions(filing.getId()).get(0).id();
        assertThat(jdbc.queryForObject("select pg_column_compression(snapshot) from change_log where id = ?",
                String.class, newest)).isNull();

        String snapshot = changeLog.snapshot(filing.getId(), newest);
        assertThat(snapshot).isNotNull().hasSizeGreaterThan(2_000)
                .contains(filing.getAlgorithm().getName());
        var demo = com.cacfiling.domain.dossier.DossierJson.read(TestFixtures.sampleJson(
                com.cacfiling.domain.sample.SampleDossiers.completeProvider()));
        assertThat(filings.get(filing.getId(), officer).getAlgorithm().profile())
                .isEqualTo(demo.filing().algorithm().profile());
    }

    @Test
    void theAuditLogSaysWhatHappenedInWordsInBothLanguages() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID filing = filings.create(officer, company.getId(), "措辞算法", RoleChoice.SERVICE_PROVIDER).get(0).getId();
        // Entries as the portal records them: codes, so that the log reads the same in every language.
        String field = "algorithm.assessment.userCount";
        changeLog.record(company.getId(), filing, "consultant", "COMMENT", field, null);
        changeLog.record(company.getId(), filing, "officer", "COMMENT_ADDRESSED", field, null);
        changeLog.record(company.getId(), filing, "officer", "TRANSITION", "submitForReview", null);
        changeLog.record(company.getId(), filing, "consultant", "TRANSITION", "returnForRework: 请补充用户数量", null);
        changeLog.record(AuditEvent.USER_INVITED, company.getId(), "admin", "newofficer (OFFICER)");
        changeLog.record(company.getId(), null, "officer", "TRIAGE_SAVED", "灵犀绘图助手 · 6", null);
        // A questionnaire saved before its end found nothing yet (found in a walk: "0 obligations found").
        changeLog.record(company.getId(), null, "officer", "TRIAGE_SAVED", "灵犀翻译 · -", null);
        // A large-model list's rows, grouped as every count (found in a walk: "关键词.xlsx · 10180").
        changeLog.record(company.getId(), null, "officer", "MODEL_LIST_UPLOADED", "关键词.xlsx · 10180", null);
        PortalUser admin = PortalUser.of(fixtures.admin());
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String text = Jsoup.parse(mvc.perform(get("/audit").with(user(admin)).param("companyId",
                    company.getId().toString()).param("lang", locale.equals(Locale.ENGLISH) ? "en" : "zh-CN"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("tbody").text();
            String label = fieldLabels.label(field, locale);
            assertThat(text).as(locale.toString())
                    .contains(message("action.COMMENT", locale) + " · " + label)
                    .contains(message("action.COMMENT_ADDRESSED", locale) + " · " + label)
                    .contains(message("action.TRANSITION", locale) + " · " + message("transition.submitForReview", locale))
                    .contains(message("transition.returnForRework", locale) + " · 请补充用户数量")
                    .contains(message("action.CREATE", locale) + " · " + message("role.SERVICE_PROVIDER", locale))
                    .contains("newofficer (" + message("userRole.OFFICER", locale) + ")")
                    .contains(messages.getMessage("audit.triage", new Object[] {"灵犀绘图助手", 6}, locale))
                    .contains(messages.getMessage("audit.triagePartial", new Object[] {"灵犀翻译"}, locale))
                    .doesNotContain("灵犀绘图助手 · 6")
                    .contains("关键词.xlsx · " + messages.getMessage("modelFiling.history.rows", new Object[] {10180},
                            locale)).contains("10,180").doesNotContain("10180")
                    .doesNotContain(field).doesNotContain("COMMENT_ADDRESSED").doesNotContain("submitForReview")
                    .doesNotContain("returnForRework").doesNotContain("SERVICE_PROVIDER").doesNotContain("OFFICER")
                    .doesNotContain("??");

            // The export says the same, in the page's columns: the action in one, what it concerned in the next.
            var export = mvc.perform(get("/audit.csv").with(user(admin)).param("companyId",
                    company.getId().toString()).param("lang", locale.equals(Locale.ENGLISH) ? "en" : "zh-CN"))
                    .andExpect(status().isOk()).andReturn().getResponse();
            String csv = new String(export.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            String zone = java.time.ZonedDateTime.now(userZones.of(admin.getUsername())).getOffset().getId()
                    .replace("Z", "+00:00");
            // The file is named in the reader's language, with the reader's day.
            assertThat(org.springframework.http.ContentDisposition.parse(export.getHeader("Content-Disposition"))
                    .getFilename()).as(locale.toString()).isEqualTo(message("audit.title", locale) + "-"
                            + java.time.LocalDate.now(userZones.of(admin.getUsername())) + ".csv");
            assertThat(csv.lines().findFirst().orElseThrow()).as(locale.toString()).isEqualTo("\uFEFF"
                    + java.util.stream.Stream.of("audit.entry", "workflow.when", "filing.company",
                            "audit.subject", "workflow.who", "audit.signInName", "audit.address", "workflow.what",
                            "audit.detail")
                            .map(key -> "\"" + message(key, locale) + "\"")
                            .collect(java.util.stream.Collectors.joining(",")));
            assertThat(csv).as(locale.toString())
                    .contains("\"" + message("action.COMMENT", locale) + "\",\"" + label + "\"")
                    .contains("\"" + message("action.TRANSITION", locale) + "\",\""
                            + message("transition.returnForRework", locale) + " · 请补充用户数量\"")
                    .contains("\"newofficer (" + message("userRole.OFFICER", locale) + ")\"")
                    .contains("(" + zone + ")\"")
                    .doesNotContain(field).doesNotContain("COMMENT_ADDRESSED").doesNotContain("submitForReview")
                    .doesNotContain("SERVICE_PROVIDER").doesNotContain("OFFICER").doesNotContain("??");
        }
    }

    /**
     * Found in a walk: a cancellation's entry in the history said no date. It says the day the cancellation took
     * effect and the day the service ended, in words, before its reason; an approval's says the day the CAC approved
     * it beside the number. Both languages, on the filing's history and in the audit log and its export.
     */
    @Test
    void theEntriesOfAnApprovalAndACancellationSayTheirDays() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "注销算法");
        fixtures.approve(filing, officer, java.time.LocalDate.of(2026, 12, 20), java.time.LocalDate.of(2027, 3, 1));
        filings.transition(officer, filing.getId(), (f, a) -> f.cancel(a, java.time.LocalDate.of(2027, 6, 30),
                java.time.LocalDate.of(2027, 7, 10), "产品下线"));
        String number = filings.get(filing.getId(), officer).getFilingNumber();
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "zh-CN", List.of("流程操作 · 备案通过 · " + number + "；备案通过日期：2027-03-01",
                        "流程操作 · 注销 · 2027-07-10 起注销（服务终止日期：2027-06-30） · 产品下线"),
                "en", List.of("Status change · Approved by the CAC · " + number + "; approved on 2027-03-01",
                        "Status change · Cancelled · effective 2027-07-10 (the service ended on 2027-06-30) · 产品下线"));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        for (var language : expected.entrySet()) {
            List<String> history = Jsoup.parse(mvc.perform(get("/filings/{id}/history", filing.getId())
                    .with(user(officer)).param("lang", language.getKey())).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString()).select("#versions tbody tr td:last-child").eachText();
            assertThat(history).as(language.getKey())
                    .startsWith(language.getValue().get(1), language.getValue().get(0));
            String audit = Jsoup.parse(mvc.perform(get("/audit").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", language.getKey()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("tbody").text();
            String csv = new String(mvc.perform(get("/audit.csv").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", language.getKey()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String entry : language.getValue()) {
                String detail = entry.substring(entry.indexOf(" · ") + 3);
                assertThat(audit).as(language.getKey()).contains(detail);
                assertThat(csv).as(language.getKey()).contains("\"" + detail + "\"");
            }
        }
    }

    /**
     * Found in a walk: the moves whose note is only a day read as a bare date ("提交网信办 · 2026-12-04", "记录主体审核通过 ·
     * 2026-12-02"). The workflow log, the history, the audit log and its export say which day it is, in both
     * languages, for entries logged before too (the log keeps the bare date).
     */
    @Test
    void entriesWhoseNoteIsADaySayWhichDayItIs() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, TestFixtures.unique("日期算法"));
        UUID id = filing.getId();
        filings.transition(officer, id, (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });
        filings.transition(officer, id, (f, a) -> f.recordSubmission(a, java.time.LocalDate.of(2026, 12, 4)));
        filings.transition(officer, id, (f, a) -> f.recordApproval(a,
                new com.cacfiling.domain.identifiers.FilingNumber(TestFixtures.uniqueFilingNumber()),
                java.time.LocalDate.of(2026, 12, 10)));
        filings.transition(officer, id, (f, a) -> f.recordServiceEnd(a, java.time.LocalDate.of(2027, 6, 30)));
        filings.recordEntityApproval(officer, id, java.time.LocalDate.of(2026, 12, 2));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "zh-CN", List.of("提交网信办 · 提交日期：2026-12-04", "记录服务终止 · 服务终止日期：2027-06-30",
                        "记录主体审核通过 · 审核通过日期：2026-12-02"),
                "en", List.of("Submitted to the CAC · submitted on 2026-12-04",
                        "End of service recorded · service ending on 2027-06-30",
                        "Entity approval recorded · approved on 2026-12-02"));
        java.util.Map<String, List<String>> workflowNotes = java.util.Map.of(
                "zh-CN", List.of("提交日期：2026-12-04", "服务终止日期：2027-06-30", "审核通过日期：2026-12-02"),
                "en", List.of("Submitted on 2026-12-04", "Service ending on 2027-06-30", "Approved on 2026-12-02"));
        for (var language : expected.entrySet()) {
            String lang = language.getKey();
            String history = Jsoup.parse(mvc.perform(get("/filings/{id}/history", id).with(user(officer))
                    .param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .select("#versions tbody td:last-child").text();
            String audit = Jsoup.parse(mvc.perform(get("/audit").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("tbody").text();
            String csv = new String(mvc.perform(get("/audit.csv").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String entry : language.getValue()) {
                assertThat(history).as(lang).contains(entry);
                assertThat(audit).as(lang).contains(entry);
                // The export has the action and what it concerned in two columns.
                assertThat(csv.replace("\",\"", " · ")).as(lang).contains(" · " + entry + "\"\n");
            }
            var workflow = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", id).with(user(officer))
                    .param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(List.of(workflow.select("#history .submission-note").text(),
                    workflow.select("#history .service-end-note").text(),
                    workflow.select("#history .entity-approval-note").text())).as(lang)
                    .zipSatisfy(workflowNotes.get(lang), (shown, note) -> assertThat(shown).startsWith(note));
            assertThat(workflow.select("#history td:last-child").eachText()).as(lang)
                    .noneMatch(note -> note.matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }

    /**
     * Found in a walk: the audit log named people by their sign-in names while the filing's pages name them (李静), left
     * the name column empty for large-model filings, and said an uploaded list's rows as a bare number ("11000"). It
     * names people as the pages do with the sign-in name in the cell's title and in a column of the export of its own,
     * a large-model filing by its model or service as its lists do (the column says so), and the rows as the filing's
     * history says them, in both languages.
     */
    @Test
    void theAuditLogNamesPeopleLargeModelFilingsAndRowsAsTheirPagesDo() throws Exception {
        Company company = fixtures.company();
        var officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        jdbc.update("update app_user set display_name = '李静' where id = ?", officerAccount.getId());
        var registration = modelFilings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION, null);
        jdbc.update("update model_filing set content = jsonb_set(content, '{model,basics}', "
                + "'{\"serviceName\":\"灵犀写作助手\",\"modelName\":\"DeepSeek-V3\"}') where id = ?",
                registration.getId());
        // An upload as the portal logs it: the file's name and its row count.
        jdbc.update("insert into change_log (company_id, model_filing_id, actor, at, action, detail) "
                + "values (?, ?, ?, now(), 'MODEL_LIST_UPLOADED', 'keywords.csv · 11000')", company.getId(),
                registration.getId(), officerAccount.getUsername());
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        java.util.Map<String, List<String>> expected = java.util.Map.of(
                "zh-CN", List.of("算法、模型或服务", "上传清单 · keywords.csv · 11,000 行", "登录用户名"),
                "en", List.of("Algorithm, model or service", "List uploaded · keywords.csv · 11,000 rows",
                        "Sign-in name"));
        for (var language : expected.entrySet()) {
            String lang = language.getKey();
            var audit = Jsoup.parse(mvc.perform(get("/audit").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(audit.select("#audit thead th").eachText()).as(lang).contains(language.getValue().get(0));
            var rows = audit.select("#audit tbody tr");
            assertThat(rows).as(lang).hasSize(2).allSatisfy(row -> {
                assertThat(row.select("td").get(2).text()).isEqualTo("灵犀写作助手");
                assertThat(row.select("td").get(2).selectFirst("a").attr("href"))
                        .isEqualTo("/model-filings/" + registration.getId() + "/history");
                assertThat(row.select("td").get(3).text()).isEqualTo("李静");
                assertThat(row.selectFirst("td .actor").attr("title")).isEqualTo(officerAccount.getUsername());
            });
            assertThat(rows.select("td:last-child").eachText()).as(lang).contains(language.getValue().get(1));
            assertThat(audit.text()).doesNotContain("11000");

            String csv = new String(mvc.perform(get("/audit.csv").with(user(consultant))
                    .param("companyId", company.getId().toString()).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines().findFirst().orElseThrow()).as(lang)
                    .contains("\"" + language.getValue().get(0) + "\",\""
                            + message("workflow.who", Locale.forLanguageTag(lang)) + "\",\""
                            + language.getValue().get(2) + "\"");
            assertThat(csv).as(lang).contains("\"灵犀写作助手\",\"李静\",\"" + officerAccount.getUsername() + "\"")
                    .doesNotContain("11000");
            assertThat(csv.replace("\",\"", " · ")).as(lang).contains("\"" + language.getValue().get(1) + "\"");
        }
    }

    /** A field in a row of a row names both rows: each risk has a first measure, and comments must tell them apart. */
    @Test
    void aFieldInARowOfARowNamesBothRows() {
        String second = fieldLabels.label("algorithm.assessment.risks[1].measures[0].kind", Locale.SIMPLIFIED_CHINESE);
        String third = fieldLabels.label("algorithm.assessment.risks[2].measures[0].kind", Locale.SIMPLIFIED_CHINESE);
        assertThat(second).isNotEqualTo(third).contains(" 2 · ").contains(" 1）");
        assertThat(third).contains(" 3 · ");
        assertThat(fieldLabels.label("algorithm.assessment.risks[1].measures[0].kind", Locale.ENGLISH))
                .contains(" 2 · ").endsWith(" 1)");
    }

    @Test
    void everyAuditEventHasItsWordsInBothBundles() {
        for (AuditEvent event : AuditEvent.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage("action." + event.name(), null, null, locale)).as(event + " " + locale)
                        .isNotBlank();
            }
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
