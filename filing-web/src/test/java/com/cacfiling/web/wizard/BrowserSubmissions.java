package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Map;

/** For tests of other packages: what a browser posts for a step page unchanged (see StepRoundTripTest). */
public final class BrowserSubmissions {

    private BrowserSubmissions() {
    }

    public static Map<String, List<String>> of(String html) {
        return StepRoundTripTest.browserSubmission(html);
    }

    /** What a browser posts for the page's form {@code formSelector} unchanged. */
    public static Map<String, List<String>> of(String html, String formSelector) {
        return StepRoundTripTest.browserSubmission(html, formSelector);
    }
}
