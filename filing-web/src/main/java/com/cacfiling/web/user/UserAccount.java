package com.cacfiling.web.user;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    private boolean passwordChangeRequired;

    @Column(nullable = false)
    private String displayName;

    /** The zone the user reads times in; null for the portal's default. */
    private String timeZone;

    /**
     * The language the user last chose (a language tag); null until they choose one. Written only by UserLanguages,
     * in a statement of its own, so that saving the account for anything else never puts an older choice back.
     */
    @Column(insertable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserRole role;

    /** Only officers belong to a company (a database check enforces it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    /** Only consultants have assignments; read in the name's collation (pinyin, numbers by value). */
    @ManyToMany(fetch = FetchType.LAZY)
    @jakarta.persistence.OrderBy("name asc, id asc")
    @JoinTable(name = "consultant_assignment",
            joinColumns = @JoinColumn(name = "consultant_id"),
            inverseJoinColumns = @JoinColumn(name = "company_id"))
    private Set<Company> assignedCompanies = new HashSet<>();

    private boolean enabled = true;

    /** Optional: where notification mails go when mail is enabled. */
    private String email;

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, String displayName, UserRole role, Company company) {
        this.id = UUID.randomUUID();
        this.username = username.strip();
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.role = role;
        this.company = company;
    }

    public static UserAccount admin(String username, String passwordHash, String displayName) {
        return new UserAccount(username, passwordHash, displayName, UserRole.ADMIN, null);
    }

    public static UserAccount consultant(String username, String passwordHash, String displayName) {
        return new UserAccount(username, passwordHash, displayName, UserRole.CONSULTANT, null);
    }

    public static UserAccount officer(String username, String passwordHash, String displayName, Company company) {
        return new UserAccount(username, passwordHash, displayName, UserRole.OFFICER, company);
    }

    public void assign(Company company) {
        if (role != UserRole.CONSULTANT) {
            throw new IllegalStateException("Only consultants are assigned to companies");
        }
        assignedCompanies.add(company);
    }

    public void unassign(Company company) {
        assignedCompanies.remove(company);
    }

    /** Officers belong to exactly one company, the others to none; a consultant's assignments end with the role. */
    public void changeRole(UserRole newRole, Company newCompany) {
        if ((newRole == UserRole.OFFICER) != (newCompany != null)) {
            throw new IllegalArgumentException("Officers, and only officers, belong to a company");
        }
        if (newRole != UserRole.CONSULTANT) {
            assignedCompanies.clear();
        }
        this.role = newRole;
        this.company = newCompany;
    }

    /** A password the user chose (a change, an accepted invitation): nothing left to change. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
    }

    /**
     * A password somebody else knows (an administrator's reset, handed over): the user changes it at the next
     * sign-in before doing anything else.
     */
    public void resetPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void deactivate() {
        this.enabled = false;
    }

    public void activate() {
        this.enabled = true;
    }

    public String getEmail() {
        return email;
    }

    /** The name people see for the account (its sign-in name stays). */
    public void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UserRole getRole() {
        return role;
    }

    public Company getCompany() {
        return company;
    }

    public Set<Company> getAssignedCompanies() {
        return assignedCompanies;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }
}
