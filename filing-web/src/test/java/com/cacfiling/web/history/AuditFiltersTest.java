package com.cacfiling.web.history;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Found in a walk: after one bulk assignment (300 entries) an administrator's own deactivation and password reset
 * were several pages back, with no way to narrow the log. It narrows by who made an entry and by kind, keeps the
 * filters when paging and exporting, and says when nothing matches.
 */
@PortalTest
class AuditFiltersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    private Document page(PortalUser reader, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(reader))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theLogNarrowsByWhoAndKind() throws Exception {
        UserAccount adminAccount = fixtures.admin();
        PortalUser admin = PortalUser.of(adminAccount);
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        UserAccount consultant = fixtures.consultant();
        mvc.perform(post("/admin/users/{id}/deactivate", officer.getId()).with(user(admin)).with(csrf()));
        mvc.perform(post("/admin/users/{id}/assignments", consultant.getId()).with(user(admin)).with(csrf())
                .param("companyId", company.getId().toString()));
        fixtures.fillWithDemo(fixtures.filing(company, TestFixtures.unique("审计筛选算法")),
                PortalUser.of(fixtures.officer(company)));

        Document mine = page(admin, "/audit?who=" + adminAccount.getUsername().toUpperCase() + "&kind=ACCOUNTS");
        // Named as the pages name people, the sign-in name in the title.
        assertThat(mine.select("#audit tbody td:nth-child(4)").eachText())
                .isNotEmpty().allSatisfy(who -> assertThat(who).isEqualTo("Admin"));
        assertThat(mine.select("#audit tbody td:nth-child(4) .actor").eachAttr("title"))
                .isNotEmpty().allSatisfy(who -> assertThat(who).isEqualToIgnoringCase(adminAccount.getUsername()));
        assertThat(mine.select("#audit tbody td:nth-child(6)").eachText())
                .anySatisfy(what -> assertThat(what).contains("停用用户"));
        assertThat(mine.select("#audit-who").val()).isEqualTo(adminAccount.getUsername().toUpperCase());
        assertThat(mine.select("#audit-kind option[selected]").text()).isEqualTo("用户、权限与公司");
        assertThat(mine.select("#clear-audit-filters").attr("href")).isEqualTo("/audit");
        assertThat(mine.select("#export-audit").attr("href")).contains("who=").contains("kind=ACCOUNTS");

        // Part of the user name finds them too (found in a re-check: only the full name did).
        String part = adminAccount.getUsername().substring(adminAccount.getUsername().length() - 8);
        assertThat(page(admin, "/audit?kind=ACCOUNTS&who=" + part).select("#audit tbody td:nth-child(4) .actor")
                .eachAttr("title"))
                .isNotEmpty().allSatisfy(who -> assertThat(who).isEqualTo(adminAccount.getUsername()));

        Document filings = page(admin, "/audit?kind=FILINGS&who=" + adminAccount.getUsername());
        assertThat(filings.select("#audit tbody tr")).isEmpty();
        assertThat(filings.select(".empty").text()).isEqualTo("没有符合筛选条件的记录。");
        assertThat(page(admin, "/audit?kind=FILINGS").select("#audit tbody td:nth-child(3)").eachText())
                .isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank());

        String csv = mvc.perform(get("/audit.csv").param("who", adminAccount.getUsername()).param("kind", "ACCOUNTS")
                .with(user(admin))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("\"" + adminAccount.getUsername() + "\""));
    }

    /** The "by" filter says which names it takes (it read "user name or name"). */
    @Test
    void theWhoFilterNamesTheSignInNameAndTheFullName() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        assertThat(page(admin, "/audit?lang=en").select("#audit-who").attr("placeholder"))
                .isEqualTo("sign-in name or full name");
        assertThat(page(admin, "/audit?lang=zh-CN").select("#audit-who").attr("placeholder"))
                .isEqualTo("登录用户名或姓名");
    }
}
