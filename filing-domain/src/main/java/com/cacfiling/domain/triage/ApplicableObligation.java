package com.cacfiling.domain.triage;

/** An obligation the triage found, with the form it takes, its basis and how certain that basis is. */
public record ApplicableObligation(ObligationKind kind, String detail, String basis, Evidence evidence) {

    /** Unverified points are shown as "confirm with the local CAC", never as certainties. */
    public boolean confirmWithLocalCac() {
        return evidence.confirmWithLocalCac();
    }
}
