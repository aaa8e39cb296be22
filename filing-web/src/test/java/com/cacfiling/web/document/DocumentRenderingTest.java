package com.cacfiling.web.document;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingScenarios;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 13, item 4: documents are rendered when asked for, once per content version, within a time budget. */
@PortalTest
class DocumentRenderingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    RenderedDocuments rendered;

    @Autowired
    com.cacfiling.web.evidence.EvidenceContents evidenceContents;

    @Autowired
    com.cacfiling.web.evidence.EntityDocuments entityDocuments;

    @Autowired
    com.cacfiling.web.filing.TimedRules timedRules;

    @Test
    void theReviewPageRendersNothingAndItsPreviewsFollowThePagesLanguage() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "预览算法");
        long before = rendered.renderCount();
        mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer))
                        .cookie(new Cookie("FILING_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<iframe"))))
                .andExpect(content().string(containsString("/documents/report.pdf?lang=en&amp;inline=true")));
        assertThat(rendered.renderCount()).isEqualTo(before);
        mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer)))
                .andExpect(content().string(containsString("/documents/report.pdf?lang=zh-CN&amp;inline=true")));

        // A document in another language than the page's leaves the user's language alone.
        mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).param("lang", "zh-CN")
                        .param("inline", "true").with(user(officer)).cookie(new Cookie("FILING_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("FILING_LANG"));
    }

    @Test
    void aDocumentTheFilingDoesNotHaveIsNotFoundAndTheAnswerNamesTheOnesThereAre() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "地址算法");
        long before = rendered.renderCount();
        mvc.perform(get("/filings/{id}/documents/self-assessment.pdf", filing.getId()).with(user(officer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("report（算法安全自评估报告）")));
        mvc.perform(get("/filings/{id}/documents/report.xlsx", filing.getId()).with(user(officer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString(".pdf 或 .docx")));
        assertThat(rendered.renderCount()).isEqualTo(before);
        // Another company's filing says nothing about itself: the plain 404, as for a filing that does not exist.
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/filings/{id}/documents/self-assessment.pdf", filing.getId()).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("report（"))));
    }

    @Test
    void anUnchangedFilingIsRenderedOnceAndAChangedOneAgain() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "缓存算法");
        long before = rendered.renderCount();
        byte[] first = mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] second = mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(second).isEqualTo(first);
        assertThat(rendered.renderCount()).isEqualTo(before + 1);
        mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).param("lang", "en")
                .with(user(officer))).andExpect(status().isOk());
        assertThat(rendered.renderCount()).isEqualTo(before + 2);

        filings.updateStep3(officer, filing.getId(), filings.get(filing.getId(), officer).getVersion(),
                SampleDossiers.products());
        mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).with(user(officer)))
                .andExpect(status().isOk());
        assertThat(rendered.renderCount()).isEqualTo(before + 3);
    }

    @Test
    void aDossierWithMoreRowsThanDocumentsAreMadeForIsRefusedAtOnceWithAMessage() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = FilingScenarios.completeFiling(fixtures, filings, company, officer);
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                profile -> LargeDossiers.withRows(profile, RenderedDocuments.MAX_ROWS + 100));
        long before = rendered.renderCount();
        long start = System.nanoTime();
        mvc.perform(get("/filings/{id}/documents/report.pdf", filing.getId()).with(user(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("行数过多")));
        mvc.perform(get("/filings/{id}/dossier.zip", filing.getId()).with(user(officer)))
                .andExpect(status().isUnprocessableContent());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(rendered.renderCount()).isEqualTo(before);
    }

    @Test
    void aRenderOverItsBudgetFailsFastAndIsNotStartedAgain() {
        RenderedDocuments tight = new RenderedDocuments(Duration.ofMillis(100), 16, evidenceContents, entityDocuments,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), timedRules);
        try {
            Dossier large = DocumentRenderBenchmark.dossier(profile -> LargeDossiers.withRows(profile, 150));
            long start = System.nanoTime();
            assertThatThrownBy(() -> tight.document(large, DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF,
                    Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 11, 29)))
                    .isInstanceOf(DocumentTooLargeException.class);
            // Within the row limit, but its render takes seconds on this machine (see RenderedDocuments.MAX_ROWS).
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThatThrownBy(() -> tight.document(large, DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF,
                    Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 11, 29)))
                    .isInstanceOf(DocumentTooLargeException.class);
            assertThat(tight.renderCount()).isEqualTo(1);
        }
        finally {
            tight.stop();
        }
    }
}
