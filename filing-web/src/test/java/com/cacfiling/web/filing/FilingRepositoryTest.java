package com.cacfiling.web.filing;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
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

    @Test
    void storesAFilingWithItsJsonContentAndAuditColumns() {
        Company company = companies.save(new Company("存储测试公司", null));
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(company, "存储算法", "{\"introduction\":\"简介\"}"));
        FilingRecord filing = filings.save(new FilingRecord(algorithm, FilingRole.TECHNICAL_SUPPORTER, "{}"));
        entityManager.flush();
        entityManager.clear();

        FilingRecord loaded = filings.findVisible(filing.getId(), List.of(company.getId())).orElseThrow();
        assertThat(loaded.getRole()).isEqualTo(FilingRole.TECHNICAL_SUPPORTER);
        assertThat(loaded.getStatus()).isEqualTo(FilingStatus.DRAFT);
        assertThat(loaded.getAlgorithm().getContent()).contains("简介");
        assertThat(loaded.getCreatedAt()).isNotNull();
        assertThat(loaded.getCreatedBy()).isEqualTo("system");
        assertThat(jdbc.queryForObject("select jsonb_typeof(content) from algorithm where id = ?", String.class,
                algorithm.getId())).isEqualTo("object");
    }

    @Test
    void findsOnlyFilingsOfTheGivenCompanies() {
        Company mine = companies.save(new Company("可见公司", null));
        Company other = companies.save(new Company("不可见公司", null));
        filings.save(new FilingRecord(algorithms.save(new AlgorithmRecord(mine, "甲", "{}")),
                FilingRole.SERVICE_PROVIDER, "{}"));
        FilingRecord hidden = filings.save(new FilingRecord(algorithms.save(new AlgorithmRecord(other, "乙", "{}")),
                FilingRole.SERVICE_PROVIDER, "{}"));
        entityManager.flush();

        assertThat(filings.findVisible(List.of(mine.getId()))).extracting(f -> f.getAlgorithm().getName())
                .containsExactly("甲");
        assertThat(filings.findVisible(hidden.getId(), List.of(mine.getId()))).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondFilingInTheSameRoleForOneAlgorithm() {
        Company company = companies.save(new Company("约束测试公司", null));
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(company, "约束算法", "{}"));
        filings.save(new FilingRecord(algorithm, FilingRole.SERVICE_PROVIDER, "{}"));
        filings.save(new FilingRecord(algorithm, FilingRole.TECHNICAL_SUPPORTER, "{}"));
        entityManager.flush();
        filings.save(new FilingRecord(algorithm, FilingRole.SERVICE_PROVIDER, "{}"));
        assertThatThrownBy(() -> entityManager.flush()).isInstanceOf(Exception.class);
    }

    @Test
    void theDatabaseChecksStatusValues() {
        Company company = companies.save(new Company("检查约束公司", null));
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(company, "检查算法", "{}"));
        FilingRecord filing = filings.save(new FilingRecord(algorithm, FilingRole.SERVICE_PROVIDER, "{}"));
        entityManager.flush();
        assertThatThrownBy(() -> jdbc.update("update filing set status = 'BOGUS' where id = ?", filing.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theVersionColumnGrowsWithEachSave() {
        Company company = companies.save(new Company("版本测试公司", null));
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(company, "版本算法", "{}"));
        entityManager.flush();
        long before = algorithm.getVersion();
        algorithm.update("版本算法二", "{}");
        entityManager.flush();
        assertThat(algorithm.getVersion()).isEqualTo(before + 1);
    }
}
