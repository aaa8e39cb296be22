package com.cacfiling.web.dashboard;

import java.util.UUID;

import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The companies whose filings the dashboard may show, as a restriction inside its statements: CompanyAccess's rule
 * ({@link CompanyAccess#reach}: an officer, the own company; a consultant, the assigned companies; an administrator,
 * none), asked of the database in the same statement instead of reading the ids first. A consultant with 1,000 clients otherwise bound 1,000 parameters into every statement of the page,
 * and Hibernate spent more time on those parameters than PostgreSQL on the query.
 */
final class Reach {

    private Reach() {
    }

    /** {@code companyId} is one of the user's companies (for Criteria queries and specifications). */
    static Predicate includes(Expression<UUID> companyId, PortalUser user, CommonAbstractCriteria query,
            CriteriaBuilder cb) {
        CompanyAccess.Reach reach = CompanyAccess.reach(user);
        if (reach.ownCompanyId() != null) {
            return cb.equal(companyId, reach.ownCompanyId());
        }
        if (reach.consultantId() != null) {
            Subquery<UUID> assigned = query.subquery(UUID.class);
            Root<ConsultantAssignment> assignment = assigned.from(ConsultantAssignment.class);
            assigned.select(assignment.<UUID>get("companyId"))
                    .where(cb.equal(assignment.get("consultantId"), reach.consultantId()));
            return companyId.in(assigned);
        }
        return cb.disjunction();
    }

    /** The same rule in SQL, for {@code column}; its parameter is added to {@code parameters}. */
    static String includes(String column, PortalUser user, MapSqlParameterSource parameters) {
        return CompanyAccess.reach(user).sql(column, parameters);
    }
}
