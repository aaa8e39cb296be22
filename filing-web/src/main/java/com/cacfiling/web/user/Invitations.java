package com.cacfiling.web.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.cacfiling.web.system.Secrets;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invited users are created inactive and activate themselves by setting a password through a one-time link. */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Invitations(InvitationRepository invitations, UserAccountRepository users, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Saves the inactive account and returns the secret token of its link (not stored). */
    @Transactional
    public String invite(UserAccount account) {
        account.deactivate();
        users.save(account);
        String token = secret();
        invitations.save(new Invitation(account.getId(), hash(token), clock.instant(),
                clock.instant().plus(VALID_FOR)));
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> pending(String token) {
        return invitations.findByTokenHash(hash(token)).filter(i -> i.isUsable(clock.instant()))
                .flatMap(i -> users.findById(i.getUserId()));
    }

    /**
     * Who a pending link invites, as its page names them: user name, role and (an officer's) company, by its name in
     * the page's language.
     */
    public record Invitee(String username, UserRole role, String companyName) {
    }

    @Transactional(readOnly = true)
    public Optional<Invitee> invitee(String token, java.util.Locale locale) {
        return pending(token).map(account -> new Invitee(account.getUsername(), account.getRole(),
                account.getCompany() == null ? null : com.cacfiling.web.company.CompanyNames.shown(
                        account.getCompany().getName(), account.getCompany().getNameEn(), locale)));
    }

    /**
     * Why a link that is not pending no longer opens ("used", "replaced", "revoked", "expired"); empty for no such
     * link. A revoked link whose user was sent a newer one was replaced ({@link #renew} revokes the old links and
     * sends a new one; found in a walk: a renewed link said an administrator had revoked the invitation and to ask
     * for a new one, which had been sent). Told by the newer link, so links renewed before this was told apart read
     * the same.
     */
    @Transactional(readOnly = true)
    public Optional<String> unusableBecause(String token) {
        return invitations.findByTokenHash(hash(token)).map(invitation -> {
            String reason = invitation.unusableBecause(clock.instant());
            return "revoked".equals(reason) && invitations.existsByUserIdAndCreatedAtAfter(invitation.getUserId(),
                    invitation.getCreatedAt()) ? "replaced" : reason;
        });
    }

    /** Sets the password, activates the account and uses up the link. */
    @Transactional
    public boolean accept(String token, String password) {
        Optional<Invitation> invitation = invitations.findByTokenHash(hash(token))
                .filter(i -> i.isUsable(clock.instant()));
        if (invitation.isEmpty()) {
            return false;
        }
        UserAccount account = users.findById(invitation.get().getUserId()).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(password));
        account.activate();
        invitation.get().use(clock.instant());
        return true;
    }

    /** Revokes every link of the user that has not been used; returns how many. */
    @Transactional
    public int revokeAll(java.util.UUID userId) {
        var open = invitations.findOpenByUserId(userId);
        open.forEach(invitation -> invitation.revoke(clock.instant()));
        return open.size();
    }

    /**
     * Users who were invited and never set their password: a lost, expired or revoked link is replaced by a new one
     * (found in a walk: a lost link left only activating the account with a password the administrator knew).
     */
    @Transactional(readOnly = true)
    public java.util.Set<java.util.UUID> usersNeverAccepted() {
        return invitations.findUserIdsNeverAccepted();
    }

    /** A new link for an invited user who never accepted: the old ones stop working. Returns the new token. */
    @Transactional
    public Optional<String> renew(UserAccount account) {
        if (account.isEnabled() || !invitations.findUserIdsNeverAccepted().contains(account.getId())) {
            return Optional.empty();
        }
        revokeAll(account.getId());
        return Optional.of(invite(account));
    }

    @Transactional(readOnly = true)
    public java.util.Set<java.util.UUID> usersWithPendingInvitation() {
        return invitations.findUserIdsWithPendingInvitation(clock.instant());
    }

    /** A password nobody knows, for accounts that are only invited so far. */
    public String unusablePasswordHash() {
        return passwordEncoder.encode(secret());
    }

    private static String secret() {
        return Secrets.random();
    }

    private static String hash(String token) {
        return Secrets.sha256(token);
    }
}
