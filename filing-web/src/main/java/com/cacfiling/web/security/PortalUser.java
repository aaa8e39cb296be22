package com.cacfiling.web.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the security layer keeps it in the session: identity, role and own company. */
public final class PortalUser implements UserDetails {

    private final UUID id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final UserRole role;
    private final UUID companyId;
    private final boolean enabled;

    public PortalUser(UUID id, String username, String passwordHash, String displayName, UserRole role,
            UUID companyId, boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.companyId = companyId;
        this.enabled = enabled;
    }

    public static PortalUser of(UserAccount account) {
        return new PortalUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(),
                account.getCompany() == null ? null : account.getCompany().getId(), account.isEnabled());
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public UserRole role() {
        return role;
    }

    /** The officer's own company; {@code null} for administrators and consultants. */
    public UUID companyId() {
        return companyId;
    }

    /**
     * Whether the user belongs to the company: one of its officers. Consultants and administrators are outside every
     * company, so what leaves the company (resident ID numbers) reaches them masked.
     */
    public boolean worksFor(UUID company) {
        return companyId != null && companyId.equals(company);
    }

    /** Where the user's work starts: the administration for administrators, the filings for everyone else. */
    public String startPage() {
        return is(UserRole.ADMIN) ? "/admin/companies" : "/filings";
    }

    public boolean is(UserRole candidate) {
        return role == candidate;
    }

    public boolean isAdministrator() {
        return role == UserRole.ADMIN;
    }

    public boolean isConsultant() {
        return role == UserRole.CONSULTANT;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
