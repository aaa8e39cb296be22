package com.cacfiling.domain.largemodel;

import java.time.LocalDate;
import java.util.List;

/**
 * What the algorithm filing of the same service says that a large-model filing or registration repeats: the
 * service's launch date, and the filing number once the CAC approved it (null before; the provider's newest when
 * the service has several, which {@code approvedNumbers} all hold). The two filings go to the CAC about one service,
 * so they must not contradict each other.
 */
public record ServiceAlgorithmFiling(LocalDate launchDate, String approvedNumber, List<String> approvedNumbers) {

    public ServiceAlgorithmFiling {
        approvedNumber = approvedNumber == null || approvedNumber.isBlank() ? null : approvedNumber.strip();
        approvedNumbers = approvedNumbers == null ? List.of() : approvedNumbers.stream().filter(n -> n != null
                && !n.isBlank()).map(String::strip).toList();
        if (approvedNumber != null && !approvedNumbers.contains(approvedNumber)) {
            approvedNumbers = java.util.stream.Stream.concat(java.util.stream.Stream.of(approvedNumber),
                    approvedNumbers.stream()).toList();
        }
    }

    /** One approved number at most (or none), as most services have. */
    public ServiceAlgorithmFiling(LocalDate launchDate, String approvedNumber) {
        this(launchDate, approvedNumber, List.of());
    }
}
