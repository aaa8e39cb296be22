package com.cacfiling.web.system;

/** Page numbers from the query string, kept where the offset (page × size) is a valid non-negative int. */
public final class Paging {

    private Paging() {
    }

    public static int clamp(int page, int pageSize) {
        return Math.min(Math.max(0, page), Integer.MAX_VALUE / pageSize - 1);
    }

    /**
     * A page past the last one (an old link, a typed number) shows the last page instead of an empty list that says
     * "page 14 of 13" (found in a walk).
     */
    public static <T> org.springframework.data.domain.Page<T> withinRange(org.springframework.data.domain.Page<T> page,
            java.util.function.Function<org.springframework.data.domain.Pageable,
                    org.springframework.data.domain.Page<T>> query) {
        if (page.getTotalPages() == 0 || page.getNumber() < page.getTotalPages()) {
            return page;
        }
        return query.apply(page.getPageable().withPage(page.getTotalPages() - 1));
    }
}
