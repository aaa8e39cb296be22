package com.cacfiling.web.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<UserAccount> {

    /** The administrators' page of users, with the officer's company in the same query. */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"company"})
    org.springframework.data.domain.Page<UserAccount> findAll(
            org.springframework.data.jpa.domain.Specification<UserAccount> specification,
            org.springframework.data.domain.Pageable pageable);

    @Query("select u from UserAccount u left join fetch u.company where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRole(UserRole role);

    long countByRoleAndEnabledTrue(UserRole role);

    List<UserAccount> findByRoleOrderByUsername(UserRole role);

    /** The company's officers and the consultants assigned to it. */
    @Query("""
            select u from UserAccount u where u.company.id = :companyId
            or exists (select 1 from UserAccount c join c.assignedCompanies a where c = u and a.id = :companyId)""")
    List<UserAccount> findWorkingOnCompany(UUID companyId);

    /** Ids of the companies a consultant is assigned to, read without loading the entities. */
    @Query(value = "select company_id from consultant_assignment where consultant_id = :consultantId", nativeQuery = true)
    List<UUID> findAssignedCompanyIds(UUID consultantId);
}
