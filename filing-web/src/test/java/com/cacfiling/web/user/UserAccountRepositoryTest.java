package com.cacfiling.web.user;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.system.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class UserAccountRepositoryTest {

    @Autowired
    UserAccountRepository users;

    @Autowired
    CompanyRepository companies;

    @Autowired
    TestEntityManager entityManager;

    @Test
    void findsUsersByNameWhateverTheCase() {
        Company company = companies.save(new Company("用户测试公司", null));
        users.save(UserAccount.officer("Case.Officer", "{noop}x", "Officer", company));
        entityManager.flush();
        assertThat(users.findByUsernameIgnoreCase("case.officer")).get()
                .extracting(u -> u.getCompany().getName()).isEqualTo("用户测试公司");
        assertThat(users.existsByUsernameIgnoreCase("CASE.OFFICER")).isTrue();
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        users.save(UserAccount.admin("Unique.Admin", "{noop}x", "A"));
        entityManager.flush();
        users.save(UserAccount.admin("unique.admin", "{noop}x", "B"));
        assertThatThrownBy(() -> entityManager.flush()).isInstanceOf(Exception.class);
    }

    @Test
    void consultantAssignmentsAreStored() {
        Company first = companies.save(new Company("顾问公司一", null));
        Company second = companies.save(new Company("顾问公司二", null));
        UserAccount consultant = UserAccount.consultant("assigned.consultant", "{noop}x", "C");
        consultant.assign(first);
        consultant.assign(second);
        users.save(consultant);
        entityManager.flush();
        assertThat(users.findAssignedCompanyIds(consultant.getId()))
                .containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    @Test
    void anOfficerWithoutCompanyIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> entityManager.getEntityManager().createNativeQuery("""
                insert into app_user (id, username, password_hash, display_name, role, created_at, updated_at)
                values (gen_random_uuid(), 'orphan', 'x', 'x', 'OFFICER', now(), now())""").executeUpdate())
                .isInstanceOf(Exception.class);
    }
}
