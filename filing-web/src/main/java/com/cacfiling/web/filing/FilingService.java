package com.cacfiling.web.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.IllegalTransitionException;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.Caches;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.system.ReadWithoutTransaction;
import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing use cases, each checked against what the user may reach; the domain decides what is allowed. */
@Service
public class FilingService {

    /** Longest algorithm name accepted at creation (the column holds 200; the CAC form's field is shorter). */
    public static final int MAX_ALGORITHM_NAME_LENGTH = 100;

    private final FilingRecordRepository filings;
    private final AlgorithmRecordRepository algorithms;
    private final CompanyRepository companies;
    private final CompanyAccess access;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TimedRules rules;
    private final NamedParameterJdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    FilingService(FilingRecordRepository filings, AlgorithmRecordRepository algorithms, CompanyRepository companies,
            CompanyAccess access, Clock clock, ChangeLog changeLog, TimedRules rules,
            JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.rules = rules;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.filings = filings;
        this.algorithms = algorithms;
        this.companies = companies;
        this.access = access;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    /** Logs a change; with a snapshot of the dossier as it is now, which makes it a version of the filing. */
    private void log(PortalUser user, FilingRecord record, String action, String detail) {
        // The profile as stored: the version keeps its text instead of writing it again (every save writes one).
        changeLog.record(record.getCompany().getId(), record.getId(), user.getUsername(), action, detail,
                new Dossier(entityOf(record), record.toDomain()), record.getAlgorithm().getContent());
    }

    @Transactional(readOnly = true)
    public List<FilingRecord> visibleFilings(PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        return companyIds.isEmpty() ? List.of() : filings.findVisible(companyIds);
    }

    /** The filings of one company the user may reach (404 otherwise): not every filing the user sees. */
    @Transactional(readOnly = true)
    public List<FilingRecord> companyFilings(PortalUser user, UUID companyId) {
        access.check(user, companyId);
        return filings.findVisible(List.of(companyId));
    }

    /** The filing if the user may reach it; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public FilingRecord get(UUID id, PortalUser user) {
        CompanyAccess.Reach reach = CompanyAccess.reach(user);
        return filings.findReachable(id, reach.ownCompanyId(), reach.consultantId())
                .orElseThrow(NotFoundException::new);
    }

    /** The entity, the filing and its algorithm, as rules and documents read them. */
    @Transactional(readOnly = true)
    public Dossier dossier(UUID filingId, PortalUser user) {
        FilingRecord record = get(filingId, user);
        return new Dossier(entityOf(record), record.toDomain());
    }

    /**
     * The dossier as its documents show it to {@code user}: to a reader outside the company with resident ID numbers
     * written into texts masked (found in a review: they reached consultants in full in the PDFs and the ZIP).
     */
    @Transactional(readOnly = true)
    public Dossier documentDossier(UUID filingId, PortalUser user) {
        return documentDossierWithTyped(filingId, user).dossier();
    }

    /** A value typed into a field that is not valid yet: where, and why as the page's message key and arguments. */
    public record TypedProblem(String path, String messageKey, java.util.List<String> arguments) {
    }

    /** The dossier as its documents show it, and the values typed that are not valid yet (outside the dossier). */
    public record DocumentDossier(Dossier dossier, java.util.List<TypedProblem> typed) {
    }

    /** As {@link #documentDossier(UUID, PortalUser)}, with the values typed invalidly, for the findings reports. */
    @Transactional(readOnly = true)
    public DocumentDossier documentDossierWithTyped(UUID filingId, PortalUser user) {
        FilingRecord record = get(filingId, user);
        java.util.List<TypedProblem> typed = typedProblems(record);
        // A field whose last input was not valid prints as still to fill, not with the value that input replaced.
        Dossier dossier = com.cacfiling.domain.dossier.DossierJson.withoutValuesAt(
                new Dossier(entityOf(record), record.toDomain()), pathsOf(typed));
        return new DocumentDossier(user.worksFor(record.getCompany().getId()) ? dossier
                : com.cacfiling.domain.form.PersonalData.textsMasked(dossier), typed);
    }

    private static java.util.Set<String> pathsOf(java.util.List<TypedProblem> typed) {
        return typed.stream().map(TypedProblem::path).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * How many values typed invalidly wait in the filing's fields (its company's, algorithm's and own): each is an
     * error of the filing's pages. Stored in the rows whose versions {@link StoredVersion} holds.
     */
    public static int typedProblemCount(FilingRecord record) {
        return typedProblems(record).size();
    }

    /** The values typed invalidly into the filing's fields (its company's, algorithm's and own). */
    private static java.util.List<TypedProblem> typedProblems(FilingRecord record) {
        java.util.List<TypedProblem> problems = new java.util.ArrayList<>();
        for (String json : new String[] {record.getCompany().getTypedInput(), record.getAlgorithm().getTypedInput(),
                record.getTypedInput()}) {
            if (json != null && !json.isBlank()) {
                DomainJson.readTree(json).path("entries").properties().forEach(entry -> {
                    java.util.List<String> arguments = new java.util.ArrayList<>();
                    entry.getValue().path("arguments").forEach(argument -> arguments.add(argument.asString()));
                    problems.add(new TypedProblem(entry.getKey(), entry.getValue().path("messageKey").asString(),
                            arguments));
                });
            }
        }
        return problems;
    }

    /** The dossier of a filing the user was already checked for by {@link #get}. */
    @Transactional(readOnly = true)
    public Dossier dossierOf(FilingRecord checked) {
        FilingRecord record = filings.findById(checked.getId()).orElseThrow(NotFoundException::new);
        return new Dossier(entityOf(record), record.toDomain());
    }

    /**
     * Locks the filing's row until the end of the transaction, so that two saves of the same filing run one after
     * the other and the second sees the first's versions. Saves of different algorithms' filings do not wait for
     * each other.
     * <p>
     * The other filing of a dual-role pair is locked too, first the lower id: a save of the algorithm both share
     * writes to both filings (the history of each, their due dates, V95's "updated"), and two saves that had each
     * locked only their own filing deadlocked, each waiting at the other's row for the algorithm's row the other
     * held. {@code no key update}: the history's inserts (their reference to the filing) do not wait for it.
     */
    static final String LOCK_ALGORITHMS_FILINGS = """
            select cast(id as varchar) from filing
            where algorithm_id = (select algorithm_id from filing where id = :id)
            order by id for no key update""";

    @Transactional
    public void lockForSave(UUID filingId) {
        filings.lockRow(filingId);
    }

    /**
     * The tag of a filing's content as the API hands it out (ETag): the versions of the three records a dossier is
     * stored in, company, algorithm and filing. Each changes only when its own values change, so a save of another
     * filing of the company never changes this one's tag.
     */
    public static String contentTag(FilingRecord filing) {
        return "\"c" + filing.getCompany().getEntityVersion() + "-a" + filing.getAlgorithm().getVersion() + "-f"
                + filing.getVersion() + "\"";
    }

    /** A filing's content after a replacement, with its new tag. */
    public record Replaced(String tag, Dossier dossier) {
    }

    /** The content changed since the caller read it (its tag is not the one they sent). */
    public static final class ContentChangedException extends RuntimeException {
        ContentChangedException() {
            super("The filing changed since it was read");
        }
    }

    /**
     * Replaces a filing's entity, algorithm and Step 3 (the API's PUT), if its content is still what the caller read
     * ({@code expectedTag}): the row is locked and loaded once, each part written only when it changed, and the new
     * content returned from the same transaction. The tag is compared first (a stale request is 412 whatever its
     * body); then {@code replacement} makes the new dossier from the stored one (the API keeps stored ID numbers that
     * come back masked), and {@code check} sees the stored filing before anything is written.
     */
    @Transactional
    public Replaced replaceContent(PortalUser user, UUID filingId, String expectedTag,
            java.util.function.BiConsumer<FilingRecord, Dossier> check,
            UnaryOperator<Dossier> replacement) {
        // Locked before it is read, so that two replacements of the same filing run one after the other and the
        // second compares its tag with what the first wrote.
        lockReachable(filingId, user);
        Loaded loaded = loadVisible(filingId, user);
        FilingRecord record = loaded.record();
        if (!contentTag(record).equals(expectedTag.strip())) {
            throw new ContentChangedException();
        }
        Dossier stored = new Dossier(entityOf(record), record.toDomain());
        Dossier dossier = replacement.apply(stored);
        check.accept(record, dossier);
        updateEntity(record, user, record.getCompany().getEntityVersion(), previous -> dossier.entity());
        updateAlgorithm(record, user, record.getAlgorithm().getVersion(),
                previous -> dossier.filing().algorithm().profile(), loaded.otherFilings() > 0, null, null);
        updateStep3(record, user, record.getVersion(), dossier.filing().step3());
        // Comments on table rows follow their rows, as after the wizard's row actions; without comments on the
        // filing or a pair that may have some on the shared rows, there is nothing to move.
        if (loaded.comments() > 0 || loaded.otherFilings() > 0) {
            followReplacedRows(record, loaded.otherFilings() > 0, DossierTree.of(stored), DossierTree.of(dossier));
        }
        String tag = contentTag(record);
        // A consultant's change through the API is told to the officers, as the wizard's is.
        toldIfByConsultant(!tag.equals(expectedTag.strip()), user, record);
        return new Replaced(tag, new Dossier(entityOf(record), record.toDomain()));
    }

    private void followReplacedRows(FilingRecord record, boolean paired, DossierTree before, DossierTree after) {
        RowChanges algorithmRows = RowMatching.between(before, after, "algorithm");
        if (!algorithmRows.isEmpty()) {
            List<UUID> filingIds = new ArrayList<>(List.of(record.getId()));
            if (paired) {
                sharedAlgorithmsOtherFilings(record).forEach(other -> filingIds.add(other.getId()));
            }
            events.publishEvent(new RowsRenumbered(filingIds, algorithmRows));
        }
        for (String part : List.of("entity", "step3")) {
            RowChanges rows = RowMatching.between(before, after, part);
            if (!rows.isEmpty()) {
                events.publishEvent(new RowsRenumbered(List.of(record.getId()), rows));
            }
        }
    }

    /**
     * A filing as a page shows it: checked once, loaded once, its dossier read once, its dual-role sibling, and how
     * many comments it has (counted in the same load: a page asks for them only when there are any).
     */
    public record Opened(FilingRecord record, Dossier dossier, List<FilingRecord> siblings, long comments) {
    }

    /** The filing for a page, if the user may reach it (else 404): one access check, one load, one parse. */
    @ReadWithoutTransaction
    public Opened open(UUID id, PortalUser user) {
        Loaded loaded = loadVisible(id, user);
        // Most filings have no pair: then the load counted none and nothing more is asked.
        return opened(loaded, loaded.otherFilings() == 0 ? List.of()
                : filings.findByAlgorithmIdAndIdNot(loaded.record().getAlgorithm().getId(), id));
    }

    /**
     * {@link #open} and whatever else {@code page} reads about the filing (its comments, documents) with the same
     * entity manager, without a transaction.
     */
    @ReadWithoutTransaction
    public <T> T open(UUID id, PortalUser user, Function<Opened, T> page) {
        return page.apply(open(id, user));
    }

    /**
     * {@link #lockForSave}, if the user may reach the filing (CompanyAccess's rule inside the statement; the pair's
     * other filing is of the same company); otherwise 404 and nothing is locked, so that nobody holds up another
     * company's saves.
     */
    private void lockReachable(UUID filingId, PortalUser user) {
        var params = new MapSqlParameterSource("id", filingId);
        String reached = CompanyAccess.reach(user).sql("f.company_id", params);
        if (!jdbc.queryForList("""
                select f.id from filing f
                where f.algorithm_id = (select algorithm_id from filing where id = :id) and %s
                order by f.id for no key update""".formatted(reached), params, UUID.class).contains(filingId)) {
            throw new NotFoundException();
        }
    }

    /** The filing and its dossier in one load, for a save to bind against or the API: {@link #open} without pair. */
    @ReadWithoutTransaction
    public Opened openAlone(UUID id, PortalUser user) {
        return opened(loadVisible(id, user), List.of());
    }

    private Opened opened(Loaded loaded, List<FilingRecord> siblings) {
        FilingRecord record = loaded.record();
        return new Opened(record, new Dossier(entityOf(record), record.toDomain()), siblings, loaded.comments());
    }

    /** A filing as loaded for a page or a save, with the counts its load brought along. */
    private record Loaded(FilingRecord record, long otherFilings, long comments) {
    }

    /** With company, algorithm, history and the counts in one statement, after the access check. */
    private Loaded loadVisible(UUID id, PortalUser user) {
        // CompanyAccess's rule, asked inside the statement; AccessRulesAgreeTest holds the two together.
        CompanyAccess.Reach reach = CompanyAccess.reach(user);
        List<Object[]> rows = filings.findReachableWithCounts(id, reach.ownCompanyId(), reach.consultantId());
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] row = rows.get(0);
        return new Loaded((FilingRecord) row[0], (Long) row[1], (Long) row[2]);
    }

    /** The other filing of a dual-role pair, if there is one. */
    @Transactional(readOnly = true)
    public List<FilingRecord> siblings(UUID filingId, PortalUser user) {
        FilingRecord record = get(filingId, user);
        return filings.findByAlgorithmIdAndIdNot(record.getAlgorithm().getId(), filingId);
    }


    /**
     * Whether values typed into the filing's fields are not valid yet: they are kept as typed, outside the dossier,
     * so the filing cannot go to review until they are corrected or cleared.
     */
    @Transactional(readOnly = true)
    public boolean hasTypedProblems(UUID filingId, PortalUser user) {
        FilingRecord record = get(filingId, user);
        return java.util.stream.Stream.of(record.getCompany().getTypedInput(), record.getAlgorithm().getTypedInput(),
                record.getTypedInput()).anyMatch(json -> !DomainJson.readTree(json).isEmpty());
    }

    /** The rules' findings for the filing as of today (Beijing). */
    @Transactional(readOnly = true)
    public Evaluation evaluate(UUID filingId, PortalUser user) {
        return rules.evaluate(dossier(filingId, user), today());
    }

    /** The rules' findings for a dossier already loaded (timed, see {@link TimedRules}). */
    public Evaluation evaluate(Dossier dossier, LocalDate today) {
        return rules.evaluate(dossier, today);
    }

    /** As above, for a stored filing's dossier: the checklist's content types by the version read with the row. */
    public Evaluation evaluate(Dossier dossier, FilingRecord stored, LocalDate today) {
        return rules.evaluate(dossier, null, today, stored.getAlgorithm().getLabellingVersion());
    }

    /**
     * The rules' findings for a filing as stored, {@code dossier} being what it reads, from the same load
     * ({@link #open}, {@link #openAlone}): remembered per {@link StoredVersion}. A wizard page ran all rules on every
     * view, a tenth of its time.
     */
    public Evaluation evaluateStored(FilingRecord stored, Dossier dossier, LocalDate today) {
        return storedEvaluations.get(StoredVersion.of(stored, today), key -> rules.evaluate(dossier, null, today,
                stored.getAlgorithm().getLabellingVersion()));
    }

    /** {@link #evaluateStored(FilingRecord, Dossier, LocalDate)} with the dossier's tree the page has built. */
    public Evaluation evaluateStored(FilingRecord stored, Dossier dossier, DossierTree tree, LocalDate today) {
        return storedEvaluations.get(StoredVersion.of(stored, today), key -> rules.evaluate(dossier, tree, today,
                stored.getAlgorithm().getLabellingVersion()));
    }

    /**
     * What the rules' findings on a stored filing depend on: the versions of the three rows its dossier is read from
     * (the filing with its history and entity snapshot, its algorithm, its company), of the algorithm's labelling
     * checklist (whose content types the rules compare with the outputs) and the day. Any save, transition
     * or change of the company's information gives a new version, so findings remembered under this key are never
     * those of an older state (StoredFindingsTest); the wizard's findings and the dashboard's readiness use it.
     */
    public record StoredVersion(UUID filing, long filingVersion, long algorithmVersion, long labellingVersion,
            long companyVersion, LocalDate today) {

        public static StoredVersion of(FilingRecord stored, LocalDate today) {
            return new StoredVersion(stored.getId(), stored.getVersion(), stored.getAlgorithm().getVersion(),
                    stored.getAlgorithm().getLabellingVersion(), stored.getCompany().getVersion(), today);
        }
    }

    /** Evaluations are immutable; a few thousand cover the filings being edited at one time (a few KB each). */
    private final Cache<StoredVersion, Evaluation> storedEvaluations =
            Caches.caffeine().maximumSize(2_000).build();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<Company> companiesFor(PortalUser user) {
        return companies.findByIdInAndArchivedFalseOrderByNameAscIdAsc(access.companyIds(user));
    }

    /**
     * Records that the user took the unmasked submission copy of the filing (full resident ID numbers): who and
     * when, in the audit log and the filing's history. Only after the access check of {@link #get}.
     */
    @Transactional
    public void recordSubmissionCopy(PortalUser user, UUID filingId) {
        FilingRecord record = get(filingId, user);
        changeLog.record(record.getCompany().getId(), record.getId(), user.getUsername(), SUBMISSION_COPY, null, null);
    }

    /** The audit action of an unmasked submission copy. */
    public static final String SUBMISSION_COPY = "SUBMISSION_COPY";

    /**
     * The company's current Step 1 as the {@code entity} of a JSON dossier, for matching masked resident ID numbers
     * that an import sends back (see PersonalData); only for a user who may reach the company.
     */
    @Transactional(readOnly = true)
    public String entityDossierJson(PortalUser user, UUID companyId) {
        access.check(user, companyId);
        Company company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        return "{\"entity\":" + DomainJson.write(entityProfile(company)) + "}";
    }

    /** Starts the filing(s) of a new algorithm; "both roles" creates the pair sharing one algorithm. */
    @Transactional
    public List<FilingRecord> create(PortalUser user, UUID companyId, String algorithmName, RoleChoice choice) {
        return create(user, companyId, algorithmName, choice, null);
    }

    /** An algorithm type of the current form, or null (a code from a link is not trusted as it stands). */
    public static String knownAlgorithmType(String code) {
        return code != null && ReferenceCatalog.standard().current()
                .contains(com.cacfiling.domain.reference.OptionList.ALGORITHM_TYPES, code) ? code : null;
    }

    /** A new filing (or pair) of a new algorithm; with the algorithm type already known when the triage found it. */
    @Transactional
    public List<FilingRecord> create(PortalUser user, UUID companyId, String algorithmName, RoleChoice choice,
            String algorithmType) {
        access.check(user, companyId);
        Company company = companies.findById(companyId).orElseThrow(NotFoundException::new);
        if (company.isArchived()) {
            throw new CompanyArchivedException();
        }
        if (algorithmName == null || algorithmName.isBlank()
                || algorithmName.strip().length() > MAX_ALGORITHM_NAME_LENGTH) {
            throw new IllegalArgumentException("algorithm name blank or longer than " + MAX_ALGORITHM_NAME_LENGTH);
        }
        AlgorithmProfile profile = AlgorithmProfile.named(algorithmName.strip());
        if (knownAlgorithmType(algorithmType) != null) {
            profile = profile.withBasics(profile.basics().withAlgorithmType(algorithmType));
        }
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), profile);
        AlgorithmRecord algorithmRecord = algorithms.save(
                new AlgorithmRecord(algorithm.id().value(), company, algorithm.profile()));
        String formVersion = ReferenceCatalog.standard().current().formVersion();
        List<FilingRecord> created = new ArrayList<>();
        for (FilingRole role : choice.roles()) {
            Filing filing = Filing.start(FilingId.random(), role, algorithm, formVersion, actor(user));
            created.add(filings.save(new FilingRecord(filing, algorithmRecord)));
        }
        filings.flush();
        created.forEach(record -> log(user, record, "CREATE", record.getRole().name()));
        // Step 1 is the company's, shared by its filings: filled in already, it is not "not started" in a new one.
        // What the administration gave it (the name, the credit code) is not filled in (found in a walk: a new
        // company's first filing opened with 34 errors before its officer had typed anything).
        if (entityFilledIn(company)) {
            created.forEach(record -> markStarted(record, STARTED_BY_PART.get("entity")));
        }
        return created;
    }

    /**
     * Changes the algorithm's facts (shared by a dual-role pair), refusing a save based on an outdated version:
     * concurrent editors never overwrite each other silently.
     */
    @Transactional
    public void updateAlgorithm(PortalUser user, UUID filingId, long expectedVersion,
            UnaryOperator<AlgorithmProfile> change) {
        updateAlgorithm(user, filingId, expectedVersion, change, null, null);
    }

    /**
     * The same, logged as {@code action} with {@code detail} after the algorithm's name (an evidence file added or
     * removed names itself: found in a walk, two uploads read "self-assessment saved" and nothing more); a null
     * action is named by the parts that changed.
     */
    @Transactional
    public void updateAlgorithm(PortalUser user, UUID filingId, long expectedVersion,
            UnaryOperator<AlgorithmProfile> change, String action, String detail) {
        FilingRecord record = get(filingId, user);
        updateAlgorithm(record, user, expectedVersion, change, true, action, detail);
        markStarted(record, STARTED_BY_PART.get("algorithm"));
    }

    /** How far a filing's "updated" may lag behind a save of its algorithm: the lists show it to the minute. */
    static final java.time.Duration UPDATED_PRECISION = java.time.Duration.ofMinutes(1);

    /**
     * The wizard's steps (their names in the wizard's Step) that a part written outside the wizard (the API, an
     * import) fills: they count as started, so the wizard shows their progress and findings, not "not started".
     */
    public static final java.util.Map<String, List<String>> STARTED_BY_PART = java.util.Map.of(
            "entity", List.of("ENTITY"),
            "algorithm", List.of("ALGORITHM_BASIC", "ALGORITHM_DETAILED", "SELF_ASSESSMENT"),
            "step3", List.of("STEP3"));

    private void updateAlgorithm(FilingRecord record, PortalUser user, long expectedVersion,
            UnaryOperator<AlgorithmProfile> change, boolean othersPossible, String namedAction, String detail) {
        UUID filingId = record.getId();
        requireEditable(record);
        AlgorithmRecord algorithm = record.getAlgorithm();
        if (algorithm.getVersion() != expectedVersion) {
            throw new EditConflictException(filingId);
        }
        AlgorithmProfile changed = change.apply(algorithm.profile());
        if (changed.equals(algorithm.profile())) {
            return;
        }
        List<FilingRecord> others = othersPossible ? sharedAlgorithmsOtherFilings(record) : List.of();
        String action = namedAction != null ? namedAction : algorithmSaveAction(algorithm.profile(), changed);
        algorithm.update(changed);
        algorithms.saveAndFlush(algorithm);
        redateAndLogAlgorithmChange(user, record, algorithm, others, action, detail);
    }

    @Transactional
    public void updateStep3(PortalUser user, UUID filingId, long expectedVersion, Step3 step3) {
        FilingRecord record = get(filingId, user);
        updateStep3(record, user, expectedVersion, step3);
        markStarted(record, STARTED_BY_PART.get("step3"));
    }

    private void updateStep3(FilingRecord record, PortalUser user, long expectedVersion, Step3 step3) {
        UUID filingId = record.getId();
        requireEditable(record);
        if (record.getVersion() != expectedVersion) {
            throw new EditConflictException(filingId);
        }
        Filing filing = record.toDomain();
        if (java.util.Objects.equals(step3, filing.step3())) {
            return;
        }
        filing.updateStep3(step3);
        record.apply(filing);
        filings.saveAndFlush(record);
        log(user, record, "SAVE_STEP3", record.getAlgorithm().getName());
    }

    @Transactional
    public void updateEntity(PortalUser user, UUID filingId, long expectedVersion,
            UnaryOperator<EntityProfile> change) {
        FilingRecord record = get(filingId, user);
        updateEntity(record, user, expectedVersion, change);
        markStarted(record, STARTED_BY_PART.get("entity"));
    }

    private void updateEntity(FilingRecord record, PortalUser user, long expectedVersion,
            UnaryOperator<EntityProfile> change) {
        UUID filingId = record.getId();
        requireEditable(record);
        Company company = record.getCompany();
        if (company.getEntityVersion() != expectedVersion) {
            throw new EditConflictException(filingId);
        }
        EntityProfile current = entityProfile(company);
        EntityProfile changed = change.apply(current);
        if (changed.equals(current)) {
            // The company's row is shared by all its filings: written only when its values change, so saving one
            // filing never changes the version (and the ETag) of the company's other filings.
            return;
        }
        if (changed.creditCode() != null
                && companies.creditCodeTakenByAnother(changed.creditCode().value(), company.getId())) {
            throw new CreditCodeTakenException(changed.creditCode().value());
        }
        company.updateEntityProfile(DomainJson.write(changed),
                changed.creditCode() == null ? null : changed.creditCode().value());
        companies.saveAndFlush(company);
        logEntityChange(user, record, changed.name());
    }

    /**
     * Step 1 facts the company does not state yet, as another of its filings states them (a large-model filing's
     * entity; found in a walk: a credit code typed there left the company's record without one): filled in, never
     * over one Step 1 states, and not once the CAC approved the entity; a credit code another company has is left
     * out. Keyed by their paths in Step 1 ({@code contact.mobile}); a version in each filing that shows Step 1, as a
     * Step 1 save makes. Returns whether anything was filled.
     */
    @Transactional
    public boolean fillMissingEntityFacts(PortalUser user, Company company, java.util.Map<String, String> facts) {
        if (company.getEntityApprovedOn() != null) {
            return false;
        }
        String stored = company.getEntityProfile();
        tools.jackson.databind.node.ObjectNode profile = stored == null || stored.isBlank()
                ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : (tools.jackson.databind.node.ObjectNode) DomainJson.readTree(stored);
        boolean filled = false;
        for (var fact : facts.entrySet()) {
            String value = fact.getValue() == null ? "" : fact.getValue().strip();
            String[] path = fact.getKey().split("\\.");
            tools.jackson.databind.node.ObjectNode parent = profile;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.get(path[i]) instanceof tools.jackson.databind.node.ObjectNode object ? object
                        : parent.putObject(path[i]);
            }
            String name = path[path.length - 1];
            tools.jackson.databind.JsonNode statedValue = parent.get(name);
            boolean stated = statedValue != null && !statedValue.isNull() && !statedValue.asString("").isBlank();
            if (value.isEmpty() || stated || name.equals("creditCode")
                    && companies.creditCodeTakenByAnother(value, company.getId())) {
                continue;
            }
            parent.put(name, value);
            filled = true;
        }
        if (!filled) {
            return false;
        }
        EntityProfile changed;
        try {
            changed = DomainJson.read(DomainJson.write(profile), EntityProfile.class);
        }
        catch (tools.jackson.core.JacksonException notValidInStep1) {
            // Checked in the other filing by the same identifiers, so not expected; should Step 1 ever check a fact
            // more strictly, the company simply does not take it, and the other filing's save goes through.
            return false;
        }
        company.updateEntityProfile(DomainJson.write(changed),
                changed.creditCode() == null ? null : changed.creditCode().value());
        companies.saveAndFlush(company);
        List<FilingRecord> showing = filings.findVisible(List.of(company.getId())).stream()
                .filter(filing -> filing.getEntitySnapshot() == null).toList();
        showing.forEach(filing -> log(user, filing, "SAVE_ENTITY", entityOf(filing).name()));
        touchShowingEntity(user, company, showing);
        return true;
    }

    /**
     * Saves one wizard step: the part of the dossier the step edits ({@code entity}, {@code algorithm} or
     * {@code step3}) and what was typed invalidly into it, refusing a save based on an outdated version of that part.
     * A save that changes nothing writes nothing (no new version in the history).
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean saveStep(PortalUser user, UUID filingId, String part, long expectedVersion, DossierTree changed,
            String typedInputJson) {
        Loaded loaded = loadVisible(filingId, user);
        boolean saved = save(loaded, user, part, null, expectedVersion, changed, typedInputJson, null);
        toldIfByConsultant(saved, user, loaded.record());
        return saved;
    }

    /** A consultant's change of a client's filing is told to the company's officers (once until they read it). */
    private void toldIfByConsultant(boolean saved, PortalUser user, FilingRecord record) {
        if (saved && user.is(com.cacfiling.web.user.UserRole.CONSULTANT)) {
            events.publishEvent(FilingEditedByConsultant.ofAlgorithmFiling(record.getCompany().getId(), record.getId(),
                    user.id(), record.getAlgorithm().getName(), record.getRole()));
        }
    }

    /**
     * What a wizard step's form makes of its part of the dossier: the new tree, what was typed invalidly, and the
     * rows it moved or removed.
     */
    public record StepEdit(DossierTree tree, String typedInputJson, RowChanges rows, boolean holdsAnswers) {

        public StepEdit(DossierTree tree, String typedInputJson) {
            this(tree, typedInputJson, RowChanges.NONE, true);
        }
    }

    /**
     * A wizard step's save and the step remembered as the one the user was on ({@link #rememberLastStep}): the
     * filing loaded once (with the access check), the posted form bound against it by {@code bind}, the part saved,
     * in one transaction: what a press of 保存草稿 costs the database.
     *
     * @return whether anything in the dossier changed
     */
    @Transactional
    public boolean saveStepAndRemember(PortalUser user, UUID filingId, String part, long expectedVersion,
            String step, Function<Opened, StepEdit> bind) {
        Loaded loaded = loadVisible(filingId, user);
        FilingRecord record = loaded.record();
        StepEdit edit = bind.apply(opened(loaded, List.of()));
        boolean saved = save(loaded, user, part, step, expectedVersion, edit.tree(), edit.typedInputJson(), null);
        if (saved && !edit.rows().isEmpty()) {
            List<UUID> filingIds = new ArrayList<>(List.of(filingId));
            if (part.equals("algorithm") && loaded.otherFilings() > 0) {
                sharedAlgorithmsOtherFilings(record).forEach(other -> filingIds.add(other.getId()));
            }
            events.publishEvent(new RowsRenumbered(filingIds, edit.rows()));
        }
        // An unchanged save of an empty step changes nothing, its "not started" included (found in a walk: it became
        // "0 %" with a required-field mark under every field); one saved as shown with answers in it confirms them
        // and starts it. The step the user was on is remembered all the same.
        if (saved || edit.holdsAnswers()) {
            remember(record, step);
        }
        else if (!step.equals(record.getLastStep())) {
            filings.rememberStep(record.getId(), step);
        }
        toldIfByConsultant(saved, user, record);
        return saved;
    }

    /**
     * Saves the algorithm for another page of the filing, which the history names as {@code action} (the labelling
     * checklist writes answers of two steps, and read as the generic "algorithm saved", found in a walk): a version
     * when the content changed, else an entry without one, so that each save of that page is logged once.
     *
     * @return whether anything in the dossier changed
     */
    @Transactional
    public boolean saveAlgorithmAs(PortalUser user, UUID filingId, long expectedVersion, DossierTree changed,
            String typedInputJson, String action) {
        Loaded loaded = loadVisible(filingId, user);
        FilingRecord record = loaded.record();
        AlgorithmProfile before = record.getAlgorithm().profile();
        boolean saved = save(loaded, user, "algorithm", null, expectedVersion, changed, typedInputJson, action);
        if (!versionedChange(before, changed.algorithm())) {
            changeLog.record(record.getCompany().getId(), filingId, user.getUsername(), action,
                    record.getAlgorithm().getName(), null);
        }
        toldIfByConsultant(saved, user, record);
        return saved;
    }

    /**
     * Whether a change of the algorithm is a version of its filings: rows are the self-assessment's (flow, risks,
     * measures), and a change that only adds or removes empty ones is none.
     */
    private static boolean versionedChange(AlgorithmProfile before, AlgorithmProfile after) {
        return !after.equals(before) && (!before.basics().equals(after.basics())
                || !before.details().equals(after.details()) || !before.disclosure().equals(after.disclosure())
                || !sameSubstance(before.assessment(), after.assessment()));
    }

    /**
     * {@code algorithmAction}: how the history names a save of the algorithm; null for the step that changed.
     * {@code step}: the wizard step saved ({@link #saveStepAndRemember}), null when not saved from one.
     */
    private boolean save(Loaded loaded, PortalUser user, String part, String step, long expectedVersion,
            DossierTree changed, String typedInputJson, String algorithmAction) {
        FilingRecord record = loaded.record();
        UUID filingId = record.getId();
        requireEditable(record);
        switch (part) {
            case "entity" -> {
                Company company = record.getCompany();
                if (company.getEntityVersion() != expectedVersion) {
                    throw new EditConflictException(filingId);
                }
                EntityProfile entity = changed.entity();
                boolean contentChanged = !entity.equals(entityProfile(company));
                if (!contentChanged && sameJson(typedInputJson, company.getTypedInput())) {
                    return false;
                }
                if (entity.creditCode() != null
                        && companies.creditCodeTakenByAnother(entity.creditCode().value(), company.getId())) {
                    throw new CreditCodeTakenException(entity.creditCode().value());
                }
                String typedBefore = company.getTypedInput();
                company.updateEntityProfile(DomainJson.write(entity),
                        entity.creditCode() == null ? null : entity.creditCode().value());
                company.setTypedInput(typedInputJson);
                companies.saveAndFlush(company);
                // Only a value typed invalidly (kept, not used by the dossier): no version of an unchanged dossier.
                if (contentChanged) {
                    logEntityChange(user, record, entity.name());
                }
                else {
                    // Yet every filing showing Step 1 shows it, with its error (99 %): their "updated" moves, as for
                    // a change of its values (found in a walk: another filing of the company kept its time).
                    touchShowingEntity(user, company, filingsShowingEntity(record));
                    logTypedOnly(user, record, TypedOnlySave.action("SAVE_ENTITY", typedBefore, typedInputJson),
                            entity.name());
                }
            }
            case "algorithm" -> {
                AlgorithmRecord algorithm = record.getAlgorithm();
                if (algorithm.getVersion() != expectedVersion) {
                    throw new EditConflictException(filingId);
                }
                AlgorithmProfile profile = changed.algorithm();
                boolean contentChanged = !profile.equals(algorithm.profile());
                if (!contentChanged && sameJson(typedInputJson, algorithm.getTypedInput())) {
                    return false;
                }
                List<FilingRecord> others = List.of();
                if (loaded.otherFilings() > 0) {
                    // The pair's filings first, as the API's save takes them (lockForSave): the save writes both.
                    filings.lockRow(filingId);
                    others = sharedAlgorithmsOtherFilings(record);
                }
                String action = algorithmAction != null ? algorithmAction
                        : algorithmSaveAction(algorithm.profile(), profile);
                boolean versioned = versionedChange(algorithm.profile(), profile);
                boolean typedChanged = !sameJson(typedInputJson, algorithm.getTypedInput());
                String typedBefore = algorithm.getTypedInput();
                algorithm.update(profile);
                algorithm.setTypedInput(typedInputJson);
                algorithms.saveAndFlush(algorithm);
                if (versioned) {
                    redateAndLogAlgorithmChange(user, record, algorithm, others, action, null);
                }
                else if (typedChanged) {
                    // Only a value typed invalidly: no version, yet the algorithm's filings show it with its error
                    // (99 %), so their "updated" moves, as the entity's filings' do.
                    List<FilingRecord> all = new ArrayList<>(List.of(record));
                    all.addAll(others);
                    touchBehind(all, algorithm);
                    // A page saving the algorithm as its own action logs each of its saves itself (saveAlgorithmAs).
                    if (algorithmAction == null) {
                        logTypedOnly(user, record, TypedOnlySave.action(algorithmStepAction(step), typedBefore,
                                typedInputJson), algorithm.getName());
                    }
                }
            }
            case "step3" -> {
                if (record.getVersion() != expectedVersion) {
                    throw new EditConflictException(filingId);
                }
                Filing filing = record.toDomain();
                Step3 step3 = changed.step3();
                boolean contentChanged = !step3.equals(filing.step3());
                if (!contentChanged && sameJson(typedInputJson, record.getTypedInput())) {
                    return false;
                }
                boolean versioned = contentChanged && !sameSubstance(filing.step3(), step3);
                boolean typedChanged = !sameJson(typedInputJson, record.getTypedInput());
                String typedBefore = record.getTypedInput();
                filing.updateStep3(step3);
                record.apply(filing);
                record.setTypedInput(typedInputJson);
                filings.saveAndFlush(record);
                if (versioned) {
                    log(user, record, "SAVE_STEP3", record.getAlgorithm().getName());
                }
                else if (typedChanged) {
                    logTypedOnly(user, record, TypedOnlySave.action("SAVE_STEP3", typedBefore, typedInputJson),
                            record.getAlgorithm().getName());
                }
            }
            default -> throw new IllegalArgumentException("No dossier part " + part);
        }
        return true;
    }

    /**
     * A save that changed only values typed invalidly: an entry of the audit log without a snapshot (no version of
     * the filing), in the filing it was made in.
     */
    private void logTypedOnly(PortalUser user, FilingRecord record, String action, String detail) {
        changeLog.record(record.getCompany().getId(), record.getId(), user.getUsername(), action, detail, null);
    }

    /** The save action of a wizard step of the algorithm, as a version of it names that step. */
    private static String algorithmStepAction(String step) {
        if (step == null) {
            return "SAVE_ALGORITHM";
        }
        return switch (step) {
            case "ALGORITHM_BASIC" -> "SAVE_ALGORITHM_BASICS";
            case "ALGORITHM_DETAILED" -> "SAVE_ALGORITHM_DETAILS";
            case "SELF_ASSESSMENT" -> "SAVE_SELF_ASSESSMENT";
            default -> "SAVE_ALGORITHM";
        };
    }

    /**
     * After a change of the algorithm: the launch date may have moved, so every filing of the algorithm (this one and
     * the other half of a dual-role pair) gets its due date again, and the change is in each one's history. Without
     * the filing itself: most algorithms have one filing, and then no row (with its documents) comes back again;
     * {@code others} is empty when the filing's load counted no other filing, and then nothing is asked.
     */
    private void redateAndLogAlgorithmChange(PortalUser user, FilingRecord record, AlgorithmRecord algorithm,
            List<FilingRecord> others, String action, String detail) {
        String named = detail == null ? algorithm.getName() : algorithm.getName() + " · " + detail;
        List<FilingRecord> all = new ArrayList<>(List.of(record));
        all.addAll(others);
        for (FilingRecord sibling : all) {
            java.time.LocalDate due = sibling.computeDueDate();
            if (!java.util.Objects.equals(due, sibling.getDueDate())) {
                filings.storeDueDate(sibling.getId(), due);
            }
            // The pair's other filing says where the change was made (a walk read the supporter's edit in the
            // provider's history as if made there).
            log(user, sibling, action, sibling == record ? named : named + ChangeLog.MADE_IN + record.getRole().name());
        }
        touchBehind(all, algorithm);
    }

    /**
     * The lists' "updated" (and the dashboard's default order) covers the algorithm, shared by a pair and stored in
     * its own row; to the minute, as the lists show it, so that a burst of saves writes the filing row once (every
     * save's write cost the save's round trip a quarter of its throughput: V96).
     */
    private void touchBehind(List<FilingRecord> all, AlgorithmRecord algorithm) {
        List<UUID> behind = new ArrayList<>();
        for (FilingRecord sibling : all) {
            if (sibling.getUpdatedAt() == null
                    || sibling.getUpdatedAt().isBefore(algorithm.getUpdatedAt().minus(UPDATED_PRECISION))) {
                behind.add(sibling.getId());
            }
        }
        if (!behind.isEmpty()) {
            filings.touch(behind, algorithm.getUpdatedAt(), algorithm.getUpdatedBy());
        }
    }

    /**
     * The algorithm's row holds three of the wizard's steps; the history names the step that changed (a walk found
     * every save of steps 2–4 called "algorithm saved"). A save that changed more than one (the API's, an import) is
     * the algorithm's.
     */
    static String algorithmSaveAction(AlgorithmProfile before, AlgorithmProfile after) {
        boolean basics = !java.util.Objects.equals(before.basics(), after.basics());
        boolean details = !java.util.Objects.equals(before.details(), after.details());
        boolean assessment = !java.util.Objects.equals(before.assessment(), after.assessment())
                || !java.util.Objects.equals(before.disclosure(), after.disclosure());
        int parts = (basics ? 1 : 0) + (details ? 1 : 0) + (assessment ? 1 : 0);
        if (parts != 1) {
            return "SAVE_ALGORITHM";
        }
        return basics ? "SAVE_ALGORITHM_BASICS" : details ? "SAVE_ALGORITHM_DETAILS" : "SAVE_SELF_ASSESSMENT";
    }

    /**
     * The company's Step 1 is shared: a change is a new version of every filing that shows it (the one saved and
     * the company's other filings that have no snapshot of their own), so each history shows it.
     */
    private void logEntityChange(PortalUser user, FilingRecord saved, String detail) {
        List<FilingRecord> showing = filingsShowingEntity(saved);
        showing.forEach(filing -> log(user, filing, "SAVE_ENTITY", detail));
        touchShowingEntity(user, saved.getCompany(), showing);
    }

    /**
     * The filings that show the company's Step 1 as it is now: the one it was saved in, first, and the company's
     * others that have no snapshot of their own.
     */
    private List<FilingRecord> filingsShowingEntity(FilingRecord saved) {
        List<FilingRecord> showing = new ArrayList<>(List.of(saved));
        for (FilingRecord other : filings.findVisible(List.of(saved.getCompany().getId()))) {
            if (!other.getId().equals(saved.getId()) && other.getEntitySnapshot() == null) {
                showing.add(other);
            }
        }
        return showing;
    }

    /**
     * The lists' "updated" covers Step 1 too, as it covers the algorithm (found in a walk: an entity save left the
     * dashboard's time where it was).
     */
    private void touchShowingEntity(PortalUser user, Company company, List<FilingRecord> showing) {
        filings.touch(showing.stream().map(FilingRecord::getId).toList(),
                company.getUpdatedAt() == null ? clock.instant() : company.getUpdatedAt(), user.getUsername());
    }

    /**
     * Equal but for rows nobody has written in: a row added empty (or an empty one removed) is kept for the page, but
     * is no version of the filing (found in a walk: each "add a risk" made a version that compared equal to the one
     * before).
     */
    static boolean sameSubstance(Object before, Object after) {
        return java.util.Objects.equals(substance(DomainJson.tree(before)), substance(DomainJson.tree(after)));
    }

    /** The tree without what holds no answer (nulls, blank texts, empty rows and lists); null when nothing is left. */
    private static tools.jackson.databind.JsonNode substance(tools.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isString() && node.asString().isBlank()) {
            return null;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode kept = tools.jackson.databind.node.JsonNodeFactory.instance
                    .arrayNode();
            node.forEach(item -> {
                tools.jackson.databind.JsonNode substance = substance(item);
                if (substance != null) {
                    kept.add(substance);
                }
            });
            return kept.isEmpty() ? null : kept;
        }
        if (node.isObject()) {
            tools.jackson.databind.node.ObjectNode kept = tools.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode();
            for (String name : node.propertyNames()) {
                tools.jackson.databind.JsonNode substance = substance(node.get(name));
                if (substance != null) {
                    kept.set(name, substance);
                }
            }
            return kept.isEmpty() ? null : kept;
        }
        return node;
    }

    /** The database may spell JSON differently (key order, spaces); equal trees are equal content. */
    private static boolean sameJson(String a, String b) {
        return DomainJson.readTree(a).equals(DomainJson.readTree(b));
    }

    /** Remembers the wizard step the user saved last, to reopen the filing there, and that it is started. */
    @Transactional
    public void rememberLastStep(PortalUser user, UUID filingId, String step) {
        remember(get(filingId, user), step);
    }

    private void remember(FilingRecord record, String step) {
        if (!step.equals(record.getLastStep())) {
            filings.rememberStep(record.getId(), step);
        }
        markStarted(record, List.of(step));
    }

    /** Marks steps as started, so their findings show at their fields from now on. */
    @Transactional
    public void markStarted(UUID filingId, PortalUser user, List<String> steps) {
        markStarted(get(filingId, user), steps);
    }

    private void markStarted(FilingRecord record, List<String> steps) {
        java.util.TreeSet<String> started = new java.util.TreeSet<>(record.getStartedSteps());
        if (started.addAll(steps)) {
            filings.storeStartedSteps(record.getId(), String.join(",", started));
        }
    }

    /**
     * The steps of a filing that count as started: those saved in it; the shared ones (the company's entity, the
     * algorithm) saved in the other filing of its pair, {@code siblings} (it showed "not started" beside 100 %); every
     * one once the filing has been to review ({@code beenInReview}), whatever way its fields were filled. The wizard
     * shows findings and readiness of these steps, and the filing's progress, on its pages and in the lists alike,
     * counts these only.
     */
    public static java.util.Set<com.cacfiling.rules.WizardStep> startedSteps(FilingRecord record,
            java.util.Collection<FilingRecord> siblings, boolean beenInReview) {
        java.util.Set<String> names = new java.util.HashSet<>(record.getStartedSteps());
        siblings.forEach(other -> other.getStartedSteps().stream()
                .filter(shared -> !STARTED_BY_PART.get("step3").contains(shared)).forEach(names::add));
        if (beenInReview) {
            STARTED_BY_PART.values().forEach(names::addAll);
        }
        java.util.Set<com.cacfiling.rules.WizardStep> started = java.util.EnumSet.noneOf(
                com.cacfiling.rules.WizardStep.class);
        for (com.cacfiling.rules.WizardStep step : com.cacfiling.rules.WizardStep.values()) {
            if (names.contains(step.name())) {
                started.add(step);
            }
        }
        return started;
    }

    /**
     * Whether the filing has been to review (or further) at least once: a move that changed its status. An entry logged
     * beside its moves (the entity's approval, recorded on a draft) is not that.
     */
    public static boolean beenInReview(Filing filing) {
        return filing.hasMoved();
    }

    /** The version of the part of the dossier a step edits: what a save of that step must be based on. */
    public static long versionOf(FilingRecord record, String part) {
        return switch (part) {
            case "entity" -> record.getCompany().getEntityVersion();
            case "algorithm" -> record.getAlgorithm().getVersion();
            default -> record.getVersion();
        };
    }

    /** Applies a lifecycle move of the domain to the stored filing. */
    @Transactional
    public void transition(PortalUser user, UUID filingId, java.util.function.BiConsumer<Filing, Actor> move) {
        // One move at a time on a filing: the second of two sent at once (a double click, two tabs) sees the first
        // one's status and is refused, instead of both being logged (found in a walk: a service end twice).
        lockReachable(filingId, user);
        FilingRecord record = get(filingId, user);
        requireActiveCompany(record);
        Filing filing = record.toDomain();
        move.accept(filing, actor(user));
        record.apply(filing);
        boolean frozenBefore = record.getEntitySnapshot() != null;
        record.keepEntitySnapshot(DomainJson.write(entityProfile(record.getCompany())));
        filings.saveAndFlush(record);
        if (frozenBefore != (record.getEntitySnapshot() != null)) {
            events.publishEvent(new EntitySnapshotChanged(record.getId(), !frozenBefore));
        }
        List<com.cacfiling.domain.filing.Transition> history = filing.history();
        com.cacfiling.domain.filing.Transition last = history.get(history.size() - 1);
        log(user, record, "TRANSITION", last.action() + (last.note() == null ? "" : ": " + last.note()));
        if ("recordApproval".equals(last.action())) {
            if (record.getPreviousFilingId() != null && record.getServiceEndedOn() == null) {
                carryServiceEnd(user, record);
            }
            events.publishEvent(new AlgorithmFilingApproved(record.getCompany().getId(), record.getId(),
                    record.getPreviousFilingId(), record.getRole(), user.getUsername()));
        }
    }

    /** An approved change takes over the service end recorded on the filing it replaces (see handOverServiceEnd). */
    private void carryServiceEnd(PortalUser user, FilingRecord change) {
        FilingRecord original = filings.findById(change.getPreviousFilingId()).orElse(null);
        if (original == null || original.getServiceEndedOn() == null) {
            return;
        }
        Filing replaced = original.toDomain();
        LocalDate endsOn = replaced.handOverServiceEnd(actor(user)).orElseThrow();
        original.apply(replaced);
        filings.saveAndFlush(original);
        log(user, original, "TRANSITION", "serviceEndHandedOver: " + endsOn);
        Filing current = change.toDomain();
        current.recordServiceEnd(actor(user), endsOn);
        change.apply(current);
        filings.saveAndFlush(change);
        log(user, change, "TRANSITION", "recordServiceEnd: " + endsOn);
    }

    /**
     * Records that the CAC approved the filing's entity (Step 1) on {@code approvedOn}: the company's, so every
     * filing of the company shows it; logged on the filing it was recorded from, in its workflow log too (found in a
     * walk: only the history had it), without making a version of the filing.
     */
    @Transactional
    public void recordEntityApproval(PortalUser user, UUID filingId, LocalDate approvedOn) {
        lockReachable(filingId, user);
        FilingRecord record = get(filingId, user);
        requireActiveCompany(record);
        // The same day again records nothing (a request sent twice, an old tab); another day corrects it. The
        // company's row is locked first, so that two records from two of its filings at once see each other.
        List<java.sql.Date> recorded = jdbc.queryForList(
                "select entity_approved_on from company where id = :id for no key update",
                new MapSqlParameterSource("id", record.getCompany().getId()), java.sql.Date.class);
        if (!recorded.isEmpty() && recorded.get(0) != null && recorded.get(0).toLocalDate().equals(approvedOn)) {
            throw new IllegalTransitionException(record.getStatus(), "recordEntityApproval");
        }
        Filing filing = record.toDomain();
        filing.recordEntityApproval(actor(user), approvedOn);
        com.cacfiling.domain.filing.Transition entry = filing.history().get(filing.history().size() - 1);
        filings.appendToLog(record.getId(), entry.from().name(), entry.to().name(), entry.action(), entry.actor(),
                entry.at(), entry.note());
        Company company = record.getCompany();
        company.recordEntityApproval(approvedOn, user.getUsername());
        companies.save(company);
        changeLog.record(company.getId(), record.getId(), user.getUsername(), "ENTITY_APPROVED",
                approvedOn.toString(), new Dossier(entityOf(record), filing));
    }

    /**
     * Moves an editable filing to the current form version, with the other filing of its pair (they share the
     * algorithm, so they answer from the same lists); false when there is nothing to move. Refused while the shared
     * algorithm is frozen by the other filing, whose answers could then not be corrected to the new lists.
     */
    @Transactional
    public boolean moveToCurrentForm(PortalUser user, UUID filingId) {
        lockReachable(filingId, user);
        FilingRecord record = get(filingId, user);
        requireEditable(record);
        List<FilingRecord> siblings = siblings(filingId, user);
        sharedAlgorithmFrozenBy(siblings).ifPresent(frozen -> {
            throw new IllegalTransitionException(frozen.getStatus(), "moveToFormVersion");
        });
        String current = ReferenceCatalog.standard().current().formVersion();
        boolean moved = false;
        for (FilingRecord each : java.util.stream.Stream.concat(java.util.stream.Stream.of(record), siblings.stream())
                .toList()) {
            if (each.getStatus().isEditable() && !current.equals(each.getFormVersion())) {
                String before = each.getFormVersion();
                Filing filing = each.toDomain();
                filing.moveToFormVersion(current);
                each.apply(filing);
                filings.saveAndFlush(each);
                log(user, each, "FORM_VERSION", before + " → " + current);
                moved = true;
            }
        }
        return moved;
    }

    /**
     * Whether a CAC filing number is already another filing's. A change filing keeps the number of the filing it
     * changes, so the filings it descends from do not count; any other holder does (a number is one filing's).
     */
    @Transactional(readOnly = true)
    public boolean filingNumberTakenByAnother(FilingRecord filing, String number) {
        java.util.Set<UUID> ancestors = new java.util.HashSet<>();
        for (UUID previous = filing.getPreviousFilingId(); previous != null && ancestors.add(previous); ) {
            previous = filings.findById(previous).map(FilingRecord::getPreviousFilingId).orElse(null);
        }
        return jdbc.queryForList("select id from filing where filing_number = :number",
                new MapSqlParameterSource("number", number), UUID.class).stream()
                .anyMatch(holder -> !holder.equals(filing.getId()) && !ancestors.contains(holder));
    }

    /**
     * The approved change that replaced this filing, if one did: from then on the change is the filing the CAC holds
     * (its number, its content), and the next change or the cancellation starts from it.
     */
    @Transactional(readOnly = true)
    /** Of these filings, the approved ones an approved change replaced (one statement, only when any is approved). */
    public java.util.Set<UUID> replacedAmong(List<FilingRecord> shown) {
        List<UUID> approved = shown.stream().filter(filing -> filing.getStatus() == com.cacfiling.domain.filing.FilingStatus.APPROVED)
                .map(FilingRecord::getId).toList();
        return approved.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(filings.replacedAmong(approved));
    }

    public java.util.Optional<FilingRecord> supersededBy(FilingRecord filing) {
        return changes(filing, FilingRecordRepository.REPLACING_CHANGE);
    }

    /** A change of this filing started and not approved or cancelled yet: a second one would compete with it. */
    @Transactional(readOnly = true)
    public java.util.Optional<FilingRecord> openChangeOf(FilingRecord filing) {
        return changes(filing, "status not in ('APPROVED', 'CANCELLED', 'WITHDRAWN')");
    }

    private java.util.Optional<FilingRecord> changes(FilingRecord filing, String condition) {
        return jdbc.queryForList("select id from filing where previous_filing_id = :id and " + condition
                + " order by created_at desc limit 1", new MapSqlParameterSource("id", filing.getId()), UUID.class)
                .stream().findFirst().flatMap(filings::findById);
    }

    /** Whether the filing is a change of a filing that has been cancelled since the change was started. */
    @Transactional(readOnly = true)
    public boolean changesACancelledFiling(FilingRecord filing) {
        return filing.getKind() == com.cacfiling.domain.filing.FilingKind.CHANGE && filing.getPreviousFilingId() != null
                && filings.findById(filing.getPreviousFilingId())
                        .map(previous -> previous.getStatus() == com.cacfiling.domain.filing.FilingStatus.CANCELLED)
                        .orElse(false);
    }

    /** The number a change filing is approved under, as a rule: that of the filing it changes. */
    @Transactional(readOnly = true)
    public String previousFilingNumber(FilingRecord filing) {
        return filing.getPreviousFilingId() == null ? null
                : filings.findById(filing.getPreviousFilingId()).map(FilingRecord::getFilingNumber).orElse(null);
    }

    /**
     * The days a filing's approval and cancellation name, which the history's entries of those moves do not store (the
     * number and the reason only): a filing is approved and cancelled once, so its own columns date old entries too.
     */
    public record LifecycleDays(LocalDate approvedOn, LocalDate cancelledOn, LocalDate serviceEndedOn) {

        public static LifecycleDays of(FilingRecord filing) {
            return new LifecycleDays(filing.getApprovedOn(), filing.getCancelledOn(), filing.getServiceEndedOn());
        }
    }

    /** {@link LifecycleDays} of these filings, by id (one statement; none for none). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, LifecycleDays> lifecycleDays(java.util.Collection<UUID> filingIds) {
        java.util.Map<UUID, LifecycleDays> days = new java.util.HashMap<>();
        if (!filingIds.isEmpty()) {
            jdbc.query("select id, approved_on, cancelled_on, service_ended_on from filing where id in (:ids)",
                    new MapSqlParameterSource("ids", filingIds), rs -> {
                        days.put(rs.getObject("id", UUID.class), new LifecycleDays(
                                rs.getObject("approved_on", LocalDate.class),
                                rs.getObject("cancelled_on", LocalDate.class),
                                rs.getObject("service_ended_on", LocalDate.class)));
                    });
        }
        return days;
    }

    /** Starts a change filing: a new draft version copied from the approved one, with its own algorithm copy. */
    @Transactional
    public FilingRecord startChange(PortalUser user, UUID filingId, LocalDate effectiveOn) {
        FilingRecord record = get(filingId, user);
        requireActiveCompany(record);
        Filing approved = record.toDomain();
        Filing change = approved.startChange(FilingId.random(), AlgorithmId.random(),
                ReferenceCatalog.standard().current().formVersion(), actor(user), effectiveOn);
        record.apply(approved);
        filings.save(record);
        AlgorithmRecord algorithm = algorithms.save(new AlgorithmRecord(change.algorithm().id().value(),
                record.getCompany(), change.algorithm().profile()));
        FilingRecord created = filings.saveAndFlush(new FilingRecord(change, algorithm));
        events.publishEvent(new ChangeFilingStarted(record.getAlgorithm().getId(), algorithm.getId()));
        // A copy of the approved filing, every step filled: started, as the original's were.
        markStarted(created, STARTED_BY_PART.values().stream().flatMap(List::stream).toList());
        log(user, created, "CREATE_CHANGE", record.getId().toString());
        return created;
    }

    /** The entity information the filing shows: its own snapshot once submitted, else the company's current one. */
    public static EntityProfile entityOf(FilingRecord record) {
        return record.getEntitySnapshot() == null ? entityProfile(record.getCompany())
                : ParsedValues.read(record.getEntitySnapshot(), EntityProfile.class);
    }

    /** Whether someone filled Step 1 in: more than the name and credit code the administration gave the company. */
    static boolean entityFilledIn(Company company) {
        EntityProfile profile = entityProfile(company);
        EntityProfile given = new EntityProfile(company.getName(), profile.creditCode(), null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        boolean typed = company.getTypedInput() != null && !company.getTypedInput().isBlank()
                && !company.getTypedInput().strip().equals("{}");
        return typed || !profile.equals(given);
    }

    public static EntityProfile entityProfile(Company company) {
        EntityProfile profile = ParsedValues.read(company.getEntityProfile(), EntityProfile.class);
        return profile.name() == null ? withName(profile, company.getName()) : profile;
    }

    private static EntityProfile withName(EntityProfile profile, String name) {
        return new EntityProfile(name, profile.creditCode(), profile.entityType(), profile.registeredAddress(),
                profile.registeredCapitalWanYuan(), profile.establishedOn(), profile.operatingTermEnd(),
                profile.operatingTermUnlimited(), profile.certificateType(), profile.certificateNumber(),
                profile.legalRepresentative(), profile.securityOfficer(), profile.contact(), profile.icp(),
                profile.responsibilityTable());
    }

    /**
     * The algorithm a dual-role pair shares is the other filing's content too: while that one is in review, filed
     * with the CAC, approved or closed, a save of the algorithm through this one would change it behind its
     * reviewer's back (an approved filing's report got another algorithm name). Changes then go through a return
     * or a change filing. Otherwise the other filings, loaded once for the save to redate and log.
     */
    private List<FilingRecord> sharedAlgorithmsOtherFilings(FilingRecord record) {
        List<FilingRecord> others = filings.findByAlgorithmIdAndIdNot(record.getAlgorithm().getId(), record.getId());
        sharedAlgorithmFrozenBy(others).ifPresent(other -> {
            throw new IllegalTransitionException(other.getStatus(), "have its shared algorithm edited");
        });
        return others;
    }

    /** The other filing of the pair whose state freezes the algorithm they share, if any (see above). */
    public static java.util.Optional<FilingRecord> sharedAlgorithmFrozenBy(List<FilingRecord> siblings) {
        // A withdrawn filing of the pair is given up: it freezes nothing.
        return siblings.stream().filter(other -> !other.getStatus().isEditable()
                && other.getStatus() != com.cacfiling.domain.filing.FilingStatus.WITHDRAWN).findFirst();
    }

    /**
     * Submitted, approved and cancelled filings are records of what was filed: nothing edits them. Neither does
     * anything edit an archived company's filings, which stay to be read (found in a walk: the officers of an
     * archived company kept saving steps, and the API took a PUT).
     */
    private static void requireEditable(FilingRecord record) {
        requireActiveCompany(record);
        if (!record.getStatus().isEditable()) {
            throw new IllegalTransitionException(record.getStatus(), "edit");
        }
    }

    /** An archived company's filings are read and downloaded, no longer edited or moved. */
    private static void requireActiveCompany(FilingRecord record) {
        CompanyArchivedException.refuseIfArchived(record.getCompany());
    }

    private Actor actor(PortalUser user) {
        return new Actor(user.getUsername(), clock.instant());
    }
}
