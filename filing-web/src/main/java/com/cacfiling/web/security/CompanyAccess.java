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

    public void check(PortalUser user, UUID companyId) {
        if (!companyIds(user).contains(companyId)) {
            throw new NotFoundException();
        }
    }
}
