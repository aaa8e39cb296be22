package com.cacfiling.web.wizard;

import com.cacfiling.rules.text.ZiCounter;
import org.springframework.stereotype.Component;

/**
 * The 字 count of a 200-字 field by the rules' own counter: rendered with the page
 * ({@code ${@ziCounts.of(f.value())}}), so the counter shows without a request per field when the page loads, and
 * answered to the page's script while the user types.
 */
@Component("ziCounts")
public class ZiCounts {

    /** The count, the raw length and the limit, e.g. for "120 / 200 字". */
    public record ZiCount(int zi, int raw, int limit) {

        public boolean over() {
            return zi > limit;
        }

        /** Within the limit as the CAC counts, but longer than it in characters. */
        public boolean warn() {
            return !over() && raw > limit;
        }
    }

    public ZiCount of(String text) {
        String counted = text == null ? "" : text;
        return new ZiCount(ZiCounter.count(counted), ZiCounter.rawLength(counted), ZiCounter.LIMIT);
    }
}
