package com.cacfiling.web.modelfiling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.TestQuestion;
import com.cacfiling.domain.sample.SampleModelFiling;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The large-model filing's review, as the algorithm filing's: the company submits a filing with nothing left to
 * correct, the consultant returns it with a reason (shown on every page) or finds it ready to file; in review and
 * ready it is not changed; each move tells the other side, whose message leads to the filing.
 */
@PortalTest
class ModelFilingReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ModelFilingService filings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void submittedReturnedWithAReasonResubmittedAndFoundReady() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        UUID id = filings.create(officer, company.getId(), com.cacfiling.domain.largemodel.ModelFilingRoute.FILING,
                null).getId();

        // Incomplete: not submitted, and the review page says what to do instead of offering the button.
        mvc.perform(post("/model-filings/{id}/submit", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "modelFiling.review.blocked"));
        Document draft = page(officer, id, "review", null);
        assertThat(draft.select("#submit-for-review")).isEmpty();
        assertThat(draft.selectFirst("#submit-blocked")).isNotNull();
        assertThat(statusOf(id)).isEqualTo("DRAFT");

        complete(id);
        assertThat(page(officer, id, "review", null).select("#submit-for-review")).isNotEmpty();
        // One progress on every page of the filing, the lists included (the step pages counted the form alone).
        for (String path : List.of("steps/basic", "lists", "review", "history")) {
            assertThat(page(officer, id, path, null).selectFirst(".progress-text").text()).as(path).contains("100");
        }
        mvc.perform(post("/model-filings/{id}/submit", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));
        assertThat(statusOf(id)).isEqualTo("IN_REVIEW");

        // In review: read only, for the company's saves, uploads and the page alike.
        long version = jdbc.queryForObject("select version from model_filing where id = ?", Long.class, id);
        String refused = mvc.perform(post("/model-filings/{id}/steps/basic", id).with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version)).param("model.basics.modelName", "改名"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        // Said as what it is (not "someone else saved"), with the way back.
        Document refusal = Jsoup.parse(refused);
        assertThat(refusal.selectFirst("h1").text()).isEqualTo("现在不能修改");
        assertThat(refusal.selectFirst("#back-to-filing").attr("href")).isEqualTo("/model-filings/" + id + "/review");
        Document inReview = page(officer, id, "steps/basic", null);
        assertThat(inReview.select("#save, #save-next")).isEmpty();
        assertThat(inReview.selectFirst("#read-only-notice").text()).contains("正在审核");
        // Reviewing is the consultant's.
        mvc.perform(post("/model-filings/{id}/ready", id).with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        // The consultant was told, and the message leads to the filing.
        String inbox = mvc.perform(get("/inbox").with(user(consultant))).andReturn().getResponse()
                .getContentAsString();
        String messageLink = Jsoup.parse(inbox).select("a.open-message").stream()
                .filter(link -> link.text().contains("已提交审核")).findFirst().orElseThrow().attr("href");
        mvc.perform(get(messageLink).with(user(consultant)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/model-filings/" + id + "/review"));

        // A return without a reason is refused next to the field; the text typed stays.
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/model-filings/{id}/return", id).with(user(consultant)).with(csrf()).session(session)
                .param("reason", "  ")).andExpect(flash().attribute("returnError", "review.reasonRequired"));
        assertThat(page(consultant, id, "review", session).selectFirst("#return-error").text()).contains("原因");
        mvc.perform(post("/model-filings/{id}/return", id).with(user(consultant)).with(csrf())
                .param("reason", "服务协议缺少投诉渠道")).andExpect(flash().attribute("outcome",
                        "outcome.returnForRework"));
        assertThat(statusOf(id)).isEqualTo("RETURNED");

        // Returned: the reason on every page; editable again; resubmitted.
        Document returned = page(officer, id, "steps/service", null);
        assertThat(returned.selectFirst("#return-notice").text()).contains("服务协议缺少投诉渠道");
        assertThat(returned.select("#save")).isNotEmpty();
        mvc.perform(post("/model-filings/{id}/submit", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));
        mvc.perform(post("/model-filings/{id}/ready", id).with(user(consultant)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.markReady"));
        assertThat(statusOf(id)).isEqualTo("READY");
        assertThat(page(officer, id, "review", null).selectFirst("#model-workflow-state").text()).contains("审核通过");
        // A second "ready" (another tab) is refused, not applied twice.
        mvc.perform(post("/model-filings/{id}/ready", id).with(user(consultant)).with(csrf()))
                .andExpect(status().isConflict());
        // Something to change before filing: reopened, editable.
        mvc.perform(post("/model-filings/{id}/reopen", id).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.reopen"));
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        // The history names every move.
        assertThat(page(officer, id, "history", null).text()).contains("提交审核", "退回修改", "重新打开编辑");
        // Another company's officer does not reach any of it.
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(post("/model-filings/{id}/submit", id).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /**
     * Once nothing is left to correct, the review box says the review can be asked now, as the algorithm filing's
     * review says it (it still read "once every error is corrected"); submitting is confirmed first, naming who will
     * be told, and the outcome names them (found in a walk: no confirmation, and "已通知法律顾问" naming nobody).
     */
    @Test
    void aReadyFilingSaysSoAndItsMovesAreConfirmedNamingWhoIsTold() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var consultantAccount = fixtures.consultant(company);
        PortalUser consultant = PortalUser.of(consultantAccount);
        UUID id = filings.create(officer, company.getId(), com.cacfiling.domain.largemodel.ModelFilingRoute.FILING,
                null).getId();
        assertThat(page(officer, id, "review?lang=zh-CN", null).selectFirst("#model-workflow-state").text())
                .contains("处理完所有错误后");
        complete(id);
        Document zh = page(officer, id, "review?lang=zh-CN", null);
        assertThat(zh.selectFirst("#review-summary").text()).isEqualTo("未发现错误，材料可以提交。");
        assertThat(zh.selectFirst("#model-workflow-state").text()).isEqualTo("准备中：未发现错误，可以提交法律顾问审核。");
        assertThat(page(officer, id, "review?lang=en", null).selectFirst("#model-workflow-state").text())
                .startsWith("Being prepared: no errors").doesNotContain("once every error");
        // The button leads to the confirmation, which changes nothing.
        assertThat(zh.selectFirst("#submit-for-review").parent().attr("action"))
                .isEqualTo("/model-filings/" + id + "/confirm/submit-for-review");
        String name = consultantAccount.getDisplayName() == null || consultantAccount.getDisplayName().isBlank()
                ? consultantAccount.getUsername() : consultantAccount.getDisplayName();
        Document confirm = Jsoup.parse(mvc.perform(post("/model-filings/{id}/confirm/submit-for-review", id)
                .with(user(officer)).with(csrf()).param("lang", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("请确认");
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("提交法律顾问审核", "大模型备案");
        assertThat(confirm.selectFirst("#confirm-notified").text()).isEqualTo("将通知：" + name + "（法律顾问）。");
        assertThat(confirm.selectFirst("form:has(#confirm-move)").attr("action"))
                .isEqualTo("/model-filings/" + id + "/submit");
        Document confirmEn = Jsoup.parse(mvc.perform(post("/model-filings/{id}/confirm/submit-for-review", id)
                .with(user(officer)).with(csrf()).param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(confirmEn.selectFirst("#confirm-notified").text()).contains(name + " (legal consultant)");
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        // Confirmed: the outcome names the consultant told.
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/model-filings/{id}/submit", id).with(user(officer)).with(csrf()).session(session))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"));
        assertThat(page(officer, id, "review?lang=zh-CN", session).selectFirst("#outcome").text())
                .contains("已将“", "提交审核", "已通知：" + name + "（法律顾问）");
        // The consultant's moves are confirmed too, and refused to the company as the moves are.
        mvc.perform(post("/model-filings/{id}/confirm/ready", id).with(user(officer)).with(csrf()))
                .andExpect(status().isForbidden());
        Document ready = Jsoup.parse(mvc.perform(post("/model-filings/{id}/confirm/ready", id)
                .with(user(consultant)).with(csrf()).param("lang", "zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(ready.selectFirst("#confirm-what").text()).contains("标为审核通过");
        assertThat(ready.selectFirst("#confirm-notified").text()).contains("将通知：", "（合规专员）");
        // A return's reason is shown, carried to the move, and kept when going back.
        Document ret = Jsoup.parse(mvc.perform(post("/model-filings/{id}/confirm/return", id)
                .with(user(consultant)).with(csrf()).param("reason", "缺少投诉渠道")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(ret.selectFirst("form:has(#confirm-move) input[name=reason]").val()).isEqualTo("缺少投诉渠道");
        MockHttpSession back = new MockHttpSession();
        mvc.perform(post("/model-filings/{id}/confirm/return/back", id).with(user(consultant)).with(csrf())
                .session(back).param("reason", "缺少投诉渠道"));
        assertThat(page(consultant, id, "review", back).selectFirst("#return-reason").text()).isEqualTo("缺少投诉渠道");
        mvc.perform(post("/model-filings/{id}/confirm/return", id).with(user(consultant)).with(csrf())
                .param("reason", " ")).andExpect(flash().attribute("returnError", "review.reasonRequired"));
        assertThat(statusOf(id)).isEqualTo("IN_REVIEW");
        MockHttpSession returned = new MockHttpSession();
        mvc.perform(post("/model-filings/{id}/return", id).with(user(consultant)).with(csrf()).session(returned)
                .param("reason", "缺少投诉渠道").param("lang", "en")).andExpect(flash().attribute("outcome", "outcome.returnForRework"));
        assertThat(page(consultant, id, "review?lang=en", returned).selectFirst("#outcome").text())
                .contains("returned", "Notified:", "(compliance officer)");
    }

    /**
     * A registration's pages name it a registration, not a filing, in both languages (found in a walk): the
     * algorithm filing's number's warning, the lock notices, the documents' heading, the return notice, the
     * confirmation; a filing's keep theirs.
     */
    @Test
    void aRegistrationsPagesNameItARegistration() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        UUID registration = filings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION, null).getId();
        UUID filing = filings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.FILING, null).getId();
        Document zh = page(officer, registration, "review?lang=zh-CN", null);
        assertThat(zh.selectFirst("#findings").text()).contains("再提交本登记").doesNotContain("本备案");
        assertThat(zh.selectFirst("#documents h2").text()).isEqualTo("登记材料");
        Document en = page(officer, registration, "review?lang=en", null);
        assertThat(en.selectFirst("#findings").text()).contains("then submit this registration")
                .doesNotContain("this filing");
        assertThat(en.selectFirst("#documents h2").text()).isEqualTo("Registration documents");
        assertThat(page(officer, filing, "review?lang=zh-CN", null).selectFirst("#findings").text())
                .contains("再提交本备案");
        assertThat(page(officer, filing, "review?lang=zh-CN", null).selectFirst("#documents h2").text())
                .isEqualTo("备案材料");

        for (String status : List.of("IN_REVIEW", "READY")) {
            jdbc.update("update model_filing set status = ? where id in (?, ?)", status, registration, filing);
            for (String path : List.of("review", "steps/basic")) {
                assertThat(page(officer, registration, path + "?lang=zh-CN", null).selectFirst("#read-only-notice")
                        .text()).as(status + path).startsWith("此登记").doesNotContain("备案");
                assertThat(page(officer, registration, path + "?lang=en", null).selectFirst("#read-only-notice")
                        .text()).as(status + path).startsWith("This registration").doesNotContain("filing");
                assertThat(page(officer, filing, path + "?lang=zh-CN", null).selectFirst("#read-only-notice")
                        .text()).startsWith("此备案");
            }
            assertThat(page(officer, registration, "review?lang=en", null).text()).doesNotContain("Ready to file");
        }
        jdbc.update("update model_filing set status = 'IN_REVIEW' where id = ?", registration);
        Document confirm = Jsoup.parse(mvc.perform(post("/model-filings/{id}/confirm/ready", registration)
                .with(user(consultant)).with(csrf()).param("lang", "zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(confirm.selectFirst("#confirm-what").text()).contains("（大模型登记）");
        jdbc.update("update model_filing set status = 'RETURNED', return_reason = '补充合同' where id = ?",
                registration);
        assertThat(page(officer, registration, "steps/basic?lang=zh-CN", null).selectFirst("#return-notice").text())
                .contains("此登记已被法律顾问退回修改。");
        assertThat(page(officer, registration, "steps/basic?lang=en", null).selectFirst("#return-notice").text())
                .contains("returned this registration");
    }

    /**
     * The refusal of a change while in review or ready names a registration a registration, in both languages, as
     * its lock notices do (found in a walk: the 409 page said "此备案正在审核…" and "返回此备案" of a registration); a
     * filing's says "此备案". Reached by a step's save and by a move from the wrong status alike.
     */
    @Test
    void aRegistrationsRefusalNamesItARegistration() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID registration = filings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION, null).getId();
        UUID filing = filings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.FILING, null).getId();
        for (String status : List.of("IN_REVIEW", "READY")) {
            jdbc.update("update model_filing set status = ? where id in (?, ?)", status, registration, filing);
            Document zh = refusal(officer, registration, "steps/basic", "zh-CN");
            assertThat(zh.selectFirst("h1").text()).isEqualTo("现在不能修改");
            assertThat(zh.selectFirst("section p").text()).as(status).startsWith("此登记").doesNotContain("备案");
            assertThat(zh.selectFirst("#back-to-filing").text()).isEqualTo("返回此登记");
            assertThat(zh.selectFirst("#back-to-filing").attr("href"))
                    .isEqualTo("/model-filings/" + registration + "/review");
            Document en = refusal(officer, registration, "steps/basic", "en");
            assertThat(en.selectFirst("section p").text()).as(status).startsWith("This registration")
                    .doesNotContain("filing");
            assertThat(en.selectFirst("#back-to-filing").text()).isEqualTo("Back to the registration");
            Document filingZh = refusal(officer, filing, "steps/basic", "zh-CN");
            assertThat(filingZh.selectFirst("section p").text()).startsWith("此备案");
            assertThat(filingZh.selectFirst("#back-to-filing").text()).isEqualTo("返回此备案");
            assertThat(refusal(officer, filing, "steps/basic", "en").selectFirst("#back-to-filing").text())
                    .isEqualTo("Back to the filing");
        }
        // A move from the wrong status (reopened in another tab, then reopened again) names the record the same way.
        jdbc.update("update model_filing set status = 'IN_REVIEW' where id in (?, ?)", registration, filing);
        // Said as a move not made, not as a change not saved (found in a review).
        Document refusedMove = refusal(officer, registration, "reopen", "zh-CN");
        assertThat(refusedMove.selectFirst("h1").text()).isEqualTo("这项操作现在不能执行");
        assertThat(refusedMove.selectFirst("section p").text()).startsWith("这项操作已不适用于此登记的当前状态")
                .doesNotContain("修改没有保存");
        assertThat(refusal(officer, registration, "reopen", "en").selectFirst("section p").text())
                .startsWith("This action no longer applies to the registration").doesNotContain("not saved");
        assertThat(refusal(officer, filing, "reopen", "zh-CN").selectFirst("section p").text())
                .startsWith("这项操作已不适用于此备案的当前状态");
        assertThat(refusal(officer, registration, "reopen", "en").selectFirst("#back-to-filing").text())
                .isEqualTo("Back to the registration");
        assertThat(refusal(officer, filing, "reopen", "zh-CN").selectFirst("#back-to-filing").text())
                .isEqualTo("返回此备案");
        // Nothing was changed by the refused save.
        assertThat(jdbc.queryForObject("select content::text from model_filing where id = ?", String.class,
                registration)).doesNotContain("改名");
    }

    /**
     * A registration's change made from a page opened before someone else's save: the 409 page's "load the latest
     * version" opens the registration (it led to /filings/<id>, where there is no such filing).
     */
    @Test
    void anOutdatedChangeOfARegistrationReloadsTheRegistration() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID registration = filings.create(officer, company.getId(),
                com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION, null).getId();
        long version = jdbc.queryForObject("select version from model_filing where id = ?", Long.class, registration);
        Document conflict = Jsoup.parse(mvc.perform(post("/model-filings/{id}/entity-from-company", registration)
                .with(user(officer)).with(csrf()).param("_version", String.valueOf(version + 1)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        String reload = conflict.selectFirst("a:containsOwn(重新加载最新内容)").attr("href");
        assertThat(reload).isEqualTo("/model-filings/" + registration);
        mvc.perform(get(reload).with(user(officer))).andExpect(status().is3xxRedirection());
    }

    /** A change posted while it is not editable: the 409 page, in the language asked. */
    private Document refusal(PortalUser user, UUID id, String path, String language) throws Exception {
        long version = jdbc.queryForObject("select version from model_filing where id = ?", Long.class, id);
        return Jsoup.parse(mvc.perform(post("/model-filings/{id}/" + path, id).with(user(user)).with(csrf())
                .param("lang", language).param("_version", String.valueOf(version))
                .param("model.basics.serviceName", "改名").param("model.basics.modelName", "改名"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
    }

    private String statusOf(UUID id) {
        return jdbc.queryForObject("select status from model_filing where id = ?", String.class, id);
    }

    private Document page(PortalUser user, UUID id, String path, MockHttpSession session) throws Exception {
        var request = get("/model-filings/{id}/" + path, id).with(user(user));
        if (session != null) {
            request.session(session);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The sample's answers and four lists meeting every threshold, stored as uploads store them. */
    private void complete(UUID id) {
        // As the user would have saved it, step by step: each step saved is started (its progress counts).
        jdbc.update("update model_filing set content = cast(? as jsonb), started_steps = ? where id = ?",
                SampleModelFiling.json(), String.join(",", com.cacfiling.domain.largemodel.ModelFilingForm.steps(
                        com.cacfiling.domain.largemodel.ModelFilingRoute.FILING).stream()
                        .map(com.cacfiling.domain.form.StepSpec::step).toList()), id);
        ModelThresholds t = ModelThresholds.current();
        List<KeywordEntry> keywords = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int per = risk.category().code().equals("A.1") ? t.keywords().perA1Risk() : t.keywords().perA2Risk();
            for (int i = 0; i < per; i++) {
                keywords.add(new KeywordEntry("词" + keywords.size(), risk.category().chineseName(),
                        risk.chineseName()));
            }
        }
        while (keywords.size() < t.keywords().total()) {
            keywords.add(new KeywordEntry("词" + keywords.size(), "A.1", "A.1.g"));
        }
        List<TestQuestion> content = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.values()) {
            int per = risk.category().isCoreRisk() ? t.contentBank().perA1A2Risk() : t.contentBank().perOtherRisk();
            for (int i = 0; i < per; i++) {
                content.add(question(risk, content.size(), "合格"));
            }
        }
        while (content.size() < t.contentBank().total()) {
            content.add(question(ContentRisk.A4_PRIVACY, content.size(), "合格"));
        }
        List<TestQuestion> refuse = new ArrayList<>();
        while (refuse.size() < t.shouldRefuse().total()) {
            for (ContentRisk risk : ContentRisk.coreRisks()) {
                refuse.add(question(risk, refuse.size(), "拒答"));
            }
        }
        List<TestQuestion> answer = new ArrayList<>();
        for (int i = 0; i < t.nonRefusal().total(); i++) {
            answer.add(new TestQuestion("问" + i, "非拒答", t.nonRefusal().topics().get(i % t.nonRefusal().topics()
                    .size()), "回答", "未拒答"));
        }
        store(id, "KEYWORDS", keywords);
        store(id, "CONTENT_BANK", content);
        store(id, "SHOULD_REFUSE", refuse);
        store(id, "NON_REFUSAL", answer);
    }

    private static TestQuestion question(ContentRisk risk, int n, String verdict) {
        return new TestQuestion("题" + n, risk.category().chineseName(), risk.chineseName(), "答", verdict);
    }

    private void store(UUID id, String kind, List<?> rows) {
        jdbc.update("""
                insert into model_filing_list (model_filing_id, kind, file_name, content, row_count, rows, uploaded_at,
                                               uploaded_by) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""",
                id, kind, kind + ".xlsx", new byte[] {1}, rows.size(), DomainJson.write(rows),
                Timestamp.from(Instant.now()), "officer");
    }
}
