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

    /**
     * Replaces the filing's content if it is still what the caller read ({@code ifMatch}); 412 otherwise. Every
     * problem of the body is answered at once (values that cannot be read, limits, option codes, ID numbers, the
     * role), one per path, instead of the first stage's alone (found in a walk).
     */
    FilingService.Replaced update(PortalUser user, UUID filingId, String ifMatch,
            java.util.function.Function<Dossier, com.cacfiling.domain.dossier.DossierJson.Lenient> replacing) {
        List<DossierFormatException.Problem> unreadable = new java.util.ArrayList<>();
        try {
            return filings.replaceContent(user, filingId, ifMatch, (filing, replacement) -> {
                List<DossierFormatException.Problem> problems = new java.util.ArrayList<>(unreadable);
                if (replacement != null) {
                    problems.addAll(limitProblems(replacement));
                    Dossier stored = new Dossier(FilingService.entityOf(filing), filing.toDomain());
                    problems.addAll(codeProblems(stored, replacement, filings.today()));
                    if (!user.worksFor(filing.getCompany().getId())) {
                        problems.addAll(residentIdProblems(stored, replacement));
                    }
                    if (replacement.filing().role() != filing.getRole()) {
                        problems.add(new DossierFormatException.Problem("$.filing.role",
                                "the filing is a " + filing.getRole() + " filing", "dossier.problem.role", List.of()));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new DossierFormatException(onePerPath(problems));
                }
            }, stored -> {
                var read = replacing.apply(stored);
                unreadable.addAll(read.problems());
                return read.dossier();
            });
        }
        catch (FilingService.ContentChangedException changed) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, changed.getMessage());
        }
    }

    /**
     * The first problem at each path, in the order of the paths: a value left out because it could not be read is
     * not also reported as changed or missing.
     */
    private static List<DossierFormatException.Problem> onePerPath(List<DossierFormatException.Problem> problems) {
        java.util.Map<String, DossierFormatException.Problem> byPath = new java.util.TreeMap<>();
        problems.forEach(problem -> byPath.putIfAbsent(problem.path(), problem));
        return List.copyOf(byPath.values());
    }

    /**
     * A chosen option must be one of the filing's form (found in a walk: an entity type "FOO" was stored, and the wizard
     * then called it an option "no longer offered"); a code the filing already had (kept from an older form) stays.
     */
    static List<DossierFormatException.Problem> codeProblems(Dossier stored, Dossier replacement,
            java.time.LocalDate today) {
        KnownCodesPolicy codes = new KnownCodesPolicy();
        java.util.Set<String> before = codes.check(codesOnly(stored, today)).stream()
                .map(finding -> finding.fieldPath() + "=" + finding.arguments()).collect(java.util.stream.Collectors.toSet());
        List<DossierFormatException.Problem> problems = codes.check(codesOnly(replacement, today)).stream()
                .filter(finding -> !before.contains(finding.fieldPath() + "=" + finding.arguments()))
                .map(finding -> new DossierFormatException.Problem(
                        com.cacfiling.domain.form.FormLimits.dossierPath(finding.fieldPath()),
                        "not a code of the form " + finding.arguments(), finding.messageKey(), finding.arguments()))
                .toList();
        return problems;
    }

    /**
     * Callers outside the company (consultants, administrators) read resident ID numbers masked and do not change
     * them: sent back masked they stand for the stored numbers; any other value is refused at its path. Found in a
     * review: a consultant could send candidate numbers and learn the real one from the rules' "one name, two ID
     * numbers" warning. The wizard keeps such fields read-only for them.
     */
    static List<DossierFormatException.Problem> residentIdProblems(Dossier stored, Dossier replacement) {
        List<DossierFormatException.Problem> problems = com.cacfiling.domain.form.PersonalData.residentIdsChanged(
                        com.cacfiling.domain.dossier.DossierJson.write(stored),
                        com.cacfiling.domain.dossier.DossierJson.write(replacement)).stream()
                .map(path -> new DossierFormatException.Problem(com.cacfiling.domain.form.FormLimits.dossierPath(path),
                        "only the company's officers enter resident ID numbers", "dossier.problem.residentIdOfficersOnly",
                        List.of()))
                .toList();
        return problems;
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
        List<DossierFormatException.Problem> problems = limitProblems(dossier);
        if (!problems.isEmpty()) {
            throw new DossierFormatException(problems);
        }
    }

    static List<DossierFormatException.Problem> limitProblems(Dossier dossier) {
        return com.cacfiling.domain.form.FormLimits
                .check(com.cacfiling.domain.form.DossierTree.of(dossier)).stream()
                .map(violation -> new DossierFormatException.Problem(violation.dossierPath(), violation.reason(),
                        "dossier.problem.limit." + violation.limit(), List.of(violation.allowed(), violation.actual())))
                .toList();
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
