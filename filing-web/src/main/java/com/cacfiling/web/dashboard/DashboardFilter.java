package com.cacfiling.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** What the dashboard list is narrowed to; every part optional. Bound from the query string. */
public class DashboardFilter {

    /**
     * Deadline filters, the deadline chart's windows: past due, due within the next {@value #SOON_DAYS} calendar
     * days, within 8–30 and within 31–90.
     */
    public enum Due { OVERDUE, SOON, MONTH, QUARTER }

    static final int SOON_DAYS = 7;

    private String q;
    private UUID companyId;
    /** Part of a company's name: the company filter of a user with too many companies for a list. */
    private String company;
    private FilingStatus status;
    private FilingRole role;
    private Due due;

    /** The filings of the user's companies (see {@link Reach}) that this filter selects. */
    Specification<FilingRecord> toSpecification(PortalUser user, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(Reach.includes(root.get("company").<UUID>get("id"), user, query, cb));
            if (companyId != null) {
                where.add(cb.equal(root.get("company").get("id"), companyId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (role != null) {
                where.add(cb.equal(root.get("role"), role));
            }
            Join<Object, Object> companyJoin = null;
            if (q != null && !q.isBlank()) {
                Join<Object, Object> algorithm = root.join("algorithm", JoinType.INNER);
                companyJoin = root.join("company", JoinType.INNER);
                String pattern = containing(q);
                where.add(cb.or(cb.like(cb.lower(algorithm.get("name")), pattern, '\\'),
                        namedLike(cb, companyJoin, pattern)));
            }
            if (company != null && !company.isBlank()) {
                if (companyJoin == null) {
                    companyJoin = root.join("company", JoinType.INNER);
                }
                where.add(namedLike(cb, companyJoin, containing(company)));
            }
            if (due == Due.OVERDUE) {
                where.add(cb.lessThan(root.get("dueDate"), today));
            }
            else if (due == Due.SOON) {
                where.add(cb.between(root.get("dueDate"), today, today.plusDays(SOON_DAYS)));
            }
            else if (due == Due.MONTH) {
                where.add(cb.between(root.get("dueDate"), today.plusDays(8), today.plusDays(30)));
            }
            else if (due == Due.QUARTER) {
                where.add(cb.between(root.get("dueDate"), today.plusDays(31), today.plusDays(90)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Whether the filter narrows the dashboard at all (an empty list then means no match, not no filings). */
    public boolean narrows() {
        return (q != null && !q.isBlank()) || companyId != null || (company != null && !company.isBlank())
                || status != null || role != null || due != null;
    }

    /**
     * Whether the dashboard's large-model table shows a filing of this company and model name: the same company and
     * search as the algorithm filings above it. A status, role or deadline is the algorithm filing's, which a
     * large-model filing does not have, so with one of them the table shows none.
     */
    public boolean selectsModelFiling(UUID filingCompanyId, String companyName, String companyNameEn,
            String modelName) {
        if (status != null || role != null || due != null) {
            return false;
        }
        if (companyId != null && !companyId.equals(filingCompanyId)) {
            return false;
        }
        if (company != null && !company.isBlank() && !contains(companyName, company)
                && !contains(companyNameEn, company)) {
            return false;
        }
        return q == null || q.isBlank() || contains(companyName, q) || contains(companyNameEn, q)
                || contains(modelName, q);
    }

    /** The company's registered or English name matches: a page in English shows the English one. */
    private static Predicate namedLike(jakarta.persistence.criteria.CriteriaBuilder cb,
            Join<Object, Object> company, String pattern) {
        return cb.or(cb.like(cb.lower(company.get("name")), pattern, '\\'),
                cb.like(cb.lower(company.get("nameEn")), pattern, '\\'));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    /** A LIKE pattern for text containing {@code part}, ignoring case; the part's own % and _ are literal. */
    private static String containing(String part) {
        return "%" + part.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    /**
     * How many filings this filter selects, read from the counts per status and role when it narrows by nothing
     * else (status, role, deadline or none): the page then needs no count of its own. Empty for a search or a
     * company, which need one.
     */
    OptionalLong totalFrom(DashboardCounts.Tally tally) {
        if ((q != null && !q.isBlank()) || companyId != null || (company != null && !company.isBlank())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(tally.groups().stream()
                .filter(group -> (status == null || group.status() == status) && (role == null || group.role() == role))
                .mapToLong(group -> due == null ? group.filings() : switch (due) {
                    case OVERDUE -> group.overdue();
                    case SOON -> group.soon();
                    case MONTH -> group.month();
                    case QUARTER -> group.quarter();
                })
                .sum());
    }

    /** The filter as a key for its remembered count: the same selection gives the same key. */
    String countKey() {
        return String.join("|", q == null ? "" : q.strip().toLowerCase(Locale.ROOT),
                String.valueOf(companyId), company == null ? "" : company.strip().toLowerCase(Locale.ROOT),
                String.valueOf(status), String.valueOf(role), String.valueOf(due));
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

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
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
