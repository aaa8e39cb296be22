package com.cacfiling.web.evidence;

import java.util.List;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo filing's listed screenshots open (they were listed and answered 404), with the size and hash listed. */
@PortalTest
class DemoEvidenceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    DemoEvidence demoEvidence;

    @Autowired
    FilingService filings;

    @Test
    void theDemoEvidenceIsStoredAsFilesWithTheirRealSizeAndHash() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "示例证据算法");
        List<EvidenceItem> listed = SampleDossiers.algorithmProfile().assessment().evidence();
        List<DemoEvidence.Screenshot> screenshots = demoEvidence.prepare(listed);
        demoEvidence.store(filing.getAlgorithm().getId(), screenshots, "officer.a");
        List<EvidenceItem> stored = screenshots.stream().map(DemoEvidence.Screenshot::item).toList();
        assertThat(stored).extracting(EvidenceItem::id).containsExactlyElementsOf(listed.stream()
                .map(EvidenceItem::id).toList());
        for (EvidenceItem item : stored) {
            byte[] file = mvc.perform(get("/filings/{id}/evidence/{key}", filing.getId(), item.id())
                            .with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(file).hasSize(item.sizeBytes().intValue());
            assertThat(DossierBundle.sha256(file)).isEqualTo(item.sha256());
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file)).getWidth()).isEqualTo(640);
        }
    }

    /** A change filing copies the approved algorithm with its evidence items: their files come too. */
    @Test
    void aChangeFilingKeepsTheEvidenceFilesOfTheApprovedFiling() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        List<DemoEvidence.Screenshot> screenshots = demoEvidence.prepare(
                SampleDossiers.algorithmProfile().assessment().evidence());
        demoEvidence.store(filing.getAlgorithm().getId(), screenshots, "officer.a");
        fixtures.approve(filing, officer, java.time.LocalDate.of(2026, 12, 20), java.time.LocalDate.of(2027, 3, 1));

        FilingRecord change = filings.startChange(officer, filing.getId(), java.time.LocalDate.of(2027, 6, 1));

        for (DemoEvidence.Screenshot screenshot : screenshots) {
            byte[] original = mvc.perform(get("/filings/{id}/evidence/{key}", filing.getId(), screenshot.item().id())
                    .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            byte[] copied = mvc.perform(get("/filings/{id}/evidence/{key}", change.getId(), screenshot.item().id())
                    .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(copied).isEqualTo(original);
        }
    }
}
