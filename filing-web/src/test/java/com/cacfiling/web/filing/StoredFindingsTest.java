package com.cacfiling.web.filing;

import static com.cacfiling.web.filing.FilingScenarios.bringTo;
import static com.cacfiling.web.filing.FilingScenarios.completeFiling;
import static com.cacfiling.web.filing.FilingScenarios.withLegalRepresentative;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stored filing's findings are remembered per version and day (wizard pages, submit for review): a stale finding
 * would let an incomplete filing go to review or keep a complete one back. Each kind of change is made the way users
 * make it, and the remembered findings must equal the rules run afresh.
 */
@PortalTest
class StoredFindingsTest {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    private Evaluation remembered(UUID id, PortalUser user, LocalDate day) {
        FilingService.Opened opened = filings.open(id, user);
        return filings.evaluateStored(opened.record(), opened.dossier(), day);
    }

    private Evaluation afresh(UUID id, PortalUser user, LocalDate day) {
        return filings.evaluate(filings.open(id, user).dossier(), day);
    }

    @Test
    void rememberedFindingsFollowTheFilingItsCompanyAndTheDay() {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = completeFiling(fixtures, filings, company, officer);
        FilingRecord other = fixtures.filing(company, TestFixtures.unique("同公司另一算法"));
        LocalDate today = filings.today();

        Evaluation complete = remembered(filing.getId(), officer, today);
        assertThat(complete.isReady()).isTrue();
        assertThat(remembered(filing.getId(), officer, today)).as("an unchanged filing").isSameAs(complete);

        // The company's Step 1, shared by its filings, changed through the other filing.
        filings.updateEntity(officer, other.getId(), filings.get(other.getId(), officer).getCompany().getEntityVersion(),
                entity -> withLegalRepresentative(entity, ""));
        Evaluation incomplete = remembered(filing.getId(), officer, today);
        assertThat(incomplete.isReady()).as("legal representative removed through another filing").isFalse();
        assertThat(incomplete).isEqualTo(afresh(filing.getId(), officer, today));

        filings.updateEntity(officer, filing.getId(), filings.get(filing.getId(), officer).getCompany().getEntityVersion(),
                entity -> withLegalRepresentative(entity, "王法人"));
        assertThat(remembered(filing.getId(), officer, today).isReady()).as("legal representative back").isTrue();

        // The filing's own algorithm, then its status.
        long algorithmVersion = filings.get(filing.getId(), officer).getAlgorithm().getVersion();
        filings.updateAlgorithm(officer, filing.getId(), algorithmVersion,
                algorithm -> algorithm.withBasics(new com.cacfiling.domain.algorithm.AlgorithmBasics(
                        algorithm.basics().algorithmType(), null, algorithm.basics().launchDate(),
                        algorithm.basics().applicationAreas(), algorithm.basics().applicationAreasOther())));
        assertThat(remembered(filing.getId(), officer, today)).isEqualTo(afresh(filing.getId(), officer, today))
                .matches(evaluation -> !evaluation.isReady(), "not ready without an algorithm name");
        algorithmVersion = filings.get(filing.getId(), officer).getAlgorithm().getVersion();
        filings.updateAlgorithm(officer, filing.getId(), algorithmVersion,
                algorithm -> com.cacfiling.domain.sample.SampleDossiers.algorithmProfile());
        bringTo(filings, officer, filing, FilingStatus.IN_REVIEW);
        assertThat(remembered(filing.getId(), officer, today)).isEqualTo(afresh(filing.getId(), officer, today));

        // Another day: deadlines move.
        LocalDate later = today.plusYears(2);
        assertThat(remembered(filing.getId(), officer, later)).isEqualTo(afresh(filing.getId(), officer, later));
    }
}
