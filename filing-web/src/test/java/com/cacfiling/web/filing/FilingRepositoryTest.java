package com.cacfiling.web.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.DualRoleFilings;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.system.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class FilingRepositoryTest {

    @Autowired
    CompanyRepository companies;

    @Autowired
    AlgorithmRecordRepository algorithms;

    @Autowired
    FilingRecordRepository filings;

    @Autowired
    TestEntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    private final Actor actor = new Actor("tester", Instant.parse("2026-12-16T02:00:00Z"));

    private Company company(String name) {
        Company company = new Company(name, null);
        company.updateEntityProfile(DomainJson.write(SampleDossiers.entity()), null);
        return companies.save(company);
    }

    private FilingRecord store(Company company, Filing filing) {
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(filing.algorithm().id().value(), company,
                filing.algorithm().profile()));
        return filings.save(new FilingRecord(filing, algorithm));
    }

    @Test
    void aCompleteFilingWithItsLifecycleSurvivesStorageUnchanged() {
        Company company = company("存储测试公司");
        Dossier dossier = SampleDossiers.completeProvider();
        Filing filing = dossier.filing();
        filing.submitForReview(actor);
        filing.markReady(actor);
        filing.recordSubmission(actor, LocalDate.of(2026, 12, 17));
        filing.recordApproval(actor, new FilingNumber("网信算备110108823483901230031号"), LocalDate.of(2027, 3, 1));
        store(company, filing);
        entityManager.flush();
        entityManager.clear();

        FilingRecord loaded = filings.findVisible(filing.id().value(), List.of(company.getId())).orElseThrow();
        Dossier reloaded = new Dossier(dossier.entity(), loaded.toDomain());
        assertThat(DossierJson.write(reloaded)).isEqualTo(DossierJson.write(dossier));
        assertThat(loaded.getCreatedBy()).isEqualTo("system");
        assertThat(jdbc.queryForObject("select count(*) from filing_transition where filing_id = ?", Integer.class,
                filing.id().value())).isEqualTo(5);
        assertThat(jdbc.queryForObject("select name from algorithm where id = ?", String.class,
                filing.algorithm().id().value())).isEqualTo(SampleDossiers.ALGORITHM_NAME);
    }

    @Test
    void aDualRolePairSharesOneAlgorithmRow() {
        Company company = company("双重身份公司");
        DualRoleFilings pair = SampleDossiers.dualRole();
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(pair.provider().algorithm().id().value(),
                company, pair.provider().algorithm().profile()));
        FilingRecord provider = filings.save(new FilingRecord(pair.provider(), algorithm));
        FilingRecord supporter = filings.save(new FilingRecord(pair.supporter(), algorithm));
        entityManager.flush();
        assertThat(List.of(provider, supporter)).extracting(FilingRecord::getRole)
                .containsExactlyInAnyOrder(pair.provider().role(), pair.supporter().role());
        assertThat(filings.findByAlgorithmIdAndIdNot(algorithm.getId(), provider.getId()))
                .extracting(FilingRecord::getId).containsExactly(supporter.getId());
        assertThat(filings.findByAlgorithmIdAndIdNot(algorithm.getId(), supporter.getId()))
                .extracting(FilingRecord::getId).containsExactly(provider.getId());
    }

    @Test
    void findsOnlyFilingsOfTheGivenCompanies() {
        Company mine = company("可见公司");
        Company other = company("不可见公司");
        FilingRecord visible = store(mine, SampleDossiers.completeProvider().filing());
        FilingRecord hidden = store(other, SampleDossiers.completeSupporter().filing());
        entityManager.flush();

        assertThat(filings.findVisible(List.of(mine.getId()))).extracting(FilingRecord::getId)
                .containsExactly(visible.getId());
        assertThat(filings.findVisible(hidden.getId(), List.of(mine.getId()))).isEmpty();
    }

    private FilingRecord storedDraft(String companyName) {
        FilingRecord filing = store(company(companyName), SampleDossiers.completeProvider().filing());
        entityManager.flush();
        return filing;
    }

    // A failed statement aborts the PostgreSQL transaction, so each constraint gets a test of its own.
    @Test
    void theDatabaseRefusesAnUnknownStatus() {
        FilingRecord filing = storedDraft("状态约束公司");
        assertThatThrownBy(() -> jdbc.update("update filing set status = 'BOGUS' where id = ?", filing.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAnApprovalWithoutFilingNumber() {
        FilingRecord filing = storedDraft("批准约束公司");
        assertThatThrownBy(() -> jdbc.update("update filing set status = 'APPROVED' where id = ?", filing.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAMisshapenFilingNumber() {
        FilingRecord filing = storedDraft("编号格式公司");
        assertThatThrownBy(() -> jdbc.update("update filing set filing_number = '网信算备123号' where id = ?",
                filing.getId())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theVersionColumnGrowsWithEachSave() {
        Company company = company("版本测试公司");
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), SampleDossiers.algorithmProfile());
        AlgorithmRecord record = algorithms.save(new AlgorithmRecord(algorithm.id().value(), company,
                algorithm.profile()));
        entityManager.flush();
        long before = record.getVersion();
        record.update(algorithm.profile().withBasics(algorithm.profile().basics().withName("版本算法二")));
        entityManager.flush();
        assertThat(record.getVersion()).isEqualTo(before + 1);
    }

    @Test
    void aChangeFilingRefersToItsPredecessor() {
        Company company = company("变更公司");
        Filing approved = SampleDossiers.completeProvider().filing();
        approved.submitForReview(actor);
        approved.markReady(actor);
        approved.recordSubmission(actor, LocalDate.of(2026, 12, 17));
        approved.recordApproval(actor, new FilingNumber("网信算备110108823483901230032号"), LocalDate.of(2027, 3, 1));
        store(company, approved);
        Filing change = approved.startChange(FilingId.random(), AlgorithmId.random(), "2025.2", actor);
        store(company, change);
        entityManager.flush();
        assertThat(jdbc.queryForObject("select previous_filing_id from filing where id = ?", java.util.UUID.class,
                change.id().value())).isEqualTo(approved.id().value());
        assertThat(change.status()).isEqualTo(FilingStatus.DRAFT);
    }
}
