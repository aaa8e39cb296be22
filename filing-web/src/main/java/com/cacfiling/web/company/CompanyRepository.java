package com.cacfiling.web.company;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Company> {

    boolean existsByCreditCode(String creditCode);

    List<Company> findAllByOrderByNameAsc();

    /** In the name's collation (pinyin, numbers by value), as every list of companies. */
    List<Company> findByIdInAndArchivedFalseOrderByNameAscIdAsc(java.util.Collection<UUID> ids);

    @Query("select count(c) > 0 from Company c where c.creditCode = :creditCode and c.id <> :id")
    boolean creditCodeTakenByAnother(String creditCode, UUID id);

    @Query("select count(c) > 0 from Company c where lower(c.name) = lower(:name)")
    boolean existsByNameIgnoreCase(String name);
}
