package com.cacfiling.web.system;

/** Page numbers from the query string, kept where the offset (page × size) is a valid non-negative int. */
public final class Paging {

    private Paging() {
    }

    public static int clamp(int page, int pageSize) {
        return Math.min(Math.max(0, page), Integer.MAX_VALUE / pageSize - 1);
    }
}
