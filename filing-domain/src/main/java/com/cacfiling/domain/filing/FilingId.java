package com.cacfiling.domain.filing;

import java.util.Objects;
import java.util.UUID;

public record FilingId(UUID value) {

    public FilingId {
        Objects.requireNonNull(value, "value");
    }

    public static FilingId random() {
        return new FilingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
