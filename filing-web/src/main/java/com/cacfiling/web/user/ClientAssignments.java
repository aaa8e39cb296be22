package com.cacfiling.web.user;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's client companies assigned and taken away many at once, each change one statement whatever the number
 * of companies (found in a walk: a consultant with 1,000 clients took 1,000 clicks, and assigning them one by one
 * through the entity's collection would take a statement each). The consultant's collection is not loaded; an account
 * whose collection was loaded in the same transaction does not see these changes.
 */
@Repository
@Transactional
public class ClientAssignments {

    /** Active companies only, as a single assignment takes; those already assigned stay as they were. */
    private static final String INSERT = """
            insert into consultant_assignment (consultant_id, company_id)
            select u.id, c.id from app_user u, company c
            where u.id = :consultant and u.role = 'CONSULTANT' and c.archived = false and %s
            on conflict do nothing returning company_id""";

    @PersistenceContext
    private EntityManager entityManager;

    /** Assigns those of {@code companyIds} not yet assigned; returns the ones it assigned. */
    public List<UUID> assign(UUID consultantId, Collection<UUID> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return ids(entityManager.createNativeQuery(INSERT.formatted("c.id = any(:companies)"), UUID.class)
                .setParameter("consultant", consultantId).setParameter("companies", array(companyIds))
                .getResultList());
    }

    /**
     * Assigns every active company not yet assigned whose name, English name or credit code matches {@code pattern}
     * (as {@link UserAccountRepository#assignableCompanies} finds them); returns the ones it assigned.
     */
    public List<UUID> assignMatching(UUID consultantId, String pattern) {
        return ids(entityManager.createNativeQuery(INSERT.formatted("""
                (lower(c.name) like :pattern escape '\\' or lower(coalesce(c.name_en, '')) like :pattern escape '\\'
                 or lower(coalesce(c.credit_code, '')) like :pattern escape '\\')"""), UUID.class)
                .setParameter("consultant", consultantId).setParameter("pattern", pattern).getResultList());
    }

    /** Takes away those of {@code companyIds} that are assigned, archived or not; returns the ones it took away. */
    public List<UUID> unassign(UUID consultantId, Collection<UUID> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return ids(entityManager.createNativeQuery("delete from consultant_assignment where consultant_id = :consultant"
                        + " and company_id = any(:companies) returning company_id", UUID.class)
                .setParameter("consultant", consultantId).setParameter("companies", array(companyIds))
                .getResultList());
    }

    /** One parameter however many companies were ticked (a list is one parameter each, at most 32,767). */
    private static UUID[] array(Collection<UUID> companyIds) {
        return companyIds.toArray(new UUID[0]);
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> ids(List<?> rows) {
        return (List<UUID>) rows;
    }
}
