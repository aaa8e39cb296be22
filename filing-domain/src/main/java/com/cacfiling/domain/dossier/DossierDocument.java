package com.cacfiling.domain.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.filing.Approval;
import com.cacfiling.domain.filing.Cancellation;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.filing.Transition;
import com.cacfiling.domain.identifiers.FilingNumber;

/**
 * The JSON dossier format, version {@value DossierJson#SCHEMA_VERSION}: the shape of the file, kept apart from
 * the domain classes so that they can evolve while the format stays stable.
 */
public record DossierDocument(int schemaVersion, EntityProfile entity, AlgorithmDocument algorithm,
        FilingDocument filing) {

    public record AlgorithmDocument(UUID id, AlgorithmProfile profile) {
    }

    public record FilingDocument(UUID id, FilingRole role, FilingKind kind, UUID previousFilingId, String formVersion,
            FilingStatus status, Step3 step3, LocalDate submittedOn, Approval approval, String cacReturnReason,
            Cancellation cancellation, List<Transition> history, LocalDate changeEffectiveOn,
            LocalDate serviceEndsOn, FilingNumber previousFilingNumber) {
    }

    static DossierDocument of(Dossier dossier) {
        Filing filing = dossier.filing();
        Algorithm algorithm = filing.algorithm();
        return new DossierDocument(DossierJson.SCHEMA_VERSION, dossier.entity(),
                new AlgorithmDocument(algorithm.id().value(), algorithm.profile()),
                new FilingDocument(filing.id().value(), filing.role(), filing.kind(),
                        filing.previousFilingId() == null ? null : filing.previousFilingId().value(),
                        filing.formVersion(), filing.status(), filing.step3(), filing.submittedOn(), filing.approval(),
                        filing.cacReturnReason(), filing.cancellation(), filing.history(), filing.changeEffectiveOn(),
                        // Once cancelled, the end of the service is the cancellation's; it is not written twice.
                        filing.cancellation() == null ? filing.serviceEndsOn() : null, filing.previousFilingNumber()));
    }

    Dossier toDossier() {
        Algorithm restoredAlgorithm = new Algorithm(new AlgorithmId(algorithm.id()), algorithm.profile());
        Filing restored = Filing.restore(new FilingId(filing.id()), filing.role(), restoredAlgorithm, filing.kind(),
                filing.previousFilingId() == null ? null : new FilingId(filing.previousFilingId()),
                filing.formVersion(), filing.step3(), filing.status(), filing.submittedOn(), filing.approval(),
                filing.cacReturnReason(), filing.cancellation(), filing.history(), filing.changeEffectiveOn(),
                filing.serviceEndsOn(), filing.previousFilingNumber());
        return new Dossier(entity, restored);
    }
}
