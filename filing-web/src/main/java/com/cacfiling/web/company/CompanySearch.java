package com.cacfiling.web.company;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The administrators' company list: searched, sorted and paged in the database. Bound from the query string. */
public class CompanySearch {

    static final int PAGE_SIZE = 25;
    private static final Map<String, String> SORTS = Map.of("name", "name", "creditCode", "creditCode",
            "created", "createdAt", "updated", "updatedAt");

    private String q;
    private String sort = "created";
    private String dir = "desc";
    private int page;

    Specification<Company> toSpecification() {
        return (root, query, cb) -> {
            if (q == null || q.isBlank()) {
                return cb.conjunction();
            }
            String pattern = like(q);
            return cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(root.get("nameEn"), "")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(root.get("creditCode"), "")), pattern, '\\'));
        };
    }

    Pageable toPageable() {
        Sort order = Sort.by("asc".equals(getDir()) ? Sort.Direction.ASC : Sort.Direction.DESC,
                SORTS.get(getSort()));
        // The id breaks ties so that a row never shows on two pages.
        return PageRequest.of(com.cacfiling.web.system.Paging.clamp(page, PAGE_SIZE), PAGE_SIZE, order.and(Sort.by("id")));
    }

    /** A LIKE pattern matching the text anywhere, with the wildcards typed by the user taken literally. */
    public static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return SORTS.containsKey(sort) ? sort : "created";
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return "asc".equals(dir) ? "asc" : "desc";
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
