package com.cacfiling.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.rules.calendar.WorkingCalendar;

/**
 * What every policy reads: the dossier, the form version it was prepared against, today, the calendar, and the
 * dossier as a tree addressed by the catalogue's paths (built once per evaluation, for the catalogue-driven
 * policies; read only), and the output modalities the filing's saved labelling checklist says the service labels
 * (codes of the modalities option list; empty without a saved checklist), which the portal keeps beside the dossier
 * and whose labelling text goes into the report.
 */
public record FilingContext(Dossier dossier, Optional<FormVersion> formVersion, LocalDate today,
        WorkingCalendar calendar, DossierTree tree, Set<String> labellingOutputs) {

    public FilingContext {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendar, "calendar");
        labellingOutputs = labellingOutputs == null ? Set.of() : Set.copyOf(labellingOutputs);
    }

    public FilingContext(Dossier dossier, Optional<FormVersion> formVersion, LocalDate today, WorkingCalendar calendar,
            DossierTree tree) {
        this(dossier, formVersion, today, calendar, tree, Set.of());
    }

    /** The same context with the output modalities of the filing's saved labelling checklist. */
    public FilingContext withLabellingOutputs(Set<String> outputs) {
        return new FilingContext(dossier, formVersion, today, calendar, tree, outputs);
    }

    public static FilingContext of(Dossier dossier, LocalDate today) {
        return of(dossier, today, DossierTree.of(dossier));
    }

    /** With the dossier's tree already built by the caller ({@link DossierTree#of(Dossier)}; not changed after). */
    public static FilingContext of(Dossier dossier, LocalDate today, DossierTree tree) {
        return new FilingContext(dossier, ReferenceCatalog.standard().version(dossier.filing().formVersion()), today,
                WorkingCalendar.official(), tree);
    }

    public EntityProfile entity() {
        return dossier.entity();
    }

    public Filing filing() {
        return dossier.filing();
    }

    public AlgorithmProfile algorithm() {
        return dossier.filing().algorithm().profile();
    }

    public boolean isGenerativeSynthesis() {
        return AlgorithmTypes.isGenerativeSynthesis(algorithm().basics().algorithmType());
    }
}
