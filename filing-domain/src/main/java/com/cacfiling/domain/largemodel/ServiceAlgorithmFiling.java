package com.cacfiling.domain.largemodel;

import java.time.LocalDate;

/**
 * What the algorithm filing of the same service says that a large-model filing or registration repeats: the
 * service's launch date, and the filing number once the CAC approved it (null before). The two filings go to the
 * CAC about one service, so they must not contradict each other.
 */
public record ServiceAlgorithmFiling(LocalDate launchDate, String approvedNumber) {

    public ServiceAlgorithmFiling {
        approvedNumber = approvedNumber == null || approvedNumber.isBlank() ? null : approvedNumber.strip();
    }
}
