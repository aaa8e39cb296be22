package com.cacfiling.domain.dossier;

import java.util.Objects;

import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.filing.Filing;

/** Everything rules and documents read: the entity (Step 1) and one filing with its algorithm. */
public record Dossier(EntityProfile entity, Filing filing) {

    public Dossier {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(filing, "filing");
    }

    public String algorithmName() {
        return filing.algorithm().name();
    }
}
