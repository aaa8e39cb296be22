package com.cacfiling.web.system;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What an administrators' list is bound from in the query string: search text, sort column, direction and page. A
 * sort or direction that is not one of the list's is its default; the page is clamped ({@link Paging}).
 */
public abstract class ListQuery {

    private final Map<String, String> sorts;
    private final String defaultSort;
    private final String defaultDir;

    private String q;
    private String sort;
    private String dir;
    private int page;

    /** {@code sorts}: the sort parameter's values and the entity properties they order by. */
    protected ListQuery(Map<String, String> sorts, String defaultSort, String defaultDir) {
        this.sorts = sorts;
        this.defaultSort = defaultSort;
        this.defaultDir = defaultDir;
        this.sort = defaultSort;
        this.dir = defaultDir;
    }

    /** A LIKE pattern matching the text anywhere, with the wildcards typed by the user taken literally. */
    public static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    protected boolean hasText() {
        return q != null && !q.isBlank();
    }

    /**
     * The page in the chosen order, then the sort's own tie-breakers ({@link #thenBy}); the id breaks the remaining
     * ties so that a row never shows on two pages.
     */
    protected Pageable toPageable(int pageSize) {
        Sort order = Sort.by("asc".equals(getDir()) ? Sort.Direction.ASC : Sort.Direction.DESC,
                sorts.get(getSort()));
        return PageRequest.of(Paging.clamp(page, pageSize), pageSize,
                order.and(thenBy(getSort())).and(Sort.by("id")));
    }

    /** What orders the rows that the sort column {@code sort} leaves tied; none by default. */
    protected Sort thenBy(String sort) {
        return Sort.unsorted();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        // A blank sort arrives as null, which the sorts' map cannot be asked about (an answer 500 to "sort=").
        return sort != null && sorts.containsKey(sort) ? sort : defaultSort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return "asc".equals(dir) || "desc".equals(dir) ? dir : defaultDir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public int getPage() {
        return page;
    }

    /**
     * The search, order and page as query parameters of the list's address, so that an action taken on a row brings
     * the list back as it was; {@code defaultOrderToo}: also the order when it is the list's default.
     */
    public void appendTo(org.springframework.web.util.UriComponentsBuilder url, boolean defaultOrderToo) {
        if (hasText()) {
            url.queryParam("q", q);
        }
        if (defaultOrderToo || !getSort().equals(defaultSort)) {
            url.queryParam("sort", getSort());
        }
        if (defaultOrderToo || !getDir().equals(defaultDir)) {
            url.queryParam("dir", getDir());
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
    }

    public void setPage(int page) {
        this.page = page;
    }
}
