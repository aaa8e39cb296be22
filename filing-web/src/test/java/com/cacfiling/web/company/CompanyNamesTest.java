package com.cacfiling.web.company;

import java.util.Locale;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.triage.Services;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A company's English name on pages in English (found in walks: the administrator enters it, yet every English page
 * showed the Chinese name); the Chinese pages keep the registered name, and either name finds the company.
 */
@PortalTest
class CompanyNamesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Autowired
    Services services;

    @Test
    void theEnglishNameOnlyWhereThereIsOneAndThePageIsNotChinese() {
        assertThat(CompanyNames.shown("灵犀公司", "Lingxi Co.", Locale.ENGLISH)).isEqualTo("Lingxi Co.");
        assertThat(CompanyNames.shown("灵犀公司", "Lingxi Co.", Locale.SIMPLIFIED_CHINESE)).isEqualTo("灵犀公司");
        assertThat(CompanyNames.shown("灵犀公司", null, Locale.ENGLISH)).isEqualTo("灵犀公司");
        assertThat(CompanyNames.shown("灵犀公司", " ", Locale.ENGLISH)).isEqualTo("灵犀公司");
    }

    @Test
    void englishPagesShowTheEnglishNameAndChinesePagesTheRegisteredOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String chinese = "双名测试公司" + suffix;
        String english = "Two Names Test Co " + suffix;
        Company company = companies.save(new Company(chinese, english));
        var officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        FilingRecord filing = fixtures.filing(company, "双名算法" + suffix);
        UUID service = services.create(officer, company.getId(), "双名服务" + suffix, null);
        mvc.perform(post("/services/{id}/triage", service).with(user(officer)).with(csrf())
                .param("version", String.valueOf(services.get(service, officer).version()))
                .param("q_PUBLIC", "yes").param("q_GENERATIVE", "yes").param("q_PUBLIC_OPINION", "yes")
                .param("q_OWN_MODEL", "yes").param("q_SELLS_API", "no").param("q_BIOMETRIC_OR_CHANGE", "no")
                .param("q_MOBILISATION_RND", "no").param("q_COMPANION", "no"));

        java.util.List<java.util.function.Supplier<MockHttpServletRequestBuilder>> pages = java.util.List.of(
                () -> get("/filings").with(user(consultant)),
                () -> get("/filings/{id}/steps/basic", filing.getId()).with(user(officer)),
                () -> get("/filings/{id}/workflow", filing.getId()).with(user(consultant)),
                () -> get("/services").with(user(consultant)),
                () -> get("/obligations").with(user(consultant)),
                () -> get("/audit").with(user(admin)).param("companyId", company.getId().toString()),
                () -> get("/admin/users").with(user(admin)).param("q", officerAccount.getUsername()),
                () -> get("/admin/users/{id}", officerAccount.getId()).with(user(admin)));
        for (var page : pages) {
            String en = text(page.get().param("lang", "en"));
            assertThat(en).as(en).contains(english).doesNotContain(chinese);
            String zh = text(page.get().param("lang", "zh-CN"));
            assertThat(zh).as(zh).contains(chinese).doesNotContain(english);
        }

        // Either name finds the company's filings, services' obligations and the dashboard's search.
        for (String part : new String[] {"Two Names Test Co " + suffix, "双名测试公司" + suffix}) {
            assertThat(text(get("/filings").with(user(consultant)).param("q", part).param("lang", "en")))
                    .contains("双名算法" + suffix);
            assertThat(text(get("/filings").with(user(consultant)).param("company", part).param("lang", "en")))
                    .contains("双名算法" + suffix);
            assertThat(text(get("/obligations").with(user(consultant)).param("company", part).param("lang", "en")))
                    .contains("双名服务" + suffix);
        }
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select("main").text();
    }
}
