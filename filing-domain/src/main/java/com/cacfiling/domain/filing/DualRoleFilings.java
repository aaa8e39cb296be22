package com.cacfiling.domain.filing;

/** The two records an entity with both roles files for one algorithm; they share the algorithm instance. */
public record DualRoleFilings(Filing provider, Filing supporter) {

    public DualRoleFilings {
        if (provider.algorithm() != supporter.algorithm()) {
            throw new IllegalArgumentException("Dual-role filings share one algorithm");
        }
    }
}
