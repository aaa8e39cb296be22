package com.cacfiling.web.api;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierFormatException;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.policies.KnownCodesPolicy;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writes JSON dossiers into stored filings: an update replaces the content of an existing filing (guarded by
 * its ETag), an import creates a new filing. Status and history are never taken from a file: lifecycle moves are
 * the domain's named transitions.
 */
@Service
class FilingImports {

    private final FilingService filings;

    FilingImports(FilingService filings) {
        this.filings = filings;
    }

    /** Replaces the filing's content if it is still what the caller read ({@code ifMatch}); 412 otherwise. */
    FilingService.Replaced update(PortalUser user, UUID filingId, String ifMatch,
            java.util.function.UnaryOperator<Dossier> replacing) {
        try {
            return filings.replaceContent(user, filingId, ifMatch, (filing, replacement) -> {
                checkLimits(replacement);
                Dossier stored = new Dossier(FilingService.entityOf(filing), filing.toDomain());
                checkCodes(stored, replacement, filings.today());
                if (!user.worksFor(filing.getCompany().getId())) {
                    checkResidentIdsKept(stored, replacement);
                }
                if (replacement.filing().role() != filing.getRole()) {
                    throw new DossierFormatException(List.of(new DossierFormatException.Problem("$.filing.role",
                            "the filing is a " + filing.getRole() + " filing", "dossier.problem.role", List.of())));
                }
            }, replacing);
        }
        catch (FilingService.ContentChangedException changed) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, changed.getMessage());
        }
    }

    /**
     * A chosen option must be one of the filing's form (found in a walk: an entity type "FOO" was stored, and the wizard
     * then called it an option "no longer offered"); a code the filing already had (kept from an older form) stays.
     */
    static void checkCodes(Dossier stored, Dossier replacement, java.time.LocalDate today) {
        KnownCodesPolicy codes = new KnownCodesPolicy();
        java.util.Set<String> before = codes.check(codesOnly(stored, today)).stream()
                .map(finding -> finding.fieldPath() + "=" + finding.arguments()).collect(java.util.stream.Collectors.toSet());
        List<DossierFormatException.Problem> problems = codes.check(codesOnly(replacement, today)).stream()
                .filter(finding -> !before.contains(finding.fieldPath() + "=" + finding.arguments()))
                .map(finding -> new DossierFormatException.Problem(
                        com.cacfiling.domain.form.FormLimits.dossierPath(finding.fieldPath()),
                        "not a code of the form " + finding.arguments(), finding.messageKey(), finding.arguments()))
                .toList();
        if (!problems.isEmpty()) {
            throw new DossierFormatException(problems);
        }
    }

    /**
     * Callers outside the company (consultants, administrators) read resident ID numbers masked and do not change
     * them: sent back masked they stand for the stored numbers; any other value is refused at its path. Found in a
     * review: a consultant could send candidate numbers and learn the real one from the rules' "one name, two ID
     * numbers" warning. The wizard keeps such fields read-only for them.
     */
    static void checkResidentIdsKept(Dossier stored, Dossier replacement) {
        List<DossierFormatException.Problem> problems = com.cacfiling.domain.form.PersonalData.residentIdsChanged(
                        com.cacfiling.domain.dossier.DossierJson.write(stored),
                        com.cacfiling.domain.dossier.DossierJson.write(replacement)).stream()
                .map(path -> new DossierFormatException.Problem(com.cacfiling.domain.form.FormLimits.dossierPath(path),
                        "only the company's officers enter resident ID numbers", "dossier.problem.residentIdOfficersOnly",
                        List.of()))
                .toList();
        if (!problems.isEmpty()) {
            throw new DossierFormatException(problems);
        }
    }

    /** The context the code check reads: the dossier and its form, without the tree (a conversion of the whole dossier). */
    private static FilingContext codesOnly(Dossier dossier, java.time.LocalDate today) {
        return new FilingContext(dossier, com.cacfiling.domain.reference.ReferenceCatalog.standard()
                .version(dossier.filing().formVersion()), today, com.cacfiling.rules.calendar.WorkingCalendar.official(),
                null);
    }

    /**
     * What the JSON Schema does not say but the form does: the field catalogue's limits (characters, number bounds,
     * rows), the same the wizard applies, so no way in lets a dossier grow past the form.
     */
    static void checkLimits(Dossier dossier) {
        List<DossierFormatException.Problem> problems = com.cacfiling.domain.form.FormLimits
                .check(com.cacfiling.domain.form.DossierTree.of(dossier)).stream()
                .map(violation -> new DossierFormatException.Problem(violation.dossierPath(), violation.reason(),
                        "dossier.problem.limit." + violation.limit(), List.of(violation.allowed(), violation.actual())))
                .toList();
        if (!problems.isEmpty()) {
            throw new DossierFormatException(problems);
        }
    }

    /**
     * A new filing with the dossier's algorithm and Step 3. The entity information is taken only while the company
     * has none yet (no credit code), so an import never overwrites a company's own Step 1.
     */
    @Transactional
    FilingRecord importAsNew(PortalUser user, UUID companyId, Dossier dossier) {
        checkLimits(dossier);
        RoleChoice role = RoleChoice.valueOf(dossier.filing().role().name());
        String name = dossier.algorithmName() == null || dossier.algorithmName().isBlank() ? "imported"
                : dossier.algorithmName();
        FilingRecord created = filings.create(user, companyId, name, role).get(0);
        UUID id = created.getId();
        FilingRecord stored = filings.get(id, user);
        if (stored.getCompany().getCreditCode() == null) {
            filings.updateEntity(user, id, stored.getCompany().getEntityVersion(), previous -> dossier.entity());
        }
        filings.updateAlgorithm(user, id, stored.getAlgorithm().getVersion(),
                previous -> dossier.filing().algorithm().profile());
        filings.updateStep3(user, id, stored.getVersion(), dossier.filing().step3());
        return created;
    }
}
