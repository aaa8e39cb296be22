package com.cacfiling.web.administration;

import java.util.Map;

import com.cacfiling.web.company.Company;
import com.cacfiling.web.system.ListQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** The administrators' company list: searched, sorted and paged in the database. Bound from the query string. */
public class CompanySearch extends ListQuery {

    static final int PAGE_SIZE = 25;

    public CompanySearch() {
        super(Map.of("name", "name", "creditCode", "creditCode", "created", "createdAt", "updated", "updatedAt"),
                "created", "desc");
    }

    Specification<Company> toSpecification() {
        return (root, query, cb) -> {
            if (!hasText()) {
                return cb.conjunction();
            }
            String pattern = like(getQ());
            return cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(root.get("nameEn"), "")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(root.get("creditCode"), "")), pattern, '\\'));
        };
    }

    Pageable toPageable() {
        return toPageable(PAGE_SIZE);
    }
}
