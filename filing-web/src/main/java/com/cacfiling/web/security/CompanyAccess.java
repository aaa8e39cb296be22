package com.cacfiling.web.security;

import java.util.List;
import java.util.UUID;

import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.UserAccountRepository;
import org.springframework.stereotype.Service;

/**
 * The one place that decides which companies' filings a user may reach. Every controller asks it; nothing is
 * hidden by templates alone.
 */
@Service
public class CompanyAccess {

    private final UserAccountRepository users;

    CompanyAccess(UserAccountRepository users) {
        this.users = users;
    }

    /** Companies whose filings the user may read and edit; administrators manage users, not filings. */
    public List<UUID> companyIds(PortalUser user) {
        return switch (user.role()) {
            case OFFICER -> List.of(user.companyId());
            case CONSULTANT -> users.findAssignedCompanyIds(user.id());
            case ADMIN -> List.of();
        };
    }

    /**
     * The same rule as two values a statement can ask in its WHERE clause, so that a load checks access without
     * first reading the ids (a consultant may have a thousand): the officer's own company, or the consultant whose
     * assignments count. Both null for an administrator: nothing is reached.
     */
    public record Reach(UUID ownCompanyId, UUID consultantId) {

        /** The rule as an SQL condition on {@code column} (a company id); its parameter goes into {@code params}. */
        public String sql(String column, org.springframework.jdbc.core.namedparam.MapSqlParameterSource params) {
            if (ownCompanyId != null) {
                params.addValue("reachCompany", ownCompanyId);
                return column + " = :reachCompany";
            }
            if (consultantId != null) {
                params.addValue("reachConsultant", consultantId);
                return column + " in (select a.company_id from consultant_assignment a where a.consultant_id = "
                        + ":reachConsultant)";
            }
            return "false";
        }
    }

    public static Reach reach(PortalUser user) {
        return switch (user.role()) {
            case OFFICER -> new Reach(user.companyId(), null);
            case CONSULTANT -> new Reach(null, user.id());
            case ADMIN -> new Reach(null, null);
        };
    }

    public void check(PortalUser user, UUID companyId) {
        if (!companyIds(user).contains(companyId)) {
            throw new NotFoundException();
        }
    }
}
