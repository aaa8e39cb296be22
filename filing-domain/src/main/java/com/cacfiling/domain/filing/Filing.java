package com.cacfiling.domain.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.identifiers.FilingNumber;

/**
 * The filing of one algorithm in one role: its Step 3 and its lifecycle. The algorithm itself is shared with the
 * filing of the other role, if the entity has both.
 *
 * <p>Lifecycle: DRAFT → IN_REVIEW → (RETURNED → DRAFT …) → READY → SUBMITTED → APPROVED or RETURNED_BY_CAC
 * (→ DRAFT); APPROVED → CANCELLED, and an approved filing can start a CHANGE filing. Each move is a named method
 * that refuses an illegal one and records who made it and when.
 */
public final class Filing {

    private final FilingId id;
    private final FilingRole role;
    private final Algorithm algorithm;
    private final FilingKind kind;
    private final FilingId previousFilingId;
    private String formVersion;
    private Step3 step3;
    private FilingStatus status;
    private LocalDate submittedOn;
    private Approval approval;
    private String cacReturnReason;
    private Cancellation cancellation;
    /** A change filing: the day the change took effect, from which its 10 working days run (ARP Art. 24). */
    private LocalDate changeEffectiveOn;
    /** An approved filing: the day its service ends or ended, announced before the cancellation is recorded. */
    private LocalDate serviceEndsOn;
    /** A change filing: the CAC's number of the filing it changes, which its documents cite. */
    private FilingNumber previousFilingNumber;
    private final List<Transition> history;

    private Filing(FilingId id, FilingRole role, Algorithm algorithm, FilingKind kind, FilingId previousFilingId,
            String formVersion, Step3 step3, FilingStatus status, LocalDate submittedOn, Approval approval,
            String cacReturnReason, Cancellation cancellation, List<Transition> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.role = Objects.requireNonNull(role, "role");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.previousFilingId = previousFilingId;
        this.formVersion = Objects.requireNonNull(formVersion, "formVersion");
        this.step3 = requireMatchingRole(role, step3 == null ? Step3.emptyFor(role) : step3);
        this.status = Objects.requireNonNull(status, "status");
        this.submittedOn = submittedOn;
        this.approval = approval;
        this.cacReturnReason = cacReturnReason;
        this.cancellation = cancellation;
        this.history = new ArrayList<>(history == null ? List.of() : history);
    }

    /** A new first filing of {@code algorithm} in {@code role}, as a draft prepared against {@code formVersion}. */
    public static Filing start(FilingId id, FilingRole role, Algorithm algorithm, String formVersion, Actor actor) {
        Filing filing = new Filing(id, role, algorithm, FilingKind.INITIAL, null, formVersion, null,
                FilingStatus.DRAFT, null, null, null, null, List.of());
        filing.history.add(new Transition(null, FilingStatus.DRAFT, "start", actor.username(), actor.at(), null));
        return filing;
    }

    /** Both filings of an entity that provides the service and supplies the technology: one shared algorithm. */
    public static DualRoleFilings startDualRole(FilingId providerId, FilingId supporterId, Algorithm algorithm,
            String formVersion, Actor actor) {
        return new DualRoleFilings(start(providerId, FilingRole.SERVICE_PROVIDER, algorithm, formVersion, actor),
                start(supporterId, FilingRole.TECHNICAL_SUPPORTER, algorithm, formVersion, actor));
    }

    /** Rebuilds a stored filing exactly as it was; no transition is recorded. */
    public static Filing restore(FilingId id, FilingRole role, Algorithm algorithm, FilingKind kind,
            FilingId previousFilingId, String formVersion, Step3 step3, FilingStatus status, LocalDate submittedOn,
            Approval approval, String cacReturnReason, Cancellation cancellation, List<Transition> history) {
        return new Filing(id, role, algorithm, kind, previousFilingId, formVersion, step3, status, submittedOn,
                approval, cacReturnReason, cancellation, history);
    }

    /** Rebuilds a stored filing with the change's effective date and the announced end of its service. */
    public static Filing restore(FilingId id, FilingRole role, Algorithm algorithm, FilingKind kind,
            FilingId previousFilingId, String formVersion, Step3 step3, FilingStatus status, LocalDate submittedOn,
            Approval approval, String cacReturnReason, Cancellation cancellation, List<Transition> history,
            LocalDate changeEffectiveOn, LocalDate serviceEndsOn) {
        Filing filing = new Filing(id, role, algorithm, kind, previousFilingId, formVersion, step3, status,
                submittedOn, approval, cacReturnReason, cancellation, history);
        filing.changeEffectiveOn = changeEffectiveOn;
        filing.serviceEndsOn = serviceEndsOn;
        return filing;
    }

    /** Rebuilds a stored filing with, for a change, the number of the filing it changes. */
    public static Filing restore(FilingId id, FilingRole role, Algorithm algorithm, FilingKind kind,
            FilingId previousFilingId, String formVersion, Step3 step3, FilingStatus status, LocalDate submittedOn,
            Approval approval, String cacReturnReason, Cancellation cancellation, List<Transition> history,
            LocalDate changeEffectiveOn, LocalDate serviceEndsOn, FilingNumber previousFilingNumber) {
        Filing filing = restore(id, role, algorithm, kind, previousFilingId, formVersion, step3, status, submittedOn,
                approval, cacReturnReason, cancellation, history, changeEffectiveOn, serviceEndsOn);
        filing.previousFilingNumber = previousFilingNumber;
        return filing;
    }

    // --- editing ---------------------------------------------------------------------------------------------

    public void updateStep3(Step3 changed) {
        requireEditable("edit Step 3");
        this.step3 = requireMatchingRole(role, Objects.requireNonNull(changed, "step3"));
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    /**
     * The officer hands the draft to the consultant; a returned filing is edited as it is and handed back the same
     * way, without reopening it first.
     */
    public void submitForReview(Actor actor) {
        move(FilingStatus.IN_REVIEW, "submitForReview", actor, null);
    }

    /** The consultant sends it back to the company with comments. */
    public void returnForRework(Actor actor, String reason) {
        move(FilingStatus.RETURNED, "returnForRework", actor, reason);
    }

    /** A returned filing (by the consultant or the CAC) becomes a draft again. */
    public void reopen(Actor actor) {
        move(FilingStatus.DRAFT, "reopen", actor, null);
    }

    /** The consultant approves it for entry into the CAC system. */
    public void markReady(Actor actor) {
        move(FilingStatus.READY, "markReady", actor, null);
    }

    /** Records that it was entered into the CAC system on {@code submittedOn}. */
    public void recordSubmission(Actor actor, LocalDate submittedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        move(FilingStatus.SUBMITTED, "recordSubmission", actor, submittedOn.toString());
        this.submittedOn = submittedOn;
        this.cacReturnReason = null;
    }

    /** Records the CAC's approval with the filing number it assigned. */
    public void recordApproval(Actor actor, FilingNumber filingNumber, LocalDate approvedOn) {
        Approval granted = new Approval(filingNumber, approvedOn);
        move(FilingStatus.APPROVED, "recordApproval", actor, filingNumber.value());
        this.approval = granted;
    }

    /** Records that the CAC sent it back, and why. */
    public void recordCacReturn(Actor actor, String reason) {
        Objects.requireNonNull(reason, "reason");
        move(FilingStatus.RETURNED_BY_CAC, "recordCacReturn", actor, reason);
        this.cacReturnReason = reason;
    }

    /**
     * Records, on an approved filing, the day its service ends (or ended) before the cancellation itself, so the
     * 20 working days of the cancellation are counted and reminded of from that day (ARP Art. 24).
     */
    public void recordServiceEnd(Actor actor, LocalDate endsOn) {
        Objects.requireNonNull(endsOn, "endsOn");
        // The same day again records nothing (a request sent twice logged it twice); another day corrects it.
        if (endsOn.equals(serviceEndsOn)) {
            throw new IllegalTransitionException(status, "recordServiceEnd");
        }
        move(FilingStatus.APPROVED, "recordServiceEnd", actor, endsOn.toString());
        this.serviceEndsOn = endsOn;
    }

    /**
     * Hands the service end recorded here to the approved change that replaces this filing: the change is the filing
     * now, so the cancellation's deadline is its (found in a walk: it stayed on the replaced filing, where nothing can
     * be done, while the change had none). Nothing recorded, nothing to hand over.
     */
    public java.util.Optional<LocalDate> handOverServiceEnd(Actor actor) {
        if (serviceEndsOn == null) {
            return java.util.Optional.empty();
        }
        LocalDate endsOn = serviceEndsOn;
        move(status, "serviceEndHandedOver", actor, endsOn.toString());
        serviceEndsOn = null;
        return java.util.Optional.of(endsOn);
    }

    /**
     * Withdraws a filing that has not been filed with the CAC, or came back from it: it is closed and keeps its
     * record. A draft started by mistake, or a change whose approved filing was cancelled, otherwise stayed open with a
     * deadline nothing could meet (found in a walk).
     */
    /**
     * The reason of a change withdrawn because the filing it changes was cancelled: a code, which pages put into
     * their reader's words.
     */
    public static final String WITHDRAWN_WITH_ORIGINAL = "ORIGINAL_CANCELLED";

    public void withdraw(Actor actor, String reason) {
        Objects.requireNonNull(reason, "reason");
        move(FilingStatus.WITHDRAWN, "withdraw", actor, reason);
    }

    /**
     * Records in the filing's log that the CAC approved the company's filing entity (Step 1) on {@code approvedOn}.
     * The approval is the company's, not a move of the filing: the status stays as it is. A withdrawn filing is closed
     * and records nothing more.
     */
    public void recordEntityApproval(Actor actor, LocalDate approvedOn) {
        Objects.requireNonNull(approvedOn, "approvedOn");
        move(status, "recordEntityApproval", actor, approvedOn.toString());
    }

    /** Records the cancellation of an approved filing after the service ended. */
    public void cancel(Actor actor, LocalDate serviceEndedOn, LocalDate cancelledOn, String reason) {
        Cancellation cancelled = new Cancellation(serviceEndedOn, cancelledOn, reason);
        move(FilingStatus.CANCELLED, "cancel", actor, reason);
        this.cancellation = cancelled;
    }

    /**
     * Starts a change filing: a new draft version that begins as a copy of this approved one, with its own copy
     * of the algorithm so the approved record stays as it was.
     */
    public Filing startChange(FilingId newId, AlgorithmId newAlgorithmId, String formVersion, Actor actor) {
        return startChange(newId, newAlgorithmId, formVersion, actor, null);
    }

    /**
     * Starts a change filing for a change that took (or takes) effect on {@code effectiveOn}: its deadline runs from
     * that day, not from the day the draft was opened. Without the date, the draft's first day stands in for it.
     */
    public Filing startChange(FilingId newId, AlgorithmId newAlgorithmId, String formVersion, Actor actor,
            LocalDate effectiveOn) {
        if (!allows(status, "startChange")) {
            throw new IllegalTransitionException(status, "startChange");
        }
        Filing change = new Filing(newId, role, algorithm.copyForChange(newAlgorithmId), FilingKind.CHANGE, id, formVersion,
                step3, FilingStatus.DRAFT, null, null, null, null, List.of());
        change.changeEffectiveOn = effectiveOn;
        change.previousFilingNumber = approval == null ? null : approval.filingNumber();
        change.history.add(new Transition(null, FilingStatus.DRAFT, "startChange", actor.username(), actor.at(),
                id.toString()));
        history.add(new Transition(status, status, "changeStarted", actor.username(), actor.at(), newId.toString()));
        return change;
    }

    /**
     * The statuses each move starts from, by the move's name: the moves below follow it, and a confirmation page asks
     * it before it offers a move (found in a walk: the browser's Back led to "confirm" of a move already made, refused
     * only after the click).
     */
    private static final java.util.Map<String, Set<FilingStatus>> ALLOWED_FROM = java.util.Map.ofEntries(
            java.util.Map.entry("submitForReview",
                    Set.of(FilingStatus.DRAFT, FilingStatus.RETURNED, FilingStatus.RETURNED_BY_CAC)),
            java.util.Map.entry("returnForRework", Set.of(FilingStatus.IN_REVIEW)),
            java.util.Map.entry("reopen", Set.of(FilingStatus.RETURNED, FilingStatus.RETURNED_BY_CAC)),
            java.util.Map.entry("markReady", Set.of(FilingStatus.IN_REVIEW)),
            java.util.Map.entry("recordSubmission", Set.of(FilingStatus.READY)),
            java.util.Map.entry("recordApproval", Set.of(FilingStatus.SUBMITTED)),
            java.util.Map.entry("recordCacReturn", Set.of(FilingStatus.SUBMITTED)),
            java.util.Map.entry("recordServiceEnd", Set.of(FilingStatus.APPROVED)),
            java.util.Map.entry("serviceEndHandedOver", Set.of(FilingStatus.APPROVED)),
            java.util.Map.entry("withdraw", Set.of(FilingStatus.DRAFT, FilingStatus.RETURNED,
                    FilingStatus.RETURNED_BY_CAC, FilingStatus.IN_REVIEW, FilingStatus.READY)),
            java.util.Map.entry("recordEntityApproval",
                    java.util.EnumSet.complementOf(java.util.EnumSet.of(FilingStatus.WITHDRAWN))),
            java.util.Map.entry("cancel", Set.of(FilingStatus.APPROVED)),
            java.util.Map.entry("startChange", Set.of(FilingStatus.APPROVED)));

    /** Whether the move named {@code action} may start from {@code status}. */
    public static boolean allows(FilingStatus status, String action) {
        Set<FilingStatus> from = ALLOWED_FROM.get(action);
        if (from == null) {
            throw new IllegalArgumentException("No such move: " + action);
        }
        return from.contains(status);
    }

    private void move(FilingStatus to, String action, Actor actor, String note) {
        Objects.requireNonNull(actor, "actor");
        if (!allows(status, action)) {
            throw new IllegalTransitionException(status, action);
        }
        history.add(new Transition(status, to, action, actor.username(), actor.at(), note));
        this.status = to;
    }

    private void requireEditable(String action) {
        if (!status.isEditable()) {
            throw new IllegalTransitionException(status, action);
        }
    }

    private static Step3 requireMatchingRole(FilingRole role, Step3 step3) {
        if (step3.role() != role) {
            throw new IllegalArgumentException("A " + role + " filing cannot hold " + step3.getClass().getSimpleName());
        }
        return step3;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    public FilingId id() {
        return id;
    }

    public FilingRole role() {
        return role;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public FilingKind kind() {
        return kind;
    }

    public FilingId previousFilingId() {
        return previousFilingId;
    }

    public String formVersion() {
        return formVersion;
    }

    /**
     * Prepares a draft or returned filing against another form version from now on: nothing of it was filed yet, and
     * codes are stable across versions, so every answer keeps its meaning.
     */
    public void moveToFormVersion(String version) {
        if (!status.isEditable()) {
            throw new IllegalTransitionException(status, "moveToFormVersion");
        }
        this.formVersion = Objects.requireNonNull(version, "version");
    }

    public Step3 step3() {
        return step3;
    }

    public FilingStatus status() {
        return status;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public Approval approval() {
        return approval;
    }

    public String cacReturnReason() {
        return cacReturnReason;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public LocalDate changeEffectiveOn() {
        return changeEffectiveOn;
    }

    /** A change filing: the number of the approved filing it changes (null for a first filing). */
    public FilingNumber previousFilingNumber() {
        return previousFilingNumber;
    }

    public LocalDate serviceEndsOn() {
        return cancellation != null ? cancellation.serviceEndedOn() : serviceEndsOn;
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /**
     * Whether the filing has moved since it was started (to review, or withdrawn): an entry that leaves the status as
     * it was (the entity's approval, a change started from it, a service end) is no move of its own.
     */
    public boolean hasMoved() {
        return history.stream().skip(1).anyMatch(Transition::changesStatus);
    }
}
