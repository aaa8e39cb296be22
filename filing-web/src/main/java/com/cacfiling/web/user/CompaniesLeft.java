package com.cacfiling.web.user;

import java.util.Set;
import java.util.UUID;

/**
 * A user no longer works on these companies (a consultant's client taken away, an officer moved or given another
 * role): what was sent to them about the companies' filings goes too. Found in a walk: a consultant's inbox still
 * showed a company's filing names and return reasons after the company was taken away, and its links led to "not
 * found".
 */
public record CompaniesLeft(UUID userId, Set<UUID> companyIds) {
}
