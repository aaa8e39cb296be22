package com.cacfiling.web.filing;

import java.time.Instant;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.Transition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of the append-only lifecycle history. */
@Embeddable
public class TransitionEntry {

    @Enumerated(EnumType.STRING)
    private FilingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FilingStatus toStatus;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    private String note;

    protected TransitionEntry() {
    }

    TransitionEntry(Transition transition) {
        this.fromStatus = transition.from();
        this.toStatus = transition.to();
        this.action = transition.action();
        this.actor = transition.actor();
        this.at = transition.at();
        this.note = transition.note();
    }

    Transition toDomain() {
        return new Transition(fromStatus, toStatus, action, actor, at, note);
    }
}
