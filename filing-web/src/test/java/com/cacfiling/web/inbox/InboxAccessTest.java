package com.cacfiling.web.inbox;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found in a walk: a consultant's inbox still named a company's filing and showed its return reason after the company
 * was taken from them, and its links led to "not found". Messages go with the access.
 */
@PortalTest
class InboxAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Inbox inbox;

    @Test
    void messagesAboutACompanysFilingsGoWhenTheUserNoLongerWorksOnIt() throws Exception {
        Company taken = fixtures.company();
        Company kept = fixtures.company();
        FilingRecord takenFiling = fixtures.filing(taken, "收件箱撤销算法");
        FilingRecord keptFiling = fixtures.filing(kept, "收件箱保留算法");
        UserAccount consultant = fixtures.consultant(taken, kept);
        UserAccount officer = fixtures.officer(taken);
        UserAccount otherOfficer = fixtures.officer(fixtures.company());
        inbox.notifyCompany(taken.getId(), takenFiling.getId(), otherOfficer.getId(), "inbox.returned",
                "收件箱撤销算法（服务提供者）", "退回原因：身份证号待核实");
        inbox.notifyCompany(kept.getId(), keptFiling.getId(), otherOfficer.getId(), "inbox.returned",
                "收件箱保留算法（服务提供者）", null);
        assertThat(inbox.unread(consultant.getId())).isEqualTo(2);
        // What the mover wrote reaches the consultant, outside the company, with an ID number in it masked.
        inbox.notifyCompany(kept.getId(), keptFiling.getId(), officer.getId(), "inbox.withdrawn", "收件箱保留算法",
                "法人 110105198503120020 离职");
        assertThat(inbox.of(consultant.getId()).get(0).getDetail()).contains("110105********0020")
                .doesNotContain("110105198503120020");
        inbox.markAllRead(consultant.getId());
        inbox.notifyCompany(kept.getId(), keptFiling.getId(), otherOfficer.getId(), "inbox.returned",
                "收件箱保留算法（服务提供者）", null);
        assertThat(inbox.unread(officer.getId())).isEqualTo(1);

        PortalUser admin = PortalUser.of(fixtures.admin());
        mvc.perform(post("/admin/users/{u}/assignments/{c}/delete", consultant.getId(), taken.getId())
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(inbox.unread(consultant.getId())).isEqualTo(1);
        String page = mvc.perform(get("/inbox").with(user(PortalUser.of(consultant))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("收件箱保留算法").doesNotContain("收件箱撤销算法").doesNotContain("身份证号待核实");

        // An officer moved to another company keeps nothing of the old one's.
        mvc.perform(post("/admin/users/{u}/role", officer.getId()).param("role", UserRole.OFFICER.name())
                .param("companyId", kept.getId().toString()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inbox.of(officer.getId())).isEmpty();
    }

    /**
     * The header's unread count is remembered (a round trip on every page was 2 % of a save's), yet a message written
     * or read on this node counts at once in the header of the next page: written, opened, all read.
     */
    @Test
    void theHeadersUnreadCountFollowsEveryMessageWrittenOrReadAtOnce() throws Exception {
        Company company = fixtures.company();
        FilingRecord filing = fixtures.filing(company, "收件箱计数算法");
        UserAccount consultant = fixtures.consultant(company);
        UserAccount officer = fixtures.officer(company);
        PortalUser reader = PortalUser.of(consultant);
        assertThat(badge(reader)).isNull();
        inbox.notifyCompany(company.getId(), filing.getId(), officer.getId(), "inbox.returned", "收件箱计数算法", null);
        assertThat(badge(reader)).isEqualTo("1");
        inbox.notifyCompany(company.getId(), filing.getId(), officer.getId(), "inbox.withdrawn", "收件箱计数算法", null);
        assertThat(badge(reader)).isEqualTo("2");
        Notification first = inbox.of(consultant.getId()).get(0);
        inbox.open(consultant.getId(), first.getId());
        assertThat(badge(reader)).isEqualTo("1");
        mvc.perform(post("/inbox/read").with(user(reader)).with(csrf()));
        assertThat(badge(reader)).isNull();
        inbox.notifyUser(consultant.getId(), "notice.signInAttack.user", null);
        assertThat(badge(reader)).isEqualTo("1");
    }

    /** The count in the header's inbox link, null without one. */
    private String badge(PortalUser reader) throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").with(user(reader))).andReturn().getResponse()
                .getContentAsString());
        var count = page.selectFirst("#nav-inbox .count");
        return count == null ? null : count.text();
    }
}
