package com.cacfiling.web.wizard;

import java.util.Locale;

import com.cacfiling.domain.sample.SampleDossiers;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15: a choice whose options the seed material does not confirm tells the filer so under the field (and to
 * use "other (describe)" where the list has it); a confirmed list (the five algorithm types) has no such hint.
 */
@PortalTest
class UnconfirmedOptionsHintTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    private Document page(PortalUser officer, FilingRecord filing, String step, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", filing.getId(), step).locale(locale)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void unconfirmedListsCarryTheHintConfirmedOnesDoNot() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);

        Document basic = page(officer, filing, "basic", Locale.SIMPLIFIED_CHINESE);
        assertThat(basic.selectFirst("#f-algorithm-basics-applicationAreas").select("p.hint").text())
                .contains("选项由本平台整理，尚待与网信办备案系统核对", "没有合适选项时请选“其他”并说明");
        assertThat(basic.selectFirst("#f-algorithm-basics-algorithmType").parent().select("p.hint").text())
                .doesNotContain("尚待").doesNotContain("尚未");

        Document detailed = page(officer, filing, "detailed", Locale.SIMPLIFIED_CHINESE);
        assertThat(detailed.selectFirst("#f-algorithm-details-data-outputFormats").select("p.hint").text())
                .contains("选项由本平台整理", "其他");
        // A list without "other" asks to compare, and offers no "other".
        assertThat(detailed.selectFirst("#f-algorithm-details-model-calculationMethod").parent().select("p.hint")
                .text()).contains("选项由本平台整理").doesNotContain("其他");
    }
}
