package com.cacfiling.web.filing;

import java.util.List;
import java.util.UUID;

/**
 * What the other filings of an algorithm filing's service say differently from it (the large-model filing's launch
 * date or algorithm filing number), for the algorithm filing's review: the feature that knows those filings answers,
 * so this package does not depend on it.
 */
public interface OtherFilingsOfTheService {

    /** One detail another filing of the service says differently: that filing, the field, and both values. */
    record Disagreement(String href, String filingName, String fieldPath, String theirValue, String thisValue) {
    }

    /** The disagreements of the filings still being prepared for the services this algorithm filing serves. */
    List<Disagreement> disagreeingWith(UUID algorithmFilingId);
}
