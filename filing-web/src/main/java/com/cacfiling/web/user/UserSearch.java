package com.cacfiling.web.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.cacfiling.web.company.CompanySearch;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The administrators' user list: filtered, searched, sorted and paged in the database. Bound from the query string. */
public class UserSearch {

    /** Signed in at least once or created with a password; deactivated; invited with a link still usable. */
    public enum Status { ACTIVE, INACTIVE, PENDING }

    static final int PAGE_SIZE = 25;
    private static final Map<String, String> SORTS = Map.of("username", "username", "name", "displayName",
            "role", "role", "created", "createdAt");

    private String q;
    private UserRole role;
    private Status status;
    private String sort = "username";
    private String dir = "asc";
    private int page;

    Specification<UserAccount> toSpecification(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                String pattern = CompanySearch.like(q);
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
        Sort order = Sort.by("asc".equals(getDir()) ? Sort.Direction.ASC : Sort.Direction.DESC, SORTS.get(getSort()));
        return PageRequest.of(com.cacfiling.web.system.Paging.clamp(page, PAGE_SIZE), PAGE_SIZE, order.and(Sort.by("id")));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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

    public String getSort() {
        return SORTS.containsKey(sort) ? sort : "username";
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return "desc".equals(dir) ? "desc" : "asc";
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
