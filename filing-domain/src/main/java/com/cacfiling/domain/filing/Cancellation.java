package com.cacfiling.domain.filing;

import java.time.LocalDate;
import java.util.Objects;

/** Cancellation after the service ended; due within 20 working days of {@code serviceEndedOn}. */
public record Cancellation(LocalDate serviceEndedOn, LocalDate cancelledOn, String reason) {

    public Cancellation {
        Objects.requireNonNull(serviceEndedOn, "serviceEndedOn");
        Objects.requireNonNull(cancelledOn, "cancelledOn");
        Objects.requireNonNull(reason, "reason");
    }
}
