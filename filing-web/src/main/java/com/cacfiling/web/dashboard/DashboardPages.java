package com.cacfiling.web.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * The dashboard's page of filings and its company choices, read as narrowly as the page needs them.
 */
@Component
class DashboardPages {

    /** A company to filter by: its id and name, nothing else of the entity (a consultant may have 1,000). */
    record CompanyChoice(UUID id, String name, String nameEn, boolean archived) {

        public String displayName(java.util.Locale locale) {
            return com.cacfiling.web.company.CompanyNames.shown(name, nameEn, locale);
        }
    }

    /**
     * Hibernate translates a Criteria query to SQL anew on every execution unless told to keep the translation:
     * without it, translating the page's three queries was a sixth of a dashboard request's CPU. The queries of one
     * filter shape differ only in their bound values, so one translation serves them all.
     */
    private static final String PLAN_CACHEABLE = org.hibernate.jpa.HibernateHints.HINT_QUERY_PLAN_CACHEABLE;

    private final EntityManager entities;

    DashboardPages(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * One page of the filings the specification selects: first the page's ids alone (a deep page such as page 300
     * skips 7,500 filings in the index without reading their algorithms and companies), then those 25 filings with
     * algorithm and company in one statement. The total comes from the caller, who often knows it already.
     */
    Page<FilingRecord> page(Specification<FilingRecord> specification, Pageable pageable, LongSupplier total) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<FilingRecord> root = query.from(FilingRecord.class);
        query.select(root.<UUID>get("id")).where(specification.toPredicate(root, query, cb))
                .orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        List<UUID> ids = entities.createQuery(query).setHint(PLAN_CACHEABLE, true)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        List<FilingRecord> content = List.of();
        if (!ids.isEmpty()) {
            Map<UUID, FilingRecord> loaded = new HashMap<>();
            entities.createQuery("""
                            select f from FilingRecord f join fetch f.algorithm join fetch f.company
                            where f.id in :ids""", FilingRecord.class).setParameter("ids", ids).getResultList()
                    .forEach(filing -> loaded.put(filing.getId(), filing));
            content = ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
        }
        return new PageImpl<>(content, pageable, total.getAsLong());
    }

    /** How many filings the specification selects. */
    long count(Specification<FilingRecord> specification) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<FilingRecord> root = query.from(FilingRecord.class);
        query.select(cb.count(root)).where(specification.toPredicate(root, query, cb));
        return entities.createQuery(query).setHint(PLAN_CACHEABLE, true).getSingleResult();
    }

    /**
     * The user's companies, archived ones marked, by name, as id and name only; at most {@code limit + 1} of them,
     * so the caller learns that there are more than {@code limit} without reading them all.
     */
    List<CompanyChoice> companies(PortalUser user, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<CompanyChoice> query = cb.createQuery(CompanyChoice.class);
        Root<Company> company = query.from(Company.class);
        // Archived ones too: their filings are listed and filtered, only nothing new is started for them (found in a
        // walk: with one of two clients archived the company filter vanished).
        query.select(cb.construct(CompanyChoice.class, company.get("id"), company.get("name"),
                company.get("nameEn"), company.get("archived")))
                .where(Reach.includes(company.<UUID>get("id"), user, query, cb))
                // The name's collation: by pinyin, numbers by value, as the other lists (by code point here before).
                .orderBy(cb.asc(company.get("name")), cb.asc(company.get("id")));
        return entities.createQuery(query).setHint(PLAN_CACHEABLE, true).setMaxResults(limit + 1).getResultList();
    }

    /** One of the user's companies, if it is one (the company a list is filtered by). */
    List<CompanyChoice> company(PortalUser user, UUID id) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<CompanyChoice> query = cb.createQuery(CompanyChoice.class);
        Root<Company> company = query.from(Company.class);
        query.select(cb.construct(CompanyChoice.class, company.get("id"), company.get("name"),
                company.get("nameEn"), company.get("archived")))
                .where(cb.equal(company.get("id"), id), Reach.includes(company.<UUID>get("id"), user, query, cb));
        return entities.createQuery(query).getResultList();
    }
}
