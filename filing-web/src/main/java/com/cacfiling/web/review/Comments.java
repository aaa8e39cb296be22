package com.cacfiling.web.review;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RowChanges;
import com.cacfiling.web.filing.RowsRenumbered;
import com.cacfiling.web.inbox.Inbox;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.ForbiddenException;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.UserRole;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Field comments of a filing, for whoever may reach the filing. */
@Service
public class Comments {

    private final FieldCommentRepository comments;
    private final FilingService filings;
    private final Inbox inbox;
    private final Clock clock;
    private final com.cacfiling.web.changelog.ChangeLog changeLog;
    private final WorkflowOutcomes outcomes;

    Comments(FieldCommentRepository comments, FilingService filings, Inbox inbox, Clock clock,
            com.cacfiling.web.changelog.ChangeLog changeLog, WorkflowOutcomes outcomes) {
        this.outcomes = outcomes;
        this.comments = comments;
        this.filings = filings;
        this.inbox = inbox;
        this.clock = clock;
        this.changeLog = changeLog;
    }

    @Transactional(readOnly = true)
    public List<FieldComment> of(UUID filingId, PortalUser user) {
        filings.get(filingId, user);
        return comments.findByFilingIdOrderByCreatedAtAsc(filingId);
    }

    /**
     * The comments of a filing opened for a page (through {@code FilingService}'s access check): none asked for when
     * its load counted none, as for most filings.
     */
    public List<FieldComment> of(FilingService.Opened opened) {
        return opened.comments() == 0 ? List.of() : comments.findByFilingIdOrderByCreatedAtAsc(opened.record().getId());
    }

    /**
     * Comments made on a table's row follow the row when a save moves it (a row above removed, a row moved up or
     * down); a comment on a removed row stays with its table, so it is still seen and answered, never on another row.
     */
    @EventListener
    @Transactional
    void rowsRenumbered(RowsRenumbered renumbered) {
        for (UUID filingId : renumbered.filingIds()) {
            for (FieldComment comment : comments.findByFilingIdOrderByCreatedAtAsc(filingId)) {
                String followed = followRows(comment.getFieldPath(), renumbered.rows());
                if (!followed.equals(comment.getFieldPath())) {
                    comment.moveTo(followed);
                }
            }
        }
    }

    /** Where a field's path is after the save: through its (innermost) row that moved, or to the removed row's table. */
    static String followRows(String path, RowChanges rows) {
        String removed = innermostRow(path, rows.removed());
        if (removed != null) {
            // The table's own path, itself perhaps inside a row that moved.
            return followRows(removed.substring(0, removed.lastIndexOf('[')), new RowChanges(rows.moved(), Set.of()));
        }
        String moved = innermostRow(path, rows.moved().keySet());
        return moved == null ? path : rows.moved().get(moved) + path.substring(moved.length());
    }

    private static String innermostRow(String path, Collection<String> rows) {
        String innermost = null;
        for (String row : rows) {
            boolean inside = path.equals(row) || path.startsWith(row + ".") || path.startsWith(row + "[");
            if (inside && (innermost == null || row.length() > innermost.length())) {
                innermost = row;
            }
        }
        return innermost;
    }

    /** @return whether the reply handed its thread to the consultant to confirm (the page says so) */
    @Transactional
    public boolean add(PortalUser user, UUID filingId, String fieldPath, UUID parentId, String body) {
        FilingRecord filing = filings.get(filingId, user);
        // A closed filing (approved, cancelled, withdrawn) takes answers in its threads, no new thread: nothing can be
        // changed in it any more.
        if (parentId == null && CLOSED.contains(filing.getStatus())) {
            throw new ForbiddenException();
        }
        // Nor does an archived company's filing: it is read, no longer worked on.
        com.cacfiling.web.filing.CompanyArchivedException.refuseIfArchived(filing.getCompany());
        String path = fieldPath;
        UUID threadId = null;
        boolean handedOver = false;
        if (parentId != null) {
            FieldComment parent = comments.findById(parentId).filter(c -> c.getFilingId().equals(filingId))
                    .orElseThrow(NotFoundException::new);
            path = parent.getFieldPath();
            threadId = parent.getParentId() != null ? parent.getParentId() : parent.getId();
            // A reply asks for more, so the thread is open again; but the company explaining what it did to a thread
            // it marked addressed is part of that answer, and the thread stays with the consultant to confirm.
            boolean company = !user.is(UserRole.CONSULTANT);
            if (!(parent.isAddressed() && company)) {
                parent.reopen();
            }
            // The company answering a question of the review hands the thread to the consultant to confirm, as
            // marking it addressed does (found in a walk: the resubmission asks to "change, reply or mark addressed",
            // and a reply left the thread waiting for the company).
            if (company && parent.isAwaitingCompany() && !REVIEW_ENDED.contains(filing.getStatus())) {
                parent.markAddressed(user.getUsername(), clock.instant());
                handedOver = true;
            }
        }
        FieldComment added = comments.save(new FieldComment(filingId, path, parentId, user.getUsername(), body.strip(),
                clock.instant()));
        changeLog.record(filing.getCompany().getId(), filingId, user.getUsername(),
                parentId != null ? "COMMENT_REPLY" : "COMMENT", path, null);
        // A reply says so (found in a walk: an officer's answer reached the consultant as "a new comment").
        inbox.notifyCompanyOfComment(filing.getCompany().getId(), filingId, user.id(),
                parentId != null ? "inbox.reply" : "inbox.comment", outcomes.inMessages(filing), added.getBody(),
                new com.cacfiling.web.inbox.Inbox.CommentRef(path, threadId != null ? threadId : added.getId()));
        return handedOver;
    }

    /**
     * Closes a thread. The consultant decides whether the company answered the review: only a consultant resolves,
     * apart from the author of a thread (an officer may close a question of their own).
     */
    @Transactional
    public void resolve(PortalUser user, UUID filingId, UUID commentId) {
        FieldComment comment = thread(user, filingId, commentId);
        if (!mayDecide(user, comment)) {
            throw new ForbiddenException();
        }
        if (comment.isResolved()) {
            return;
        }
        comment.resolve(user.getUsername(), clock.instant());
        // Logged as the other moves of a thread are (found in a walk: the audit log had the comment and its answers
        // but not who closed it).
        log(user, filingId, comment, "COMMENT_RESOLVED");
    }

    /** The company says it dealt with the comment; the consultant is told and confirms (resolves) or reopens it. */
    @Transactional
    public void markAddressed(PortalUser user, UUID filingId, UUID commentId) {
        FieldComment comment = thread(user, filingId, commentId);
        if (user.is(UserRole.CONSULTANT) || comment.isResolved()) {
            throw new ForbiddenException();
        }
        comment.markAddressed(user.getUsername(), clock.instant());
        logAndTell(user, filingId, comment, "COMMENT_ADDRESSED", "inbox.commentAddressed");
    }

    /** The consultant does not accept the answer (or a resolved thread needs more): it is open again. */
    @Transactional
    public void reopen(PortalUser user, UUID filingId, UUID commentId) {
        FieldComment comment = thread(user, filingId, commentId);
        if (!mayDecide(user, comment)) {
            throw new ForbiddenException();
        }
        if (comment.isAwaitingCompany()) {
            return;
        }
        comment.reopen();
        // A reopened thread is work for the company again: logged, and the company is told (found in a walk: the
        // officer learnt of it only from the step's count).
        logAndTell(user, filingId, comment, "COMMENT_REOPENED", "inbox.commentReopened");
    }

    /** A move of a thread in the filing's log, and a message at the thread to the others working on the company. */
    private void logAndTell(PortalUser user, UUID filingId, FieldComment thread, String action, String messageKey) {
        FilingRecord filing = log(user, filingId, thread, action);
        inbox.notifyCompanyOfComment(filing.getCompany().getId(), filingId, user.id(), messageKey,
                outcomes.inMessages(filing), null, new com.cacfiling.web.inbox.Inbox.CommentRef(thread.getFieldPath(),
                        thread.getId()));
    }

    /** A move of a thread in the filing's log, at the thread's field; returns the filing. */
    private FilingRecord log(PortalUser user, UUID filingId, FieldComment thread, String action) {
        FilingRecord filing = filings.get(filingId, user);
        changeLog.record(filing.getCompany().getId(), filingId, user.getUsername(), action, thread.getFieldPath(),
                null);
        return filing;
    }

    /**
     * The statuses in which the company can no longer change the filing for a comment (found ready, submitted, or
     * closed): nothing is asked of it about open comments.
     */
    public static final java.util.Set<com.cacfiling.domain.filing.FilingStatus> REVIEW_ENDED = java.util.Set.of(
            com.cacfiling.domain.filing.FilingStatus.READY, com.cacfiling.domain.filing.FilingStatus.SUBMITTED,
            com.cacfiling.domain.filing.FilingStatus.APPROVED, com.cacfiling.domain.filing.FilingStatus.CANCELLED,
            com.cacfiling.domain.filing.FilingStatus.WITHDRAWN);

    /** The statuses in which a filing's review is over for good. */
    public static final java.util.Set<com.cacfiling.domain.filing.FilingStatus> CLOSED = java.util.Set.of(
            com.cacfiling.domain.filing.FilingStatus.APPROVED, com.cacfiling.domain.filing.FilingStatus.CANCELLED,
            com.cacfiling.domain.filing.FilingStatus.WITHDRAWN);

    static boolean mayDecide(PortalUser user, FieldComment thread) {
        return user.is(UserRole.CONSULTANT) || thread.getAuthor().equals(user.getUsername());
    }

    private FieldComment thread(PortalUser user, UUID filingId, UUID commentId) {
        // An archived company's threads are read, no longer moved.
        com.cacfiling.web.filing.CompanyArchivedException.refuseIfArchived(filings.get(filingId, user).getCompany());
        return comments.findById(commentId).filter(c -> c.getFilingId().equals(filingId) && c.getParentId() == null)
                .orElseThrow(NotFoundException::new);
    }
}
