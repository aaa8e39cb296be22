package com.cacfiling.web.filing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FilingRecordRepository extends JpaRepository<FilingRecord, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<FilingRecord> {

    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company
            where f.company.id in :companyIds order by f.updatedAt desc""")
    List<FilingRecord> findVisible(Collection<UUID> companyIds);

    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company
            where f.id = :id and f.company.id in :companyIds""")
    Optional<FilingRecord> findVisible(UUID id, Collection<UUID> companyIds);

    /** The other filing of a dual-role pair, if there is one. */
    List<FilingRecord> findByAlgorithmIdAndIdNot(UUID algorithmId, UUID id);

    /** The filings of these algorithms, to find the other half of dual-role pairs in one query. */
    List<FilingRecord> findByAlgorithmIdIn(java.util.Collection<UUID> algorithmIds);

    /**
     * A filing of the officer's company, or of a company the consultant is assigned to, with company and algorithm:
     * the access check in the statement, without a list of company ids (Hibernate translates a statement with a
     * list parameter anew on every execution, and a consultant's list has a thousand entries).
     */
    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company
            where f.id = :id and (f.company.id = :ownCompanyId or exists (select 1 from UserAccount u
                join u.assignedCompanies c where u.id = :consultantId and c.id = f.company.id))""")
    Optional<FilingRecord> findReachable(UUID id, UUID ownCompanyId, UUID consultantId);

    /**
     * {@link #findReachable} with the history too (everything a page of the filing shows), and in the same statement
     * what a page would otherwise ask in two more: how many other filings its algorithm has (the other half of a
     * dual-role pair) and how many comments the filing has. Most filings have neither, and then neither is asked for.
     * One row per history entry, each with the same filing and counts. The comments are the review feature's (its
     * entity named here, not its classes).
     */
    @Query("""
            select f,
                (select count(s) from FilingRecord s where s.algorithm = f.algorithm and s.id <> f.id),
                (select count(c) from FieldComment c where c.filingId = f.id)
            from FilingRecord f join fetch f.algorithm join fetch f.company left join fetch f.history
            where f.id = :id and (f.company.id = :ownCompanyId or exists (select 1 from UserAccount u
                join u.assignedCompanies c where u.id = :consultantId and c.id = f.company.id))""")
    List<Object[]> findReachableWithCounts(UUID id, UUID ownCompanyId, UUID consultantId);

    /** A page's filing: with company, algorithm and history in one statement, and the access check. */
    @Query("""
            select f from FilingRecord f join fetch f.algorithm join fetch f.company left join fetch f.history
            where f.id = :id and f.company.id in :companyIds""")
    Optional<FilingRecord> findVisibleWithHistory(UUID id, Collection<UUID> companyIds);

    /**
     * Locks the rows of the filing and of the other filings of its algorithm (not loaded into the persistence
     * context) until the transaction ends: see {@link FilingService#lockForSave}.
     */
    @Query(value = FilingService.LOCK_ALGORITHMS_FILINGS, nativeQuery = true)
    List<String> lockRow(UUID id);

    /** The dashboard's page, with company and algorithm in the same query. */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"algorithm", "company"})
    org.springframework.data.domain.Page<FilingRecord> findAll(
            org.springframework.data.jpa.domain.Specification<FilingRecord> specification,
            org.springframework.data.domain.Pageable pageable);

    /** Unfiled filings by due date window (overdue, 7, 30, 90 days ahead) for the dashboard's deadline chart. */
    @Query(value = """
            select count(*) filter (where due_date < cast(:today as date)),
                   count(*) filter (where due_date between cast(:today as date) and cast(:today as date) + 7),
                   count(*) filter (where due_date between cast(:today as date) + 8 and cast(:today as date) + 30),
                   count(*) filter (where due_date between cast(:today as date) + 31 and cast(:today as date) + 90)
            from filing where company_id in (:companyIds) and due_date is not null""", nativeQuery = true)
    List<Object[]> deadlinesAhead(Collection<UUID> companyIds, java.time.LocalDate today);

    /** Filings per status for the dashboard's chart. */
    @Query("select f.status, count(f) from FilingRecord f where f.company.id in :companyIds group by f.status")
    List<Object[]> countByStatus(Collection<UUID> companyIds);

    /** Stores a recomputed due date; derived data, so it does not count as an edit (no version change). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update FilingRecord f set f.dueDate = :dueDate where f.id = :id")
    void storeDueDate(UUID id, java.time.LocalDate dueDate);

    /**
     * Moves the filings' "updated" to a save of their algorithm, which is stored in its own row; not a version of
     * the filings (their ETags and optimistic locks stay with what their own saves change).
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update FilingRecord f set f.updatedAt = :at, f.updatedBy = :by where f.id in :ids")
    void touch(Collection<UUID> ids, java.time.Instant at, String by);

    /**
     * Appends an entry to the filing's workflow log without counting as an edit of the filing (no version change): the
     * entity's approval is the company's, and a new version of the filing would refuse an officer's Step 3 form open
     * meanwhile and every API client's ETag of it. The entry takes the next place in the log.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = """
            insert into filing_transition (filing_id, seq, from_status, to_status, action, actor, at, note)
            select :id, count(*), :fromStatus, :toStatus, :action, :actor, :at, :note
            from filing_transition where filing_id = :id""", nativeQuery = true)
    void appendToLog(UUID id, String fromStatus, String toStatus, String action, String actor, java.time.Instant at,
            String note);

    /** Remembers where the wizard was left, without counting as an edit of the filing. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update FilingRecord f set f.lastStep = :step where f.id = :id")
    void rememberStep(UUID id, String step);

    /**
     * Marks wizard steps as started (saved at least once, or all of them once review was asked for): only their
     * findings are shown at the fields, so a new filing does not open with a wall of errors.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update FilingRecord f set f.startedSteps = :steps where f.id = :id")
    void storeStartedSteps(UUID id, String steps);

    /**
     * A change that replaced the filing it changes: approved, and still so once it is cancelled in its turn (it has
     * its number then; the original does not come back with the change's cancellation).
     */
    String REPLACING_CHANGE = "(status = 'APPROVED' or status = 'CANCELLED' and filing_number is not null)";

    /** Of these filings, those an approved change replaced. */
    @Query(value = "select distinct previous_filing_id from filing where previous_filing_id in (:ids) "
            + "and " + REPLACING_CHANGE, nativeQuery = true)
    List<UUID> replacedAmong(Collection<UUID> ids);
}
