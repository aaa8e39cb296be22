package com.cacfiling.web.labelling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;


import com.cacfiling.domain.algorithm.RiskPrevention;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16, item 4: the checklist feeds the filing through its own save path; a sample file is checked. */
@PortalTest
class LabellingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    Labelling labelling;

    private MockHttpServletRequestBuilder save(FilingRecord filing, PortalUser officer) {
        return save(filing, officer, "true");
    }

    /** The checklist's form as it is posted now: the checklist's and the algorithm's current versions, no answers. */
    private MockHttpServletRequestBuilder checklistPost(FilingRecord filing, PortalUser officer) {
        FilingRecord current = filings.get(filing.getId(), officer);
        return post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                .param("checklistVersion", String.valueOf(labelling.load(current.getAlgorithm().getId()).version()))
                .param("algorithmVersion", String.valueOf(current.getAlgorithm().getVersion()));
    }

    private MockHttpServletRequestBuilder save(FilingRecord filing, PortalUser officer, String userDeclaration) {
        return checklistPost(filing, officer)
                .param("modalities", "TEXT", "IMAGE").param("explicitDone", "TEXT", "IMAGE")
                .param("interfaceLabel", "true").param("downloadsKeepLabel", "true").param("implicitMetadata", "true")
                .param("agreementClause", "true").param("userDeclaration", userDeclaration)
                .param("logDuty", "LOGGED_SIX_MONTHS");
    }

    @Test
    void theChecklistWritesTheFilingsLabellingAnswersAsAVersionAndAnUnchangedSaveWritesNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "标识算法");
        int versionsBefore = changeLog.versions(filing.getId()).size();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文字高度不低于画面最短边的 5%")))
                .andExpect(content().string(containsString("持续时间不少于 2 秒")))
                .andExpect(content().string(containsString("不少于六个月")));

        mvc.perform(save(filing, officer)).andExpect(redirectedUrl("/filings/" + filing.getId() + "/labelling"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        RiskPrevention risk = filings.dossier(filing.getId(), officer).filing().algorithm().profile().details()
                .riskPrevention();
        assertThat(risk.implicitLabel()).isTrue();
        assertThat(risk.explicitLabel()).isTrue();
        assertThat(risk.remindUsersToLabel()).isTrue();
        String result = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling();
        assertThat(result).contains("文本、图片").contains("AIGC 隐式标识").contains("不少于六个月");
        assertThat(changeLog.versions(filing.getId())).hasSize(versionsBefore + 1);
        // The version names the checklist, once (found in a walk: "保存算法信息", the algorithm's save of several
        // steps, since the checklist writes answers of two), in the history in both languages and the audit log.
        assertThat(changeLog.versions(filing.getId()).get(0).action()).isEqualTo("LABELLING_SAVED");
        assertThat(changeLog.audit(null, new ChangeLog.AuditFilter(company.getId(), null, ChangeLog.AuditKind.FILINGS),
                100, 0)).filteredOn(entry -> filing.getId().equals(entry.filingId()))
                .extracting(ChangeLog.Entry::action).containsExactly("LABELLING_SAVED");
        String history = mvc.perform(get("/filings/{id}/history", filing.getId()).with(user(officer))).andReturn()
                .getResponse().getContentAsString();
        assertThat(history).contains("保存标识合规清单 · 标识算法").doesNotContain("保存算法信息");
        assertThat(mvc.perform(get("/filings/{id}/history", filing.getId()).with(user(officer)).param("lang", "en"))
                .andReturn().getResponse().getContentAsString()).contains("Labelling checklist saved");

        // The second visit: the page shows what was saved; saving it unchanged makes no version.
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)))
                .andExpect(content().string(containsString("清单各项均已落实。")));
        mvc.perform(save(filing, officer)).andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(changeLog.versions(filing.getId())).hasSize(versionsBefore + 1);

        // An image not labelled explicitly: the filing's answer turns to no and the gap is named.
        mvc.perform(save(filing, officer).param("explicitDone", "TEXT")).andReturn();
        FilingRecord current = filings.get(filing.getId(), officer);
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                .param("checklistVersion", String.valueOf(labelling.load(current.getAlgorithm().getId()).version()))
                .param("algorithmVersion", String.valueOf(current.getAlgorithm().getVersion()))
                .param("modalities", "TEXT", "IMAGE").param("explicitDone", "TEXT").param("interfaceLabel", "true")
                .param("downloadsKeepLabel", "true").param("implicitMetadata", "true").param("agreementClause", "true")
                .param("userDeclaration", "true").param("logDuty", "LOGGED_SIX_MONTHS"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().riskPrevention()
                .explicitLabel()).isFalse();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)).param("lang", "en"))
                .andExpect(content().string(containsString("Images are not labelled explicitly as required yet.")));
    }

    /**
     * "No" to the users' declaration function is a gap of the checklist, as it is an error of the filing (a walk's
     * checklist said "all in place" while the review page showed the error its answer had made).
     */
    @Test
    void noDeclarationFunctionIsAGapAsTheFilingsChecksSay() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "声明功能算法");
        mvc.perform(save(filing, officer, "false")).andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().riskPrevention()
                .remindUsersToLabel()).isFalse();
        String page = mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        // The filing's "no" there is LABELLING's error for a generative-synthesis service (FilingRulesTest).
        assertThat(page).contains("尚未为用户提供显著标识功能，或尚未提示用户可以标识。").doesNotContain("清单各项均已落实。");
    }

    /**
     * A question not answered yet is listed as such, apart from the ones answered "no" (found in a walk: it was
     * listed under 尚待完成 as if answered "no"), in both languages; the self-assessment's text written from the
     * checklist says nothing of it (it said the implicit label was "being completed"). The second visit: saved
     * unchanged, nothing changes; answered "no", it becomes a gap.
     */
    @Test
    void aQuestionNotAnsweredYetIsNotListedAsAnsweredNo() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "未答标识算法");
        FilingRecord current = filings.get(filing.getId(), officer);
        // Downloads answered "no"; the implicit label, the agreement and the log duty left unanswered.
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                .param("checklistVersion", "0")
                .param("algorithmVersion", String.valueOf(current.getAlgorithm().getVersion()))
                .param("modalities", "TEXT").param("explicitDone", "TEXT").param("interfaceLabel", "true")
                .param("downloadsKeepLabel", "false").param("userDeclaration", "true"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        org.jsoup.nodes.Document page = checklist(filing, officer, "zh-CN");
        assertThat(page.selectFirst("#gaps h2").text()).isEqualTo("尚待完成");
        assertThat(page.select("#gap-list li").eachText()).containsExactly("下载、复制、导出的文件尚未保留显式标识。");
        assertThat(page.selectFirst("#unanswered-title").text()).isEqualTo("尚未回答");
        assertThat(page.select("#unanswered li").eachText()).containsExactly("生成的文件元数据中已写入隐式标识",
                "用户协议载明标识方法与样式", "应用户申请提供无显式标识的内容");
        assertThat(page.selectFirst("#gaps").text()).doesNotContain("文件元数据中尚未写入隐式标识", "用户协议尚未载明",
                "尚未留存", "清单各项均已落实");
        org.jsoup.nodes.Document en = checklist(filing, officer, "en");
        assertThat(en.selectFirst("#unanswered-title").text()).isEqualTo("Not answered yet");
        assertThat(en.select("#gap-list li").eachText()).containsExactly(
                "Downloaded, copied and exported files do not keep the explicit label yet.");
        assertThat(en.selectFirst("#gaps").text()).doesNotContain("do not carry the implicit label");
        String text = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling();
        assertThat(text).contains("本服务生成的内容类型：文本").doesNotContain("隐式标识");
        // Nothing unanswered and nothing "no" is all in place, as before.
        assertThat(new LabellingChecklist(java.util.Set.of(Modality.TEXT), java.util.Set.of(Modality.TEXT), true,
                true, true, true, true, LogDuty.NOT_OFFERED).unanswered()).isEmpty();

        // The second visit: saved as shown, nothing changes (neither the checklist nor the filing).
        int versions = changeLog.versions(filing.getId()).size();
        long checklistVersion = labelling.load(current.getAlgorithm().getId()).version();
        mvc.perform(asShown((org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form"), filing, officer))
                .andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(changeLog.versions(filing.getId())).hasSize(versions);
        assertThat(labelling.load(current.getAlgorithm().getId()).version()).isEqualTo(checklistVersion);
        assertThat(checklist(filing, officer, "zh-CN").select("#unanswered li")).hasSize(3);

        // Downloads answered "yes": nothing is a gap, and the card's one heading says what is left (it showed
        // 尚待完成 over nothing, then 尚未回答; re-check walk).
        page = checklist(filing, officer, "zh-CN");
        page.select("input[name=downloadsKeepLabel][value=true]")
                .attr("checked", "checked");
        page.select("input[name=downloadsKeepLabel][value=false]").removeAttr("checked");
        mvc.perform(asShown((org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form"), filing, officer))
                .andExpect(flash().attribute("message", "labelling.saved"));
        page = checklist(filing, officer, "zh-CN");
        assertThat(page.select("#gap-list li")).isEmpty();
        assertThat(page.selectFirst("#gaps h2").text()).isEqualTo("尚未回答");
        assertThat(page.select("#unanswered-title")).isEmpty();
        assertThat(page.select("#unanswered li")).hasSize(3);
        page.select("input[name=downloadsKeepLabel][value=false]").attr("checked", "checked");
        page.select("input[name=downloadsKeepLabel][value=true]").removeAttr("checked");
        mvc.perform(asShown((org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form"), filing, officer))
                .andExpect(flash().attribute("message", "labelling.saved"));

        // The implicit label answered "no": now a gap, no longer unanswered, and the text says it is being completed.
        page = checklist(filing, officer, "zh-CN");
        page.select("#implicit-metadata input[value=false]").attr("checked", "checked");
        mvc.perform(asShown((org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form"), filing, officer))
                .andExpect(flash().attribute("message", "labelling.saved"));
        page = checklist(filing, officer, "zh-CN");
        assertThat(page.select("#gap-list li").eachText()).contains("文件元数据中尚未写入隐式标识。");
        assertThat(page.select("#unanswered li").eachText()).doesNotContain("生成的文件元数据中已写入隐式标识");
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling()).contains("文件元数据中的隐式标识正在完善中");
    }

    /**
     * A text the checklist wrote while it still said an unanswered implicit label was "being completed" is the
     * checklist's, not someone's own: the page does not ask whether to keep it, and an unchanged save changes nothing.
     */
    @Test
    void aTextTheChecklistWroteBeforeIsStillItsOwn() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "旧文字标识算法");
        mvc.perform(checklistPost(filing, officer)
                .param("modalities", "TEXT").param("explicitDone", "TEXT").param("interfaceLabel", "true"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        String earlier = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling() + "文件元数据中的隐式标识正在完善中。";
        mvc.perform(post("/filings/{id}/steps/assessment", filing.getId()).with(user(officer)).with(csrf())
                .param("algorithm.assessment.resultLabelling", earlier).param("_action", "save")
                .param("_version", String.valueOf(filings.get(filing.getId(), officer).getAlgorithm().getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling()).isEqualTo(earlier);
        org.jsoup.nodes.Document page = checklist(filing, officer, "zh-CN");
        assertThat(page.select("#result-text")).isEmpty();
        int versions = changeLog.versions(filing.getId()).size();
        mvc.perform(asShown((org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form"), filing, officer))
                .andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(changeLog.versions(filing.getId())).hasSize(versions);
    }

    /**
     * Found in a walk: with every output cleared, the text the checklist had written ("文本、图片") stayed in the filing,
     * and the next visit called it self-written and offered to keep it. It goes with the outputs; someone's own text
     * stays.
     */
    @Test
    void theChecklistsOwnTextGoesWhenItsOutputsAreCleared() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "清空输出标识算法");
        mvc.perform(checklistPost(filing, officer)
                .param("modalities", "TEXT", "IMAGE").param("explicitDone", "TEXT", "IMAGE"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling()).contains("文本、图片");
        mvc.perform(checklistPost(filing, officer))
                .andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling()).isNullOrEmpty();
        assertThat(checklist(filing, officer, "zh-CN").select("#result-text")).isEmpty();
    }

    private org.jsoup.nodes.Document checklist(FilingRecord filing, PortalUser officer, String language)
            throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))
                .param("lang", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /**
     * The second visit of a filing whose labelling questions were answered in the wizard: the checklist starts from
     * those answers, and saving it as shown changes nothing (it used to open blank and, saved, blank the filing's
     * answers and replace its own result text). After the wizard changes an answer again the page says the two
     * differ, and the checklist saved unchanged still leaves the filing alone.
     */
    @Test
    void theChecklistStartsFromTheFilingsAnswersAndSavedAsShownChangesNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "已答标识算法"), officer);
        var before = filings.dossier(filing.getId(), officer).filing().algorithm().profile();
        assertThat(before.details().riskPrevention().implicitLabel()).isNotNull();
        int versions = changeLog.versions(filing.getId()).size();

        var form = (org.jsoup.nodes.FormElement) org.jsoup.Jsoup.parse(mvc.perform(
                get("/filings/{id}/labelling", filing.getId()).with(user(officer))).andReturn().getResponse()
                .getContentAsString()).selectFirst("#labelling-form");
        assertThat(form.select("input[name=implicitMetadata][checked]").val())
                .isEqualTo(String.valueOf(before.details().riskPrevention().implicitLabel()));
        assertThat(form.select("input[name=userDeclaration][checked]").val())
                .isEqualTo(String.valueOf(before.details().riskPrevention().remindUsersToLabel()));
        mvc.perform(asShown(form, filing, officer)).andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile()).isEqualTo(before);
        assertThat(changeLog.versions(filing.getId())).hasSize(versions);

        // Saved once, then the wizard answers differently: the page says so, an unchanged save keeps the wizard's.
        mvc.perform(save(filing, officer)).andExpect(flash().attribute("message", "labelling.saved"));
        FilingRecord current = filings.get(filing.getId(), officer);
        mvc.perform(post("/filings/{id}/steps/detailed", filing.getId()).with(user(officer)).with(csrf())
                .param("algorithm.details.riskPrevention.implicitLabel", "false").param("_action", "save")
                .param("_version", String.valueOf(current.getAlgorithm().getVersion())));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().riskPrevention()
                .implicitLabel()).isFalse();
        String page = mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))).andReturn()
                .getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#filing-differs")).hasSize(1);
        form = (org.jsoup.nodes.FormElement) org.jsoup.Jsoup.parse(page).selectFirst("#labelling-form");
        mvc.perform(asShown(form, filing, officer)).andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().riskPrevention()
                .implicitLabel()).isFalse();
    }

    /**
     * A self-assessment whose "labelling of results" text someone wrote: the page shows it and asks; kept by default
     * while the answers are written, replaced only when the user chooses the checklist's text.
     */
    @Test
    void aResultTextSomeoneWroteIsKeptUnlessTheUserChoosesTheChecklists() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "自写标识算法"), officer);
        String own = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling();
        assertThat(own).isNotBlank();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/labelling",
                filing.getId()).with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#result-text blockquote").text()).isEqualTo(own);
        assertThat(page.select("#result-text input[checked]").val()).isEqualTo("true");
        var form = (org.jsoup.nodes.FormElement) page.selectFirst("#labelling-form");
        // One answer changed, the text's choice as shown: the answer is written, the text stays.
        MockHttpServletRequestBuilder changed = asShown(form, filing, officer);
        changed.param("downloadsKeepLabel", "false");
        mvc.perform(changed).andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling()).isEqualTo(own);
        // Kept by choice, not changed in the wizard: the page does not say the filing differs (it did after every
        // such save).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/labelling", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString()).select("#filing-differs"))
                .isEmpty();

        // The answers as shown, the checklist's text chosen: the text is replaced.
        page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString());
        page.select("#result-text input[value=true]").removeAttr("checked");
        page.select("#result-text input[value=false]").attr("checked", "checked");
        MockHttpServletRequestBuilder replace = asShown((org.jsoup.nodes.FormElement) page.selectFirst(
                "#labelling-form"), filing, officer);
        mvc.perform(replace).andExpect(flash().attribute("message", "labelling.saved"));
        String written = filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment()
                .resultLabelling();
        assertThat(written).isNotEqualTo(own).contains("本服务生成的内容类型");
        // Now the text is the checklist's: nothing to ask.
        assertThat(mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("id=\"result-text\"");
        // Each of the two saves is logged once, by the checklist's name, a version where it changed the filing.
        assertThat(changeLog.audit(null, new ChangeLog.AuditFilter(company.getId(), null, ChangeLog.AuditKind.FILINGS),
                100, 0)).filteredOn(entry -> filing.getId().equals(entry.filingId())
                        && entry.action().equals("LABELLING_SAVED")).hasSize(2);
        assertThat(changeLog.versions(filing.getId()).get(0).action()).isEqualTo("LABELLING_SAVED");
    }

    /** The checklist's form posted as the browser would post it unchanged. */
    private static MockHttpServletRequestBuilder asShown(org.jsoup.nodes.FormElement form, FilingRecord filing,
            PortalUser officer) {
        MockHttpServletRequestBuilder request = post("/filings/{id}/labelling", filing.getId()).with(user(officer))
                .with(csrf());
        for (org.jsoup.Connection.KeyVal value : form.formData()) {
            if (!value.key().equals("_csrf")) {
                request.param(value.key(), value.value());
            }
        }
        return request;
    }

    @Test
    void anOutdatedChecklistIsRefused() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "并发标识算法");
        long staleAlgorithm = filings.get(filing.getId(), officer).getAlgorithm().getVersion();
        mvc.perform(save(filing, officer)).andExpect(flash().attribute("message", "labelling.saved"));
        // A form opened before that save: refused, the saved answers stay.
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                        .param("checklistVersion", "0").param("algorithmVersion", String.valueOf(staleAlgorithm))
                        .param("modalities", "TEXT").param("implicitMetadata", "false"))
                .andExpect(flash().attribute("message", "labelling.conflict"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().riskPrevention()
                .implicitLabel()).isTrue();
    }

    /** The result page is reached with the upload's session: flash attributes live in the stored session. */
    @Test
    void aSampleWithAnAigcLabelPassesAndOneWithoutFailsInWords() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "样本算法");
        String label = "{\"Label\":\"1\",\"ContentProducer\":\"001191110108MA01N7QX00LX001\",\"ProduceID\":\"p-1\"}";
        var labelled = mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId())
                        .file(new MockMultipartFile("file", "labelled.png", "image/png", pngWithText("AIGC", label)))
                        .with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/labelling#sample")).andReturn();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))
                        .session((MockHttpSession) labelled.getRequest().getSession()))
                .andExpect(content().string(containsString("这是一个 PNG 图片文件，元数据中含有完整的 AIGC 隐式标识。")))
                .andExpect(content().string(containsString("001191110108MA01N7QX00LX001")));

        var plain = mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId())
                .file(new MockMultipartFile("file", "plain.png", "image/png", pngWithText("Software", "Paint")))
                .with(user(officer)).with(csrf())).andReturn();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer)).param("lang", "en")
                        .session((MockHttpSession) plain.getRequest().getSession()))
                .andExpect(content().string(containsString("This is a PNG image, and its metadata carry no AIGC implicit label.")))
                .andExpect(content().string(not(containsString("NOT_LABELLED"))))
                // Nothing answered yet: nothing contradicted.
                .andExpect(content().string(not(containsString("id=\"sample-contradicts\""))));
        // The checklist says the files carry the label, and a sample has none: said beside it (found in a walk).
        mvc.perform(checklistPost(filing, officer)
                        .param("modalities", "IMAGE").param("explicitDone", "IMAGE").param("implicitMetadata", "true"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        var contradicted = mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId())
                .file(new MockMultipartFile("file", "plain.png", "image/png", pngWithText("Software", "Paint")))
                .with(user(officer)).with(csrf())).andReturn();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))
                        .session((MockHttpSession) contradicted.getRequest().getSession()))
                .andExpect(content().string(containsString("清单中“生成的文件元数据中已写入隐式标识”答为“是”，但这份样本没有完整的隐式标识")));

        var pdf = mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId())
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .with(user(officer)).with(csrf())).andReturn();
        mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(officer))
                        .session((MockHttpSession) pdf.getRequest().getSession()))
                .andExpect(content().string(containsString("请上传 PNG、JPEG、MP4 或 MP3 文件。")));

        mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("sampleError", "labelling.sample.missing"));
    }

    @Test
    void strangersReachNeitherTheChecklistNorTheCheck() throws Exception {
        Company company = fixtures.company();
        FilingRecord filing = fixtures.filing(company, "外人标识算法");
        for (PortalUser stranger : java.util.List.of(PortalUser.of(fixtures.officer(fixtures.company())),
                PortalUser.of(fixtures.consultant(fixtures.company())), PortalUser.of(fixtures.admin()))) {
            mvc.perform(get("/filings/{id}/labelling", filing.getId()).with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(stranger)).with(csrf())
                    .param("modalities", "TEXT")).andExpect(status().isNotFound());
            mvc.perform(multipart("/filings/{id}/labelling/sample", filing.getId())
                    .file(new MockMultipartFile("file", "a.png", "image/png", pngWithText("AIGC", "{}")))
                    .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/filings/{id}/labelling", UUID.randomUUID()).with(user(PortalUser.of(fixtures.officer(company)))))
                .andExpect(status().isNotFound());
    }

    static byte[] pngWithText(String keyword, String text) throws IOException {
        return LabellingTestFiles.pngWithText(keyword, text);
    }

    /**
     * Found in a walk: the checklist of a text-to-text service ticked images, the report then described image labels
     * beside "输出数据模态 文本", and the review page said "0 个错误". The review names the contradiction in words.
     */
    @Test
    void aChecklistNamingAnOutputTheAlgorithmDoesNotHaveIsAnErrorOnTheReview() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "灵犀对话生成算法"), officer);
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().details().data()
                .outputModalities()).containsExactly("TEXT");
        assertThat(review(filing, officer).text()).doesNotContain("标识核查清单");

        // The helper ticks text and images.
        mvc.perform(save(filing, officer)).andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(review(filing, officer).text()).contains(
                "标识核查清单写明本服务输出图像内容（自评估报告据此写明图像的显式标识），但算法的输出数据模态中未选择图像");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review", filing.getId())
                .with(user(officer)).param("lang", "en")).andReturn().getResponse().getContentAsString()).text())
                .contains("The labelling checklist says the service outputs Image");
        // The dossier's findings report says it as the review page does (they read the dossier alone before).
        assertThat(zipEntry(filing, officer, "检查结果")).contains("但算法的输出数据模态中未选择图像");
        // The second visit: saving it unchanged changes nothing, and the error stays.
        mvc.perform(save(filing, officer)).andExpect(flash().attribute("message", "labelling.unchanged"));
        assertThat(review(filing, officer).text()).contains("但算法的输出数据模态中未选择图像");

        // Text only, as the algorithm outputs: the error goes (the remembered findings are not those of before).
        FilingRecord current = filings.get(filing.getId(), officer);
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                .param("checklistVersion", String.valueOf(labelling.load(current.getAlgorithm().getId()).version()))
                .param("algorithmVersion", String.valueOf(current.getAlgorithm().getVersion()))
                .param("modalities", "TEXT").param("explicitDone", "TEXT").param("interfaceLabel", "true")
                .param("downloadsKeepLabel", "true").param("implicitMetadata", "true").param("agreementClause", "true")
                .param("userDeclaration", "true").param("logDuty", "LOGGED_SIX_MONTHS"))
                .andExpect(flash().attribute("message", "labelling.saved"));
        assertThat(review(filing, officer).text()).doesNotContain("标识核查清单");
        // The ZIP rendered before is not served again: its findings were those of the earlier checklist.
        assertThat(zipEntry(filing, officer, "检查结果")).doesNotContain("但算法的输出数据模态中未选择图像");
    }

    /** The text of the dossier ZIP's first Chinese entry whose name contains {@code named}. */
    private String zipEntry(FilingRecord filing, PortalUser officer, String named) throws Exception {
        byte[] zip = mvc.perform(get("/filings/{id}/dossier.zip", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("zh") && entry.getName().contains(named)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + named);
    }

    /** Found in a walk: a recommendation algorithm's review page offered the labelling checklist. */
    @Test
    void theReviewOffersTheChecklistOnlyWhereLabellingApplies() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "推荐算法");
        assertThat(review(filing, officer).select("#labelling-link")).as("type not chosen yet").hasSize(1);
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm()
                .getVersion(), p -> p.withBasics(p.basics().withAlgorithmType("PERSONALISED_PUSH")));
        assertThat(review(filing, officer).select("#labelling-link")).isEmpty();
        assertThat(review(filing, officer).text()).doesNotContain("生成合成有害信息");
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm()
                .getVersion(), p -> p.withBasics(p.basics().withAlgorithmType("GENERATIVE_SYNTHESIS")));
        assertThat(review(filing, officer).select("#labelling-link")).hasSize(1);
    }

    private org.jsoup.nodes.Document review(FilingRecord filing, PortalUser officer) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
