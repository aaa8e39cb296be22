package com.cacfiling.web.wizard;

import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** English pages cite articles as English readers do ("Art. 24"), Chinese pages as the regulation is written. */
@PortalTest
class EnglishArticlesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Test
    void theReviewPageCitesTheDeadlineArticleInThePagesLanguage() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
        String english = mvc.perform(get("/filings/{id}/steps/review", filing.getId()).param("lang", "en")
                .with(user(officer))).andReturn().getResponse().getContentAsString();
        String chinese = mvc.perform(get("/filings/{id}/steps/review", filing.getId()).param("lang", "zh-CN")
                .with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("第二十四条");
        assertThat(english).contains("Art. 24").doesNotContain("第二十四条");
    }
}
