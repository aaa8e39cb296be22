package com.cacfiling.web.administration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cacfiling.web.system.ListQuery;
import com.cacfiling.web.user.Invitation;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserRole;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The administrators' user list: filtered, searched, sorted and paged in the database. Bound from the query string. */
public class UserSearch extends ListQuery {

    /** Signed in at least once or created with a password; deactivated; invited with a link still usable. */
    public enum Status { ACTIVE, INACTIVE, PENDING }

    static final int PAGE_SIZE = 25;
    private UserRole role;
    private Status status;

    public UserSearch() {
        super(Map.of("username", "username", "name", "displayName", "role", "role", "created", "createdAt"),
                "username", "asc");
    }

    Specification<UserAccount> toSpecification(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (hasText()) {
                String pattern = like(getQ());
                where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
                        cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
            }
            if (role != null) {
                where.add(cb.equal(root.get("role"), role));
            }
            if (status != null) {
                Subquery<Integer> open = query.subquery(Integer.class);
                var invitation = open.from(Invitation.class);
                open.select(cb.literal(1)).where(cb.equal(invitation.get("userId"), root.get("id")),
                        cb.isNull(invitation.get("usedAt")), cb.isNull(invitation.get("revokedAt")),
                        cb.greaterThan(invitation.get("expiresAt"), now));
                where.add(switch (status) {
                    case ACTIVE -> cb.isTrue(root.get("enabled"));
                    case PENDING -> cb.and(cb.isFalse(root.get("enabled")), cb.exists(open));
                    case INACTIVE -> cb.and(cb.isFalse(root.get("enabled")), cb.not(cb.exists(open)));
                });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    Pageable toPageable() {
        return toPageable(PAGE_SIZE);
    }

    /** Within a role, people by name (in its collation: pinyin, numbers by value), not in the order of their ids. */
    @Override
    protected Sort thenBy(String sort) {
        return "role".equals(sort) ? Sort.by("displayName") : Sort.unsorted();
    }

    public UserRole getRole() {
        return role;
    }

    public void setRole(UserRole role) {
        this.role = role;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }
}
