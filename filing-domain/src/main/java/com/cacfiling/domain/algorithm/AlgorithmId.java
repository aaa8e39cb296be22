package com.cacfiling.domain.algorithm;

import java.util.Objects;
import java.util.UUID;

public record AlgorithmId(UUID value) {

    public AlgorithmId {
        Objects.requireNonNull(value, "value");
    }

    public static AlgorithmId random() {
        return new AlgorithmId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
