package com.cacfiling.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wizard says under a field what the CAC asks for and what gets filings returned, in the page's language, and in
 * the role's own words where the field means something else for it (a supporter's users are business customers).
 */
@PortalTest
class FieldHelpPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Test
    void aFieldsHelpIsUnderItInTheRolesOwnWords() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord provider = fixtures.filing(company, "帮助提供者算法", FilingRole.SERVICE_PROVIDER);
        FilingRecord supporter = fixtures.filing(company, "帮助支持者算法", FilingRole.TECHNICAL_SUPPORTER);

        assertThat(help(page(provider, officer, "assessment", "zh-CN"), "f-algorithm-assessment-userCount"))
                .isEqualTo("只填人数（整数），例如 3000000 或 3,000,000。"
                        + "已上线的填写实际用户数；尚未上线的填写预计用户数，报告中注明为预计。");
        // A supporter counts businesses, in a field of its own, and is not asked for users.
        assertThat(help(page(supporter, officer, "assessment", "zh-CN"), "f-algorithm-assessment-customerCount"))
                .startsWith("使用本技术的企业客户数量（家），不是这些客户的最终用户数。");
        assertThat(help(page(supporter, officer, "assessment", "en"), "f-algorithm-assessment-customerCount"))
                .startsWith("The number of businesses using the technology, not their end users.");
        assertThat(page(supporter, officer, "assessment", "en").getElementById("f-algorithm-assessment-userCount"))
                .isNull();
        assertThat(page(provider, officer, "assessment", "en").getElementById("f-algorithm-assessment-customerCount"))
                .isNull();
        assertThat(help(page(provider, officer, "basic", "zh-CN"), "f-algorithm-basics-name"))
                .contains("名称不一致是常见的退回原因");
        assertThat(help(page(provider, officer, "entity", "en"), "f-entity-icp-relationExplanation"))
                .contains("explain how the two are related");
        // A field without help has none.
        assertThat(help(page(provider, officer, "entity", "zh-CN"), "f-entity-contact-title")).isEmpty();
    }

    private Document page(FilingRecord filing, PortalUser officer, String step, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", filing.getId(), step).with(user(officer))
                .param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String help(Document page, String anchor) {
        return page.select("div.field:has(label[for=" + anchor + "]) > p.hint").text();
    }
}
