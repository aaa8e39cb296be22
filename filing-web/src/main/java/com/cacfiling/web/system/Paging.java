package com.cacfiling.web.system;

/** Page numbers from the query string, kept where the offset (page × size) is a valid non-negative int. */
public final class Paging {

    private Paging() {
    }

    /** The name of a list's page number in its address, a parameter of its own or a field of the list's query. */
    public static final String PARAMETER = "page";

    private static final java.util.Set<Class<?>> NUMBER_TYPES = java.util.Set.of(int.class, Integer.class, long.class,
            Long.class);

    /**
     * Binds a list's page number leniently ({@link LenientPageNumber}) where the binder has one: a request parameter
     * of its own ({@code @RequestParam int page}) or the numeric field {@value #PARAMETER} of a form object.
     */
    public static void bindLeniently(org.springframework.validation.DataBinder binder) {
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (form == null) {
            if (PARAMETER.equals(binder.getObjectName())) {
                NUMBER_TYPES.forEach(type -> binder.registerCustomEditor(type, new LenientPageNumber(type)));
            }
            return;
        }
        // A field's editor is kept by its path alone, so it is registered once, for the field's own type.
        java.beans.PropertyDescriptor page = org.springframework.beans.BeanUtils.getPropertyDescriptor(form, PARAMETER);
        if (page != null && page.getWriteMethod() != null && NUMBER_TYPES.contains(page.getPropertyType())) {
            binder.registerCustomEditor(page.getPropertyType(), PARAMETER,
                    new LenientPageNumber(page.getPropertyType()));
        }
    }

    /**
     * A page number as an address gives it: what is not a number (an edited link, "page=abc", an empty one) is the
     * first page, as a negative number is (the lists clamp it); a number past the type's range is its largest, so the
     * last page, as 99999 is. Found in a walk: "page=abc" answered a 400 page where "page=-3" showed the first page.
     */
    static final class LenientPageNumber extends java.beans.PropertyEditorSupport {

        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+");

        private final boolean wide;

        LenientPageNumber(Class<?> type) {
            this.wide = type == long.class || type == Long.class;
        }

        @Override
        public void setAsText(String text) {
            String number = text == null ? "" : text.strip();
            long value;
            if (!NUMBER.matcher(number).matches()) {
                value = 0;
            }
            else {
                try {
                    value = Long.parseLong(number);
                }
                catch (NumberFormatException beyondLong) {
                    value = number.startsWith("-") ? 0 : Long.MAX_VALUE;
                }
            }
            // Not a conditional expression: it would box both as a Long, which an int cannot take.
            if (wide) {
                setValue(value);
            }
            else {
                setValue((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value)));
            }
        }
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
