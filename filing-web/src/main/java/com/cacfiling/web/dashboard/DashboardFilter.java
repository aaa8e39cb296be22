package com.cacfiling.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.filing.FilingRecord;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** What the dashboard list is narrowed to; every part optional. Bound from the query string. */
public class DashboardFilter {

    /** Deadline filters: past due, or due within the next {@value #SOON_DAYS} calendar days. */
    public enum Due { OVERDUE, SOON }

    static final int SOON_DAYS = 7;

    private String q;
    private UUID companyId;
    private FilingStatus status;
    private FilingRole role;
    private Due due;

    Specification<FilingRecord> toSpecification(Collection<UUID> companyIds, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("company").get("id").in(companyIds));
            if (companyId != null) {
                where.add(cb.equal(root.get("company").get("id"), companyId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (role != null) {
                where.add(cb.equal(root.get("role"), role));
            }
            if (q != null && !q.isBlank()) {
                Join<Object, Object> algorithm = root.join("algorithm", JoinType.INNER);
                Join<Object, Object> company = root.join("company", JoinType.INNER);
                String pattern = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(algorithm.get("name")), pattern, '\\'),
                        cb.like(cb.lower(company.get("name")), pattern, '\\')));
            }
            if (due == Due.OVERDUE) {
                where.add(cb.lessThan(root.get("dueDate"), today));
            }
            else if (due == Due.SOON) {
                where.add(cb.between(root.get("dueDate"), today, today.plusDays(SOON_DAYS)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public void setCompanyId(UUID companyId) {
        this.companyId = companyId;
    }

    public FilingStatus getStatus() {
        return status;
    }

    public void setStatus(FilingStatus status) {
        this.status = status;
    }

    public FilingRole getRole() {
        return role;
    }

    public void setRole(FilingRole role) {
        this.role = role;
    }

    public Due getDue() {
        return due;
    }

    public void setDue(Due due) {
        this.due = due;
    }
}
