package com.cacfiling.web.company;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.system.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class CompanyRepositoryTest {

    @Autowired
    CompanyRepository companies;

    @Autowired
    TestEntityManager entityManager;

    @Test
    void theEntityProfileWithItsResponsibilityTableIsStoredWhole() {
        // A code of its own: the test database is shared, and the sample's code may be another company's there.
        String code = com.cacfiling.web.TestFixtures.uniqueCreditCode();
        EntityProfile profile = DomainJson.read(DomainJson.write(SampleDossiers.entity())
                .replace("91110108MA01N7QX00", code), EntityProfile.class);
        Company company = new Company("主体存储公司", null);
        company.updateEntityProfile(DomainJson.write(profile), profile.creditCode().value());
        companies.save(company);
        entityManager.flush();
        entityManager.clear();
        Company loaded = companies.findById(company.getId()).orElseThrow();
        assertThat(FilingService.entityProfile(loaded)).isEqualTo(profile);
        assertThat(loaded.getCreditCode()).isEqualTo(code);
    }

    @Test
    void aNewCompanyHasAnEmptyProfileNamedAfterIt() {
        Company company = companies.save(new Company("空白主体公司", null));
        entityManager.flush();
        assertThat(FilingService.entityProfile(company).name()).isEqualTo("空白主体公司");
        assertThat(FilingService.entityProfile(company).responsibilityTable().policies()).isEmpty();
    }

    @Test
    void creditCodesAndNamesAreUnique() {
        Company first = new Company("信用代码公司一", null);
        first.updateEntityProfile("{}", "91330106MA2H3KLM16");
        companies.save(first);
        entityManager.flush();
        Company second = new Company("信用代码公司二", null);
        second.updateEntityProfile("{}", "91330106MA2H3KLM16");
        companies.save(second);
        assertThatThrownBy(() -> entityManager.flush()).isInstanceOf(Exception.class);
    }

    @Test
    void archivingKeepsTheCompany() {
        Company company = companies.save(new Company("归档公司", null));
        company.archive();
        entityManager.flush();
        entityManager.clear();
        assertThat(companies.findById(company.getId()).orElseThrow().isArchived()).isTrue();
    }
}
