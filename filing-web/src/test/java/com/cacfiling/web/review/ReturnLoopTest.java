package com.cacfiling.web.review;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.inbox.Inbox;
import com.cacfiling.web.inbox.Notification;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11's return loop: the officer sees why and where, resubmits directly; comments close only by review. */
@PortalTest
class ReturnLoopTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    Inbox inbox;

    @Autowired
    FieldCommentRepository commentRepository;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    record Parties(FilingRecord filing, PortalUser officer, UserAccount officerAccount, PortalUser consultant,
            UserAccount consultantAccount) {
    }

    /** A company's demo filing in draft, with its officer and its consultant. */
    private Parties draftFiling() {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        UserAccount consultantAccount = fixtures.consultant(company);
        PortalUser officer = TestFixtures.principal(officerAccount);
        PortalUser consultant = TestFixtures.principal(consultantAccount);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
        return new Parties(filing, officer, officerAccount, consultant, consultantAccount);
    }

    private Parties returnedFiling() throws Exception {
        Parties draft = draftFiling();
        FilingRecord filing = draft.filing();
        PortalUser officer = draft.officer();
        PortalUser consultant = draft.consultant();
        UserAccount officerAccount = draft.officerAccount();
        UserAccount consultantAccount = draft.consultantAccount();
        filings.transition(officer, filing.getId(), (f, a) -> f.submitForReview(a));
        comments(consultant, filing.getId(), "entity.creditCode", "请核对统一社会信用代码。");
        comments(consultant, filing.getId(), "step3.products[0].name", "产品名称与官网不一致。");
        mvc.perform(post("/filings/{id}/return", filing.getId()).with(user(consultant)).with(csrf())
                        .param("reason", "主体信息与产品名称需要更正"))
                .andExpect(flash().attribute("outcome", "outcome.returnForRework"))
                .andExpect(flash().attribute("outcomeNotified", containsString(officerAccount.getDisplayName())));
        return new Parties(filings.get(filing.getId(), officer), officer, officerAccount, consultant,
                consultantAccount);
    }

    private void comments(PortalUser author, UUID filingId, String path, String body) throws Exception {
        mvc.perform(post("/filings/{id}/comments", filingId).with(user(author)).with(csrf())
                .param("fieldPath", path).param("body", body))
                .andExpect(flash().attribute("message", "review.comment.added"));
    }

    private UUID thread(UUID filingId, String path) {
        return commentRepository.findByFilingIdOrderByCreatedAtAsc(filingId).stream()
                .filter(c -> c.getFieldPath().equals(path) && c.getParentId() == null).findFirst().orElseThrow()
                .getId();
    }

    @Test
    void everyWizardPageOfAReturnedFilingSaysWhyAndCountsTheOpenCommentsPerStep() throws Exception {
        Parties p = returnedFiling();
        mvc.perform(get("/filings/{id}/steps/basic", p.filing().getId()).with(user(p.officer())))
                .andExpect(content().string(allOf(containsString("id=\"return-notice\""),
                        containsString("主体信息与产品名称需要更正"), containsString("查看批注（2 条待贵公司处理）"))))
                // one comment on Step 1 and one on Step 5, none on Step 2
                .andExpect(content().string(containsString("1 条批注")))
                .andExpect(content().string(not(containsString("2 条批注"))));
        String entityTab = tabOf(p, "entity");
        String basicTab = tabOf(p, "basic");
        String step3Tab = tabOf(p, "step3");
        assertThat(entityTab).contains("1 条批注");
        assertThat(step3Tab).contains("1 条批注");
        assertThat(basicTab).doesNotContain("条批注");
        // The step's checklist names the comment that waits, and leads to its field, not "no problems" beside it
        // (found in a walk); a step without one has no such line.
        org.jsoup.nodes.Document entity = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity",
                p.filing().getId()).with(user(p.officer()))).andReturn().getResponse().getContentAsString());
        assertThat(entity.select("#comments-waiting a").text()).isEqualTo("本步骤有 1 条批注待处理：按批注修改，再到“审核与批注”页标为已处理。");
        assertThat(entity.select("#comments-waiting a").attr("href")).isEqualTo("#f-entity-creditCode");
        assertThat(entity.select("#checklist").text()).doesNotContain("本步骤未发现问题");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", p.filing().getId())
                .with(user(p.officer()))).andReturn().getResponse().getContentAsString())
                .select("#comments-waiting")).isEmpty();
        // Opened as a whole, it opens for the company where the first comment waits (found in a walk: on the step
        // last saved), once that comment is dealt with, on the next one; for the consultant at its checks and
        // documents (found in a walk: the officer's last step was no place for the consultant).
        mvc.perform(get("/filings/{id}", p.filing().getId()).with(user(p.consultant())))
                .andExpect(redirectedUrl("/filings/" + p.filing().getId() + "/steps/review"));
        mvc.perform(get("/filings/{id}", p.filing().getId()).with(user(p.officer())))
                .andExpect(redirectedUrl("/filings/" + p.filing().getId() + "/steps/entity"));
        mvc.perform(post("/filings/{id}/comments/{c}/addressed", p.filing().getId(),
                thread(p.filing().getId(), "entity.creditCode")).with(user(p.officer())).with(csrf()));
        mvc.perform(get("/filings/{id}", p.filing().getId()).with(user(p.officer())))
                .andExpect(redirectedUrl("/filings/" + p.filing().getId() + "/steps/step3"));
        // The workflow page, where the inbox leads, says why too, with the move to make (it was only in the log).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", p.filing().getId())
                .with(user(p.officer()))).andReturn().getResponse().getContentAsString())
                .select("#actions #workflow-return-reason").text()).contains("主体信息与产品名称需要更正");
    }

    /**
     * The consultant who returned the filing reads that she did, not her own name as a third person's (found in a
     * walk: "此备案已被法律顾问 李静 退回修改。" shown to 李静); the officer reads who it was.
     */
    @Test
    void theConsultantWhoReturnedTheFilingIsAddressedAsSuch() throws Exception {
        Parties p = returnedFiling();
        String name = p.consultantAccount().getDisplayName();
        for (String path : List.of("/filings/{id}/steps/entity", "/filings/{id}/workflow")) {
            var own = org.jsoup.Jsoup.parse(mvc.perform(get(path, p.filing().getId()).with(user(p.consultant())))
                    .andReturn().getResponse().getContentAsString());
            assertThat(own.select("#return-notice strong, #workflow-return-reason strong").text()).as(path)
                    .isEqualTo("您已将此备案退回修改。");
            var english = org.jsoup.Jsoup.parse(mvc.perform(get(path, p.filing().getId()).with(user(p.consultant()))
                    .param("lang", "en")).andReturn().getResponse().getContentAsString());
            assertThat(english.select("#return-notice strong, #workflow-return-reason strong").text()).as(path)
                    .isEqualTo("You returned this filing for rework.");
            var officers = org.jsoup.Jsoup.parse(mvc.perform(get(path, p.filing().getId()).with(user(p.officer())))
                    .andReturn().getResponse().getContentAsString());
            assertThat(officers.select("#return-notice strong, #workflow-return-reason strong").text()).as(path)
                    .isEqualTo("此备案已被法律顾问 " + name + " 退回修改。");
        }
        // Another consultant of the company reads the name of the one who returned it.
        PortalUser colleague = TestFixtures.principal(fixtures.consultant(p.filing().getCompany()));
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", p.filing().getId())
                .with(user(colleague))).andReturn().getResponse().getContentAsString())
                .select("#workflow-return-reason strong").text()).isEqualTo("此备案已被法律顾问 " + name + " 退回修改。");
    }

    /**
     * The return's reason is what the company acts on: it comes before the step's other notices, the older form's
     * and the missed deadline's (found in a walk: below them it was off a phone's first screen).
     */
    @Test
    void theReturnsReasonIsTheFirstNoticeAboveTheStep() throws Exception {
        Parties p = returnedFiling();
        jdbc.update("update filing set due_date = ? where id = ?", filings.today().minusDays(30), p.filing().getId());
        for (String language : List.of("zh-CN", "en")) {
            var page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", p.filing().getId())
                    .param("lang", language).with(user(p.officer()))).andReturn().getResponse()
                    .getContentAsString());
            var notices = page.select("nav.steps ~ .notice, nav.steps ~ .conflict");
            assertThat(notices.eachAttr("id")).as(language).contains("return-notice", "newer-form", "overdue");
            assertThat(notices.first().id()).as(language).isEqualTo("return-notice");
            assertThat(notices.first().text()).as(language).contains("主体信息与产品名称需要更正");
        }
    }

    private String workflowLink(Parties p) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", p.filing().getId())
                .with(user(p.officer()))).andReturn().getResponse().getContentAsString()).getElementById(
                "open-workflow").text();
    }

    private String tabOf(Parties p, String slug) throws Exception {
        String page = mvc.perform(get("/filings/{id}/steps/review", p.filing().getId()).with(user(p.officer())))
                .andReturn().getResponse().getContentAsString();
        int start = page.indexOf("id=\"step-" + slug + "\"");
        return page.substring(start, page.indexOf("</a>", start));
    }

    @Test
    void aReturnedFilingIsResubmittedFromTheReviewPageAfterAConfirmation() throws Exception {
        Parties p = returnedFiling();
        UUID id = p.filing().getId();
        mvc.perform(get("/filings/{id}/steps/review", id).with(user(p.officer())))
                .andExpect(content().string(allOf(containsString("id=\"submit-review\""), containsString("重新提交审核"),
                        containsString("/confirm/submit-for-review"))));
        mvc.perform(get("/filings/{id}/confirm/submit-for-review", id).with(user(p.officer())))
                .andExpect(content().string(allOf(containsString("id=\"confirm-move\""),
                        containsString(p.consultantAccount().getDisplayName() + "（法律顾问）"))));
        // The two comments still wait for the company: said before it is sent back (found in a walk: only the
        // consultant's confirmation counted open comments). One marked addressed no longer counts.
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/submit-for-review", id)
                .with(user(p.officer()))).andReturn().getResponse().getContentAsString())
                .select("#confirm-awaiting-comments span").text()).startsWith("还有 2 条批注等待您处理");
        mvc.perform(post("/filings/{id}/comments/{c}/addressed", id, thread(id, "entity.creditCode"))
                .with(user(p.officer())).with(csrf()));
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/confirm/submit-for-review", id)
                .with(user(p.officer())).param("lang", "en")).andReturn().getResponse().getContentAsString())
                .select("#confirm-awaiting-comments span").text()).startsWith("1 comment is still waiting for you");
        assertThat(filings.get(id, p.officer()).getStatus()).isEqualTo(FilingStatus.RETURNED);

        mvc.perform(post("/filings/{id}/submit-for-review", id).with(user(p.officer())).with(csrf()))
                .andExpect(flash().attribute("outcome", "outcome.submitForReview"))
                .andExpect(flash().attribute("outcomeSubject", SampleDossiers.ALGORITHM_NAME + "（服务提供者）"))
                .andExpect(flash().attribute("outcomeNotified", p.consultantAccount().getDisplayName() + "（法律顾问）"));
        assertThat(filings.get(id, p.officer()).getStatus()).isEqualTo(FilingStatus.IN_REVIEW);
    }

    @Test
    void theOfficerMarksAConsultantsCommentAddressedAndOnlyTheConsultantClosesIt() throws Exception {
        Parties p = returnedFiling();
        UUID id = p.filing().getId();
        UUID comment = thread(id, "entity.creditCode");
        assertThat(workflowLink(p)).isEqualTo("审核与批注（2 条待处理）");
        mvc.perform(post("/filings/{id}/comments/{c}/resolve", id, comment).with(user(p.officer())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/filings/{id}/workflow", id).with(user(p.officer())))
                .andExpect(content().string(allOf(containsString("标为已处理"), not(containsString("标为已解决")))));

        long unreadBefore = inbox.unread(p.consultant().id());
        mvc.perform(post("/filings/{id}/comments/{c}/addressed", id, comment).with(user(p.officer())).with(csrf()))
                .andExpect(flash().attribute("message", "review.comment.addressed"));
        assertThat(inbox.unread(p.consultant().id())).isEqualTo(unreadBefore + 1);
        assertThat(commentRepository.findById(comment).orElseThrow().isAddressed()).isTrue();
        // Marked addressed, it no longer counts on the step for the officer, and the header says it waits for the
        // consultant (found in a walk: it still read "1 unresolved").
        assertThat(tabOf(p, "entity")).doesNotContain("条批注");
        // At its field it says so (found in a walk: it looked unchanged there).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", id).with(user(p.officer())))
                .andReturn().getResponse().getContentAsString()).select(".comment.addressed .comment-state").text())
                .startsWith("已处理（").endsWith("待顾问确认");
        assertThat(workflowLink(p)).isEqualTo("审核与批注（1 条待处理）");
        UUID other = thread(id, "step3.products[0].name");
        mvc.perform(post("/filings/{id}/comments/{c}/addressed", id, other).with(user(p.officer())).with(csrf()));
        assertThat(workflowLink(p)).isEqualTo("审核与批注（2 条待顾问确认）");
        // The officer explaining what was done keeps it addressed (a reply used to reopen it silently).
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.officer())).with(csrf())
                .param("parentId", comment.toString()).param("body", "已核对：统一社会信用代码已更正。"));
        assertThat(commentRepository.findById(comment).orElseThrow().isAddressed()).isTrue();
        // The consultant's inbox calls it a reply (it read "a new comment").
        mvc.perform(get("/inbox").with(user(p.consultant())))
                .andExpect(content().string(containsString("的批注有新的回复")));
        // It names the field and says what was written, and opens the thread (found in walks: the reader had to look
        // for it among all of the filing's comments).
        Notification reply = inbox.of(p.consultant().id()).get(0);
        var inboxPage = org.jsoup.Jsoup.parse(mvc.perform(get("/inbox").with(user(p.consultant())))
                .andReturn().getResponse().getContentAsString());
        assertThat(inboxPage.select("#notifications tr").first().select(".message-field").text())
                .isEqualTo("字段：统一社会信用代码");
        assertThat(inboxPage.select("#notifications tr").first().select(".message-detail").text())
                .isEqualTo("已核对：统一社会信用代码已更正。");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/inbox").with(user(p.consultant())).param("lang", "en"))
                .andReturn().getResponse().getContentAsString()).select("#notifications tr").first()
                .select(".message-field").text()).isEqualTo("Field: Unified social credit code");
        mvc.perform(get("/inbox/{n}", reply.getId()).with(user(p.consultant())))
                .andExpect(redirectedUrl("/filings/" + id + "/workflow#c-" + comment));
        // The workflow page's comment leads to its field in the wizard (found in a walk: no link).
        String workflow = mvc.perform(get("/filings/{id}/workflow", id).with(user(p.consultant()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(workflow).select("#c-" + comment + " .comment-field a").attr("href"))
                .startsWith("/filings/" + id + "/steps/entity#f-entity-");
        assertThat(tabOf(p, "entity")).doesNotContain("条批注");

        // The consultant does not accept the answer: open again, and counted again.
        mvc.perform(post("/filings/{id}/comments/{c}/reopen", id, comment).with(user(p.consultant())).with(csrf()))
                .andExpect(flash().attribute("message", "review.comment.reopened"));
        assertThat(tabOf(p, "entity")).contains("1 条批注");
        // The company is told, at the thread (found in a walk: a reopen reached nobody and was not logged).
        Notification reopened = inbox.of(p.officer().id()).get(0);
        assertThat(reopened.getMessageKey()).isEqualTo("inbox.commentReopened");
        assertThat(reopened.getFieldPath()).isEqualTo("entity.creditCode");
        assertThat(reopened.getCommentId()).isEqualTo(comment);
        mvc.perform(post("/filings/{id}/comments/{c}/addressed", id, comment).with(user(p.officer())).with(csrf()));
        mvc.perform(get("/filings/{id}/workflow", id).with(user(p.consultant())))
                .andExpect(content().string(containsString("确认已解决")));
        mvc.perform(post("/filings/{id}/comments/{c}/resolve", id, comment).with(user(p.consultant())).with(csrf()))
                .andExpect(flash().attribute("message", "review.comment.resolved"));
        assertThat(commentRepository.findById(comment).orElseThrow().isResolved()).isTrue();
        // The audit log names who resolved and who reopened the thread, at its field.
        String audit = org.jsoup.Jsoup.parse(mvc.perform(get("/audit").with(user(p.consultant()))
                .param("companyId", p.filing().getCompany().getId().toString())).andReturn().getResponse()
                .getContentAsString()).text();
        assertThat(audit).contains("批注确认已解决 · 统一社会信用代码").contains("批注重新打开 · 统一社会信用代码");
        // Resolving again changes and logs nothing.
        int logged = jdbc.queryForObject("select count(*) from change_log where filing_id = ?", Integer.class, id);
        mvc.perform(post("/filings/{id}/comments/{c}/resolve", id, comment).with(user(p.consultant())).with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ?", Integer.class, id))
                .isEqualTo(logged);
    }

    /** Found in a walk: an approved filing's open comment still asked the officer to mark it addressed. */
    @Test
    void aCommentLeftOpenWhenTheReviewEndedSaysSoAndAsksNothingOfTheCompany() throws Exception {
        Parties p = returnedFiling();
        UUID id = p.filing().getId();
        mvc.perform(get("/filings/{id}/workflow", id).with(user(p.officer())))
                .andExpect(content().string(containsString("mark-addressed")));
        // Found ready: the company can no longer change the filing, so nothing is asked of it.
        filings.transition(p.officer(), id, (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
        });
        var ready = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", id).with(user(p.officer())))
                .andReturn().getResponse().getContentAsString());
        assertThat(ready.select("#c-" + thread(id, "entity.creditCode") + " .comment-state").text())
                .isEqualTo("未解决（审核已结束）");
        assertThat(ready.select(".mark-addressed")).isEmpty();
        assertThat(ready.select("#new-comment")).hasSize(1);
        filings.transition(p.officer(), id, (f, a) -> {
            f.recordSubmission(a, java.time.LocalDate.of(2026, 12, 20));
            f.recordApproval(a, new com.cacfiling.domain.identifiers.FilingNumber(TestFixtures.uniqueFilingNumber()),
                    java.time.LocalDate.of(2027, 3, 1));
        });
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", id).with(user(p.officer())))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#c-" + thread(id, "entity.creditCode") + " .comment-state").text())
                .isEqualTo("未解决（审核已结束）");
        assertThat(page.select(".mark-addressed")).isEmpty();
        // Approved, it takes no new thread (on the page or by a post); its threads still take an answer.
        assertThat(page.select("#new-comment")).isEmpty();
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.consultant())).with(csrf())
                .param("fieldPath", "entity.name").param("body", "新批注")).andExpect(status().isForbidden());
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.officer())).with(csrf())
                .param("parentId", thread(id, "entity.creditCode").toString()).param("body", "已在变更中处理。"))
                .andExpect(flash().attribute("message", "review.comment.replied"));
    }

    /**
     * The company's answer in a thread hands it to the consultant, as marking it addressed does (found in a walk: the
     * resubmission asks to "change, reply or mark addressed", and a reply left the thread waiting); the consultant's
     * answer gives it back.
     */
    @Test
    void theCompanysReplyHandsTheThreadToTheConsultantAndTheConsultantsGivesItBack() throws Exception {
        Parties p = returnedFiling();
        UUID id = p.filing().getId();
        UUID comment = thread(id, "entity.creditCode");
        assertThat(commentRepository.findById(comment).orElseThrow().isAwaitingCompany()).isTrue();
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.officer())).with(csrf())
                .param("parentId", comment.toString()).param("body", "已与营业执照核对，代码无误。"))
                .andExpect(flash().attribute("message", "review.comment.repliedHandedOver"));
        assertThat(commentRepository.findById(comment).orElseThrow().isAddressed()).isTrue();
        // Said in words on the page the reply leads to (found in a walk: only "reply added").
        var after = mvc.perform(post("/filings/{id}/comments", id).with(user(p.officer())).with(csrf())
                .param("parentId", comment.toString()).param("body", "补充：附营业执照扫描件。")).andReturn();
        assertThat(after.getFlashMap().get("message")).isEqualTo("review.comment.replied");
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.consultant())).with(csrf())
                .param("parentId", comment.toString()).param("body", "请再核对第18位。"))
                .andExpect(flash().attribute("message", "review.comment.replied"));
        assertThat(commentRepository.findById(comment).orElseThrow().isAwaitingCompany()).isTrue();
        mvc.perform(post("/filings/{id}/comments", id).with(user(p.officer())).with(csrf())
                .param("parentId", comment.toString()).param("body", "第18位已核对。"))
                .andExpect(flash().attribute("message", "review.comment.repliedHandedOver"));
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", id).with(user(p.officer()))
                        .flashAttr("message", "review.comment.repliedHandedOver"))
                .andReturn().getResponse().getContentAsString()).text())
                .contains("回复已添加。这条批注随之标为已处理，交给法律顾问确认");
    }

    /** A filing that cannot be edited says why in its own state (found in a walk: "in review or submitted" when ready). */
    @Test
    void aStepOfAFilingThatCannotBeEditedSaysItsStateAndWhenItCanBeEditedAgain() throws Exception {
        Parties draft = draftFiling();
        FilingRecord filing = draft.filing();
        PortalUser officer = draft.officer();
        PortalUser consultant = draft.consultant();
        filings.transition(officer, filing.getId(), (f, a) -> f.submitForReview(a));
        assertThat(readOnlyNotice(filing.getId(), officer)).isEqualTo("该备案正在由法律顾问审核，现在不能修改；顾问退回后即可修改。");
        // Its reviewer reads it as its reviewer (found in a walk: "the consultant" in the third person).
        assertThat(readOnlyNotice(filing.getId(), consultant)).startsWith("此备案正在审核中，内容由公司的合规专员修改")
                .contains("退回修改");
        filings.transition(consultant, filing.getId(), (f, a) -> f.markReady(a));
        assertThat(readOnlyNotice(filing.getId(), officer)).startsWith("该备案已审核通过、待提交网信办");
        filings.transition(officer, filing.getId(),
                (f, a) -> f.recordSubmission(a, java.time.LocalDate.of(2026, 12, 20)));
        assertThat(readOnlyNotice(filing.getId(), officer)).startsWith("该备案已提交网信办，正在等待审核结果");
    }

    /** Opened as a whole (the dashboard's link): where each can do something with the filing in its state. */
    @Test
    void aFilingOpensForTheConsultantAtItsReviewAndWhenNotEditableAtItsChecksAndDocuments() throws Exception {
        Parties draft = draftFiling();
        FilingRecord filing = draft.filing();
        PortalUser officer = draft.officer();
        PortalUser consultant = draft.consultant();
        String base = "/filings/" + filing.getId();
        mvc.perform(get(base + "/steps/step3").with(user(officer)));
        mvc.perform(get(base).with(user(consultant))).andExpect(redirectedUrl(base + "/steps/review"));
        filings.transition(officer, filing.getId(), (f, a) -> f.submitForReview(a));
        mvc.perform(get(base).with(user(consultant))).andExpect(redirectedUrl(base + "/workflow"));
        mvc.perform(get(base).with(user(officer))).andExpect(redirectedUrl(base + "/steps/review"));
    }

    private String readOnlyNotice(UUID filingId, PortalUser user) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", filingId).with(user(user)))
                .andReturn().getResponse().getContentAsString()).select("#read-only").text();
    }

    @Test
    void openingAMessageMarksItRead() throws Exception {
        Parties p = returnedFiling();
        Notification message = inbox.of(p.officer().id()).get(0);
        long unread = inbox.unread(p.officer().id());
        mvc.perform(get("/inbox").with(user(p.officer())))
                .andExpect(content().string(containsString("/inbox/" + message.getId())));
        mvc.perform(get("/inbox/{n}", message.getId()).with(user(p.officer())))
                .andExpect(redirectedUrl("/filings/" + p.filing().getId() + "/workflow"));
        assertThat(inbox.unread(p.officer().id())).isEqualTo(unread - 1);
        // Another user's message is not there for them.
        mvc.perform(get("/inbox/{n}", message.getId()).with(user(p.consultant())))
                .andExpect(status().isNotFound());
    }
}
