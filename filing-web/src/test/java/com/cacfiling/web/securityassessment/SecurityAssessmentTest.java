package com.cacfiling.web.securityassessment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.PdfText;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.triage.Services;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security assessment report as its users go through it: opened from the service's result, filled, saved, opened
 * again and saved unchanged, one field edited, a date typed wrongly, two people saving at once, submitted; read by a
 * consultant with ID numbers masked and downloaded in both formats.
 */
@PortalTest
public class SecurityAssessmentTest {

    static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Services services;

    @Autowired
    JdbcTemplate jdbc;

    private UUID service(Company company, PortalUser officer, String name) {
        UUID id = services.create(officer, company.getId(), name, "面向公众的对话服务");
        services.saveAnswers(officer, id, services.get(id, officer).version(), TestFixtures.SELF_BUILT_CHAT);
        return id;
    }

    /** The whole report as a page posts it: every part written, all measures in place, not submitted. */
    static Map<String, String> complete() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("functions", "面向境内公众的多轮对话问答，网页与 App 提供");
        form.put("facilities", "自建 GPU 集群与内容审核系统");
        form.put("deployment", "北京亦庄机房");
        form.put("licences", "京ICP备2026000001号；算法备案编号待取得");
        form.put("triggers", "LAUNCH");
        form.put("assessor", "SELF");
        form.put("assessedOn", "2026-11-20");
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            form.put("measures[" + measure + "].state", MeasureState.IN_PLACE.name());
            form.put("measures[" + measure + "].situation", "已落实：" + measure.ordinal());
            form.put("measures[" + measure + "].remedy", "");
        }
        form.put("measures[SECURITY_STAFF].situation", "安全负责人 张三 身份证 " + ID_NUMBER + "，审核员 12 名");
        form.put("conclusion", "各项措施已落实，安全风险可控。");
        form.put("otherMatters", "");
        form.put("submittedOn", "");
        form.put("submissionReference", "");
        return form;
    }

    private MockHttpServletRequestBuilder save(UUID service, PortalUser user, long version, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/services/{id}/security-assessment", service).with(user(user))
                .with(csrf()).param("version", String.valueOf(version)).param("_triggers", "on");
        form.forEach(request::param);
        return request;
    }

    /** What the page's report form sends as it stands: its fields, the radios and boxes checked. */
    static Map<String, String> formOf(String html) {
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(html).getElementById("security-assessment-form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (org.jsoup.nodes.Element field : form.select("input[name], textarea[name]")) {
            String type = field.attr("type");
            if (field.tagName().equals("textarea")) {
                fields.put(field.attr("name"), field.wholeText().replaceFirst("^\n", ""));
            }
            else if (!type.equals("radio") && !type.equals("checkbox") || field.hasAttr("checked")) {
                fields.merge(field.attr("name"), field.val(), (a, b) -> a + "," + b);
            }
        }
        return fields;
    }

    private MockHttpServletRequestBuilder postForm(UUID service, PortalUser user, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/services/{id}/security-assessment", service).with(user(user))
                .with(csrf());
        form.forEach((name, value) -> request.param(name, name.equals("triggers") ? value.split(",") : new String[] {value}));
        return request;
    }

    private String page(UUID service, PortalUser user, String... lang) throws Exception {
        MockHttpServletRequestBuilder request = get("/services/{id}/security-assessment", service).with(user(user));
        if (lang.length > 0) {
            request.param("lang", lang[0]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(UUID service) {
        return jdbc.queryForObject("select coalesce(max(version), 0) from security_assessment where service_id = ?",
                Long.class, service);
    }

    private String obligation(UUID service) {
        return jdbc.queryForObject("select status from obligation where service_id = ? and kind = 'SECURITY_ASSESSMENT'",
                String.class, service);
    }

    @Test
    void theReportIsReachedFromTheServiceFilledSavedAndAnUnchangedSecondSaveChangesNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀对话");
        String result = mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("/services/" + service + "/security-assessment", "填写安全评估报告");

        String empty = page(service, officer);
        // Never saved: no list of what is missing yet, and no note beside every field.
        assertThat(empty).contains("尚未保存", "1. 安全管理负责人").doesNotContain("请写明服务的功能和服务范围");
        assertThat(empty).doesNotContain("rule.securityAssessment", "securityAssessment.field", "??");

        Map<String, String> partial = new LinkedHashMap<>();
        partial.put("functions", "对话问答");
        mvc.perform(save(service, officer, 0, partial)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(page(service, officer)).contains("还有 15 项需要完善", "请写明支撑服务的软硬件设施", "（第六条）")
                .doesNotContain("尚未保存");
        mvc.perform(save(service, officer, 1, complete()))
                .andExpect(redirectedUrl("/services/" + service + "/security-assessment"))
                .andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(version(service)).isEqualTo(2);
        assertThat(obligation(service)).isEqualTo("IN_PROGRESS");

        // The second visit shows what was saved, and saving it as shown makes no version.
        String saved = page(service, officer);
        assertThat(saved).contains("报告已齐备，可以签字盖章后提交", "北京亦庄机房", "value=\"2026-11-20\"", ID_NUMBER)
                .doesNotContain("需要完善");
        mvc.perform(save(service, officer, 2, complete()))
                .andExpect(flash().attribute("message", "securityAssessment.unchanged"));
        assertThat(version(service)).isEqualTo(2);

        // One field edited: only it changes.
        Map<String, String> edited = complete();
        edited.put("deployment", "北京亦庄机房与上海临港机房");
        mvc.perform(save(service, officer, 2, edited)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(version(service)).isEqualTo(3);
        assertThat(page(service, officer)).contains("北京亦庄机房与上海临港机房", "各项措施已落实，安全风险可控。",
                "value=\"2026-11-20\"");
        assertThat(jdbc.queryForObject("select count(*) from change_log where company_id = ? and action ="
                + " 'SECURITY_ASSESSMENT_SAVED'", Long.class, company.getId())).isEqualTo(3);
    }

    @Test
    void aDateTypedWronglyStaysAsTypedWithItsMessageAndAMeasureNotInPlaceAsksForItsRemedy() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀绘图");
        Map<String, String> form = complete();
        form.put("assessedOn", "2026-13-45");
        form.put("measures[COMPLAINTS].state", MeasureState.PARTLY.name());
        mvc.perform(save(service, officer, 0, form)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        String shown = page(service, officer);
        assertThat(shown).contains("“2026-13-45”不是有效的日期", "这项措施未完全落实：请写明整改措施和完成时间",
                "还有 2 项需要完善");
        // In a text field (a date field would drop what cannot be read).
        assertThat(shown).containsPattern("<input type=\"text\"[^>]*id=\"assessedOn\"[^>]*value=\"2026-13-45\"");
        // Saved again as shown, the typed date is still there and nothing is a new version.
        mvc.perform(save(service, officer, 1, form)).andExpect(flash().attribute("message", "securityAssessment.unchanged"));
        // Mended: the remedy makes the gap a warning, and the date reads.
        form.put("assessedOn", "2026-11-20");
        form.put("measures[COMPLAINTS].remedy", "2027 年 1 月底前公布举报电话");
        mvc.perform(save(service, officer, 1, form)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(page(service, officer)).contains("报告已齐备", "报告会如实写明").doesNotContain("不是有效的日期");
        assertThat(page(service, officer, "en")).contains("The report is complete", "This measure is not fully in place")
                .doesNotContain("securityAssessment.", "rule.");
        // Found in a walk: a date picker turned a mistyped date into the year 1345.
        form.put("assessedOn", "1345-02-02");
        mvc.perform(save(service, officer, 2, form)).andReturn();
        assertThat(page(service, officer)).contains("日期 1345-02-02 早于", "请核对年份");
    }

    /**
     * Found in a walk: the colleague refused once pressed save again and wiped the other person's change. Now changes
     * to different fields merge; the same field changed by both is refused, named with what the other saved, and
     * saved as shown only when confirmed.
     */
    @Test
    void twoPeopleSavingAtOnceNeverOverwriteEachOther() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser colleague = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀写作");
        mvc.perform(save(service, officer, 0, complete())).andReturn();

        // Different fields, both from version 1: the later save keeps the earlier one's change.
        Map<String, String> mine = complete();
        mine.put("otherMatters", "官员补充的说明");
        mvc.perform(save(service, officer, 1, mine)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        Map<String, String> theirs = complete();
        theirs.put("facilities", "同事改的软硬件设施");
        mvc.perform(save(service, colleague, 1, theirs)).andExpect(flash().attribute("message", "securityAssessment.merged"))
                .andExpect(flash().attribute("messageArgument", org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString())));
        assertThat(version(service)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select answers->>'otherMatters' from security_assessment where service_id = ?",
                String.class, service)).isEqualTo("官员补充的说明");
        assertThat(jdbc.queryForObject("select answers->>'facilities' from security_assessment where service_id = ?",
                String.class, service)).isEqualTo("同事改的软硬件设施");

        // The same field, both from version 3: refused, and nothing is saved.
        Map<String, String> officerNow = complete();
        officerNow.put("otherMatters", "官员补充的说明");
        officerNow.put("facilities", "同事改的软硬件设施");
        Map<String, String> officerConclusion = new LinkedHashMap<>(officerNow);
        officerConclusion.put("conclusion", "官员的结论");
        mvc.perform(save(service, officer, 3, officerConclusion)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        Map<String, String> colleagueConclusion = new LinkedHashMap<>(officerNow);
        colleagueConclusion.put("conclusion", "同事的结论");
        colleagueConclusion.put("deployment", "同事改的部署位置");
        MvcResult refused = mvc.perform(save(service, colleague, 3, colleagueConclusion))
                .andExpect(flash().attribute("conflict", true)).andReturn();
        assertThat(version(service)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select answers->>'conclusion' from security_assessment where service_id = ?",
                String.class, service)).isEqualTo("官员的结论");
        // The refused page: the colleague's typing in the form, the field named with what the officer saved.
        String after = mvc.perform(get("/services/{id}/security-assessment", service).with(user(colleague))
                        .session((org.springframework.mock.web.MockHttpSession) refused.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("都改了", "安全评估结论", "官员的结论", "同事的结论", "同事改的部署位置",
                "name=\"version\" value=\"4\"");
        // Confirmed: the page's own form, as the browser sends it, is saved as it shows.
        Map<String, String> shownForm = formOf(after);
        assertThat(shownForm).containsEntry("conclusion", "同事的结论").containsEntry("otherMatters", "官员补充的说明")
                .containsEntry("version", "4");
        mvc.perform(postForm(service, colleague, shownForm)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(jdbc.queryForObject("select answers->>'conclusion' from security_assessment where service_id = ?",
                String.class, service)).isEqualTo("同事的结论");
        assertThat(jdbc.queryForObject("select answers->>'otherMatters' from security_assessment where service_id = ?",
                String.class, service)).isEqualTo("官员补充的说明");

        // The first save of a report by two people at once: the same fields differ, so the second is refused.
        UUID other = service(company, officer, "灵犀搜索");
        mvc.perform(save(other, officer, 0, complete())).andReturn();
        mvc.perform(save(other, colleague, 0, colleagueConclusion)).andExpect(flash().attribute("conflict", true));
    }

    /**
     * A submission date on a report still missing something is not called submitted as if complete, and the register
     * keeps the obligation open (found in a walk: "recorded as submitted" above "3 items to complete").
     */
    @Test
    void aSubmissionDateOnAnIncompleteReportIsSaidToBeOnAnIncompleteReport() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀未齐");
        Map<String, String> incomplete = complete();
        incomplete.put("conclusion", "");
        incomplete.put("submittedOn", "2026-11-25");
        mvc.perform(save(service, officer, 0, incomplete)).andReturn();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(page(service, officer));
        assertThat(page.select("#submitted-notice")).isEmpty();
        assertThat(page.select("#submitted-incomplete").text()).contains("已填写提交日期，但报告还有 1 项需要完善");
        assertThat(obligation(service)).isNotEqualTo("DONE");
        Map<String, String> done = complete();
        done.put("submittedOn", "2026-11-25");
        mvc.perform(save(service, officer, 1, done)).andReturn();
        page = org.jsoup.Jsoup.parse(page(service, officer));
        assertThat(page.select("#submitted-incomplete")).isEmpty();
        assertThat(page.select("#submitted-notice").text()).contains("这份报告已记录提交");
        assertThat(obligation(service)).isEqualTo("DONE");
    }

    /** Art. 3's cases recur: a submitted report is kept as its round, and the next round starts from its facts. */
    @Test
    void aNewRoundKeepsTheSubmittedReportAndAsksAgainWhyWhenAndTheConclusion() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀课堂");
        mvc.perform(save(service, officer, 0, complete())).andReturn();
        mvc.perform(post("/services/{id}/security-assessment/new-round", service).with(user(officer)).with(csrf())
                .param("version", "1")).andExpect(flash().attribute("message", "securityAssessment.newRound.notSubmitted"));
        assertThat(page(service, officer)).doesNotContain("id=\"start-new-round\"");
        Map<String, String> submitted = complete();
        submitted.put("submittedOn", "2026-11-25");
        submitted.put("submissionReference", "BA-2026-0009");
        submitted.put("otherMatters", "上一轮的其他说明");
        mvc.perform(save(service, officer, 1, submitted)).andReturn();
        assertThat(obligation(service)).isEqualTo("DONE");
        assertThat(page(service, officer)).contains("id=\"start-new-round\"", "这份报告已记录提交");

        mvc.perform(post("/services/{id}/security-assessment/new-round", service).with(user(officer)).with(csrf())
                .param("version", "2")).andExpect(flash().attribute("message", "securityAssessment.newRound.started"));
        assertThat(obligation(service)).isEqualTo("IN_PROGRESS");
        String next = page(service, officer);
        assertThat(next).contains("第 2 轮评估", "历次评估", "BA-2026-0009", "北京亦庄机房",
                "/security-assessment/rounds/1/report.pdf", "请选择开展本次评估的情形", "请写明安全评估结论")
                .doesNotContain("各项措施已落实，安全风险可控。");
        // The last round's other matters do not read as this round's.
        assertThat(formOf(next)).containsEntry("otherMatters", "").containsEntry("functions", "面向境内公众的多轮对话问答，网页与 App 提供");
        MockHttpServletResponse round1 = mvc.perform(get("/services/{id}/security-assessment/rounds/1/report.pdf",
                service).with(user(officer)).param("language", "zh")).andExpect(status().isOk()).andReturn().getResponse();
        // Named by its round and the day it was submitted: the rounds' files are told apart.
        assertThat(org.springframework.http.ContentDisposition.parse(round1.getHeader("Content-Disposition"))
                .getFilename()).isEqualTo("安全评估报告-灵犀课堂-第1轮-2026-11-25.pdf");
        String earlier = PdfText.of(round1.getContentAsByteArray());
        assertThat(earlier).contains("各项措施已落实，安全风险可控。", "第1轮", "BA-2026-0009").doesNotContain("草稿");
        mvc.perform(get("/services/{id}/security-assessment/rounds/9/report.pdf", service).with(user(officer)))
                .andExpect(status().isNotFound());
        // A submitted report made incomplete again takes the obligation back into work.
        UUID again = service(company, officer, "灵犀书房");
        mvc.perform(save(again, officer, 0, submitted)).andReturn();
        assertThat(obligation(again)).isEqualTo("DONE");
        Map<String, String> cleared = new LinkedHashMap<>(submitted);
        cleared.put("conclusion", "");
        mvc.perform(save(again, officer, 1, cleared)).andReturn();
        assertThat(obligation(again)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aSubmittedCompleteReportMeetsTheObligationAndASubmissionDateBeforeTheAssessmentDoesNot() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀翻译");
        Map<String, String> form = complete();
        form.put("submittedOn", "2026-11-10");
        form.put("submissionReference", "BA-2026-0001");
        mvc.perform(save(service, officer, 0, form)).andReturn();
        assertThat(obligation(service)).isEqualTo("IN_PROGRESS");
        assertThat(page(service, officer)).contains("提交日期 2026-11-10 早于评估日期 2026-11-20");
        form.put("submittedOn", "2026-11-25");
        mvc.perform(save(service, officer, 1, form)).andReturn();
        assertThat(obligation(service)).isEqualTo("DONE");
        assertThat(page(service, officer)).contains("报告已齐备并已记录提交");
        // The service's result says so beside the report's link.
        assertThat(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("打开安全评估报告", "已提交")
                .doesNotContain("填写安全评估报告");
        // From the English page the report for submission is Chinese; the English one is asked for by name.
        assertThat(page(service, officer, "en")).contains("Report for submission (PDF, in Chinese)",
                "report.pdf?language=en");
        String chinese = PdfText.of(mvc.perform(get("/services/{id}/security-assessment/report.pdf", service)
                .with(user(officer)).param("language", "zh").locale(java.util.Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(chinese).contains("一、基本情况");
        String english = PdfText.of(mvc.perform(get("/services/{id}/security-assessment/report.pdf", service)
                .with(user(officer)).param("language", "en")).andReturn().getResponse().getContentAsByteArray());
        // A translation to read, not a document to sign.
        assertThat(english).contains("1.Basicfacts", "Englishtranslationforreadingonly").doesNotContain("signature");
        // The register's obligation leads to the report too.
        UUID obligationId = jdbc.queryForObject("select id from obligation where service_id = ? and kind ="
                + " 'SECURITY_ASSESSMENT'", UUID.class, service);
        assertThat(mvc.perform(get("/obligations/{id}", obligationId).with(user(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"open-security-assessment\"",
                "/services/" + service + "/security-assessment");
    }

    /**
     * Found in a walk: the English report and the English Excel exports named the company by its English name, every
     * English algorithm and large-model document by its registered one. Documents and exports say the registered
     * (legal) name in both languages; the pages still show the English name.
     */
    @Test
    void theEnglishReportAndTheEnglishExportsNameTheCompanyByItsRegisteredName() throws Exception {
        Company company = fixtures.company();
        jdbc.update("update company set name_en = ? where id = ?", "Lingxi Registered Name Test Co., Ltd.",
                company.getId());
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀翻译");
        mvc.perform(save(service, officer, 0, complete())).andReturn();
        fixtures.filing(company, TestFixtures.unique("公司名称导出算法"));
        String english = PdfText.of(mvc.perform(get("/services/{id}/security-assessment/report.pdf", service)
                .with(user(officer)).param("language", "en")).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains(company.getName()).doesNotContain("LingxiRegisteredNameTest");
        for (String export : List.of("/obligations/export.xlsx", "/filings/export.xlsx")) {
            byte[] xlsx = mvc.perform(get(export).param("lang", "en").with(user(officer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            List<String> companies = new java.util.ArrayList<>();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = workbook.getSheetAt(0);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    companies.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(companies).as(export).isNotEmpty().allMatch(company.getName()::equals);
        }
        // The English page still shows the English name.
        assertThat(page(service, officer, "en")).contains("Lingxi Registered Name Test Co., Ltd.");
    }

    @Test
    void onlyThoseWhoMaySeeTheServiceReachItAndAConsultantSeesIdNumbersMaskedAndKeepsThemWhenSaving() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = service(company, officer, "灵犀问答");
        mvc.perform(save(service, officer, 0, complete())).andReturn();

        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/services/{id}/security-assessment", service).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/services/{id}/security-assessment/report.pdf", service).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(save(service, stranger, 1, complete())).andExpect(status().isNotFound());
        assertThat(version(service)).isEqualTo(1);

        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        String masked = ResidentIdNumber.maskedIn(ID_NUMBER);
        assertThat(page(service, consultant)).contains(masked, "隐去了中间部分").doesNotContain(ID_NUMBER);
        assertThat(page(service, officer)).doesNotContain("隐去了中间部分");
        // The consultant saves the page as shown, and edits another field: the officer's number is kept.
        Map<String, String> asShown = complete();
        asShown.put("measures[SECURITY_STAFF].situation", "安全负责人 张三 身份证 " + masked + "，审核员 12 名");
        mvc.perform(save(service, consultant, 1, asShown)).andExpect(flash().attribute("message", "securityAssessment.unchanged"));
        asShown.put("otherMatters", "顾问补充：建议每季度复评。");
        mvc.perform(save(service, consultant, 1, asShown)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        assertThat(jdbc.queryForObject("select answers::text from security_assessment where service_id = ?",
                String.class, service)).contains(ID_NUMBER).contains("顾问补充");
        // The officer, who submits the report, is told of the consultant's change in the inbox: once until read.
        mvc.perform(save(service, consultant, 2, asShownWith(asShown, "otherMatters", "顾问再次补充。"))).andReturn();
        String inbox = mvc.perform(get("/inbox").with(user(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("顾问修改了“灵犀问答”的安全评估报告。");
        assertThat(inbox.split("顾问修改了“灵犀问答”的安全评估报告。", -1)).hasSize(2);
        UUID message = jdbc.queryForObject("select id from notification where service_id = ?", UUID.class, service);
        mvc.perform(get("/inbox/{id}", message).with(user(officer)))
                .andExpect(redirectedUrl("/services/" + service + "/security-assessment"));

        MockHttpServletResponse pdf = mvc.perform(get("/services/{id}/security-assessment/report.pdf", service)
                .with(user(consultant))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment");
        String text = PdfText.of(pdf.getContentAsByteArray());
        assertThat(text).contains("安全评估报告", "灵犀问答", masked.replaceAll("\\s+", ""), "顾问再次补充").doesNotContain(ID_NUMBER, "草稿");
        byte[] docx = mvc.perform(get("/services/{id}/security-assessment/report.docx", service).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("北京亦庄机房", ID_NUMBER);
        }
        mvc.perform(get("/services/{id}/security-assessment/report.txt", service).with(user(officer)))
                .andExpect(status().isNotFound());
    }

    @Autowired
    com.cacfiling.web.token.ApiTokens tokens;

    /** Found in a review: edge cases of saving a report that two people, or the page and the API, work on. */
    @Test
    void blankSavesStaleRoundsAndAConsultantsStaleSaveChangeNothingTheyShouldNot() throws Exception {
        Company company = fixtures.company();
        var officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        UUID service = service(company, officer, "边界服务");
        // The blank page saved as it came makes no report and leaves the obligation open.
        mvc.perform(post("/services/{id}/security-assessment", service).with(user(officer)).with(csrf())
                        .param("version", "0").param("_triggers", "on"))
                .andExpect(flash().attribute("message", "securityAssessment.unchanged"));
        assertThat(version(service)).isZero();
        assertThat(obligation(service)).isEqualTo("OPEN");

        // A consultant's stale save around a masked number, while the officer changed that number: the consultant's
        // masked text stands for the number they saw, and is not taken as theirs to change.
        mvc.perform(save(service, officer, 0, complete())).andReturn();
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        String newNumber = "11010519800101123" + ResidentIdNumber.checkCharacter("11010519800101123");
        assertThat(ResidentIdNumber.isValid(newNumber)).isTrue();
        Map<String, String> officerEdit = complete();
        officerEdit.put("measures[SECURITY_STAFF].situation", "安全负责人 张三 身份证 " + newNumber + "，审核员 12 名");
        mvc.perform(save(service, officer, 1, officerEdit)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        Map<String, String> consultantEdit = complete();
        consultantEdit.put("measures[SECURITY_STAFF].situation",
                "安全负责人 张三 身份证 " + ResidentIdNumber.maskedIn(ID_NUMBER) + "，审核员 12 名");
        consultantEdit.put("otherMatters", "顾问的补充");
        mvc.perform(save(service, consultant, 1, consultantEdit))
                .andExpect(flash().attribute("message", "securityAssessment.merged"));
        String stored = jdbc.queryForObject("select answers::text from security_assessment where service_id = ?",
                String.class, service);
        assertThat(stored).contains(newNumber, "顾问的补充").doesNotContain("*");

        // A report sent back over the API as GET gave it keeps a date typed unreadably on the page.
        Map<String, String> typedBadly = complete();
        typedBadly.put("measures[SECURITY_STAFF].situation", "安全负责人 张三 身份证 " + newNumber + "，审核员 12 名");
        typedBadly.put("otherMatters", "顾问的补充");
        typedBadly.put("assessedOn", "2026-11-3x");
        mvc.perform(save(service, officer, 3, typedBadly)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        String token = "Bearer " + tokens.create(officerAccount.getId(), "test");
        MvcResult read = mvc.perform(get("/api/v1/services/{id}/security-assessment", service)
                .header("Authorization", token)).andExpect(status().isOk()).andReturn();
        String report = new tools.jackson.databind.json.JsonMapper().readTree(read.getResponse().getContentAsString())
                .get("report").toString();
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"sa4\""));
        assertThat(page(service, officer)).contains("“2026-11-3x”不是有效的日期");

        // Two people starting the next round at once, and a save from the round before: refused, not merged in.
        Map<String, String> submitted = new LinkedHashMap<>(typedBadly);
        submitted.put("assessedOn", "2026-11-20");
        submitted.put("submittedOn", "2026-11-25");
        mvc.perform(save(service, officer, 4, submitted)).andExpect(flash().attribute("message", "securityAssessment.saved"));
        mvc.perform(post("/services/{id}/security-assessment/new-round", service).with(user(officer)).with(csrf())
                .param("version", "5")).andExpect(flash().attribute("message", "securityAssessment.newRound.started"));
        mvc.perform(post("/services/{id}/security-assessment/new-round", service).with(user(consultant)).with(csrf())
                .param("version", "5")).andExpect(flash().attribute("message", "securityAssessment.newRound.conflict"));
        Map<String, String> lateFromRoundOne = new LinkedHashMap<>(submitted);
        lateFromRoundOne.put("conclusion", "上一轮页面上改的结论");
        mvc.perform(save(service, consultant, 5, lateFromRoundOne)).andExpect(flash().attribute("conflict", true));
        assertThat(jdbc.queryForObject("select answers->>'conclusion' from security_assessment where service_id = ?",
                String.class, service)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from security_assessment_round where service_id = ?",
                Long.class, service)).isEqualTo(1);
    }

    /** The same report over the REST API: ETags, a stale If-Match refused, words in the caller's language. */
    @Test
    void theReportIsReadAndWrittenOverTheApiWithETagsAndMaskedForCallersOutsideTheCompany() throws Exception {
        Company company = fixtures.company();
        var officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        UUID service = service(company, officer, "接口服务");
        String token = "Bearer " + tokens.create(officerAccount.getId(), "test");
        // One language rule for the whole API: the first of zh and en the header names, English without it.
        mvc.perform(get("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("Accept-Language", "fr-FR, zh;q=0.8"))
                .andExpect(jsonPath("$.findings[*].message", hasItem("请选择开展本次评估的情形。")));
        MvcResult read = mvc.perform(get("/api/v1/services/{id}/security-assessment", service)
                        .header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"sa0\""))
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.findings[*].message", hasItem("Choose why this assessment is made.")))
                // Read one at a time, a finding names the Provisions with the article (found in a walk: "Art. 6").
                .andExpect(jsonPath("$.findings[*].basis", hasItem(
                        "Security Assessment Provisions for Services with Public-Opinion Attributes Art. 3")))
                .andReturn();
        String body = """
                {"functions":"对话问答","facilities":"GPU","deployment":"北京","licences":"无","triggers":["LAUNCH"],
                 "assessor":"SELF","assessedOn":"2026-11-20","conclusion":"可控",
                 "measures":{%s}}""".formatted(String.join(",", java.util.Arrays.stream(SecurityMeasure.values())
                .map(m -> "\"" + m + "\":{\"state\":\"IN_PLACE\",\"situation\":\"负责人 " + ID_NUMBER + "\"}")
                .toList()));
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"sa1\""))
                .andExpect(jsonPath("$.ready").value(true)).andExpect(jsonPath("$.findings", hasSize(0)));
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("If-Match", "\"sa0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("If-Match", "\"sa1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("2026-11-20", "2026-13-45")))
                .andExpect(status().isBadRequest());
        assertThat(version(service)).isEqualTo(1);
        assertThat(obligation(service)).isEqualTo("IN_PROGRESS");

        var consultant = fixtures.consultant(company);
        String consultantToken = "Bearer " + tokens.create(consultant.getId(), "test");
        mvc.perform(get("/api/v1/services/{id}/security-assessment", service).header("Authorization", consultantToken))
                .andExpect(jsonPath("$.report.measures.SECURITY_STAFF.situation")
                        .value("负责人 " + ResidentIdNumber.maskedIn(ID_NUMBER)));
        // An archived company's report is read, not changed.
        jdbc.update("update company set archived = true where id = ?", company.getId());
        mvc.perform(put("/api/v1/services/{id}/security-assessment", service).header("Authorization", token)
                        .header("If-Match", "\"sa1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("可控", "改过")))
                .andExpect(status().isConflict());
        mvc.perform(save(service, officer, 1, complete())).andExpect(flash().attribute("message", "securityAssessment.archived"));
        assertThat(page(service, officer)).contains("该客户公司已归档").doesNotContain("id=\"save-security-assessment\"");
        assertThat(version(service)).isEqualTo(1);
        var stranger = fixtures.officer(fixtures.company());
        mvc.perform(get("/api/v1/services/{id}/security-assessment", service)
                .header("Authorization", "Bearer " + tokens.create(stranger.getId(), "test")))
                .andExpect(status().isNotFound());
    }

    private static Map<String, String> asShownWith(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }
}
