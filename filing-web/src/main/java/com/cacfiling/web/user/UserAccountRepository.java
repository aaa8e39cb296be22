package com.cacfiling.web.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<UserAccount> {

    /**
     * Active companies not yet assigned to the consultant whose name, English name or credit code matches
     * ({@code pattern}: a LIKE pattern, backslash-escaped), by name: the user page's search to assign from.
     */
    @Query("""
            select c from Company c where c.archived = false
              and (lower(c.name) like :pattern escape '\\' or lower(coalesce(c.nameEn, '')) like :pattern escape '\\'
                   or lower(coalesce(c.creditCode, '')) like :pattern escape '\\')
              and c.id not in (select a.id from UserAccount u join u.assignedCompanies a where u.id = :userId)
            order by c.name, c.id""")
    List<com.cacfiling.web.company.Company> assignableCompanies(UUID userId, String pattern,
            org.springframework.data.domain.Pageable page);

    /**
     * The consultant's client companies, archived or not, that the search ({@code pattern} as for
     * {@link #assignableCompanies}) finds, by name: the user page shows the first few (found in a walk: 1,000 clients
     * made a page 74,700 px tall on a phone).
     */
    @Query("""
            select c from UserAccount u join u.assignedCompanies c where u.id = :userId
              and (lower(c.name) like :pattern escape '\\' or lower(coalesce(c.nameEn, '')) like :pattern escape '\\'
                   or lower(coalesce(c.creditCode, '')) like :pattern escape '\\')
            order by c.name, c.id""")
    List<com.cacfiling.web.company.Company> assignedCompanies(UUID userId, String pattern,
            org.springframework.data.domain.Pageable page);

    /** How many companies {@link #assignedCompanies} finds in all. */
    @Query("""
            select count(c) from UserAccount u join u.assignedCompanies c where u.id = :userId
              and (lower(c.name) like :pattern escape '\\' or lower(coalesce(c.nameEn, '')) like :pattern escape '\\'
                   or lower(coalesce(c.creditCode, '')) like :pattern escape '\\')""")
    long countAssignedCompanies(UUID userId, String pattern);

    /** How many client companies, archived or not, the consultant has. */
    @Query(value = "select count(*) from consultant_assignment where consultant_id = :consultantId", nativeQuery = true)
    long countAssignedCompanies(UUID consultantId);

    /**
     * The users list's rows of these consultants: each one's first {@code shown} clients by name (as the user page
     * orders them) and how many clients it has in all, in one statement for the page (its every client was loaded to
     * name five). Rows: consultant id, company id, name, English name, number of clients; none for a consultant
     * without clients.
     */
    @Query(value = """
            select t.consultant_id, c.id, c.name, c.name_en, t.clients
            from (select consultant_id, count(*) as clients from consultant_assignment
                  where consultant_id in (:consultantIds) group by consultant_id) t
            cross join lateral (select co.id, co.name, co.name_en from consultant_assignment a
                  join company co on co.id = a.company_id where a.consultant_id = t.consultant_id
                  order by co.name, co.id limit :shown) c
            order by t.consultant_id, c.name, c.id""", nativeQuery = true)
    List<Object[]> firstClients(java.util.Collection<UUID> consultantIds, int shown);

    /** How many companies {@link #assignableCompanies} finds in all: what "assign all matching" would assign. */
    @Query("""
            select count(c) from Company c where c.archived = false
              and (lower(c.name) like :pattern escape '\\' or lower(coalesce(c.nameEn, '')) like :pattern escape '\\'
                   or lower(coalesce(c.creditCode, '')) like :pattern escape '\\')
              and c.id not in (select a.id from UserAccount u join u.assignedCompanies a where u.id = :userId)""")
    long countAssignableCompanies(UUID userId, String pattern);

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

    /** Whether any client company, archived or not, is assigned to the consultant. */
    @Query(value = "select exists (select 1 from consultant_assignment where consultant_id = :consultantId)",
            nativeQuery = true)
    boolean hasAssignedCompanies(UUID consultantId);
}
