package com.cacfiling.domain.filing;

import java.time.LocalDate;
import java.util.Objects;

import com.cacfiling.domain.identifiers.FilingNumber;

public record Approval(FilingNumber filingNumber, LocalDate approvedOn) {

    public Approval {
        Objects.requireNonNull(filingNumber, "filingNumber");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
