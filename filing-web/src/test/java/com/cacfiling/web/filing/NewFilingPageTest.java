package com.cacfiling.web.filing;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.PortalUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found in a walk: a consultant of 251 companies chose from one list of 251 on a phone, with the first company already
 * chosen for them. The company is found by a search, and chosen by the user.
 */
@PortalTest
class NewFilingPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Test
    void aConsultantOfManyCompaniesFindsTheCompanyAndChoosesIt() throws Exception {
        String prefix = TestFixtures.unique("新建页公司");
        List<Company> created = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            created.add(companies.save(new Company(prefix + "-" + (100 + i), null)));
        }
        PortalUser consultant = PortalUser.of(fixtures.consultant(created.toArray(Company[]::new)));

        Document all = page(consultant, "/filings/new");
        assertThat(all.select("#company-search")).isNotEmpty();
        assertThat(all.select("#companyId option")).hasSize(FilingController.COMPANIES_LISTED + 1);
        assertThat(all.selectFirst("#companyId option[selected]")).isNull();
        assertThat(all.selectFirst("#companyId option").val()).isEmpty();

        Document found = page(consultant, "/filings/new?companyQ=" + prefix + "-15");
        assertThat(found.select("#companyId option").eachText()).containsExactly("请选择", prefix + "-150",
                prefix + "-151", prefix + "-152", prefix + "-153", prefix + "-154", prefix + "-155", prefix + "-156",
                prefix + "-157", prefix + "-158", prefix + "-159");
        assertThat(page(consultant, "/filings/new?companyQ=没有这家").select("#no-company-match")).isNotEmpty();

        // Not chosen: said next to the field, nothing created.
        Document refused = Jsoup.parse(mvc.perform(post("/filings/new").with(user(consultant)).with(csrf())
                        .param("companyId", "").param("algorithmName", "未选公司算法").param("role", "SERVICE_PROVIDER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".has-error #companyId")).isNotEmpty();
    }

    private Document page(PortalUser viewer, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
