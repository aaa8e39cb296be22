package com.cacfiling.web.review;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.inbox.Inbox;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Field comments of a filing, for whoever may reach the filing. */
@Service
public class Comments {

    private final FieldCommentRepository comments;
    private final FilingService filings;
    private final Inbox inbox;
    private final Clock clock;
    private final com.cacfiling.web.history.ChangeLog changeLog;

    Comments(FieldCommentRepository comments, FilingService filings, Inbox inbox, Clock clock,
            com.cacfiling.web.history.ChangeLog changeLog) {
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

    /** The comments of a filing the caller has already loaded through an access check ({@code FilingService}). */
    @Transactional(readOnly = true)
    public List<FieldComment> ofChecked(FilingRecord checked) {
        return comments.findByFilingIdOrderByCreatedAtAsc(checked.getId());
    }

    @Transactional
    public void add(PortalUser user, UUID filingId, String fieldPath, UUID parentId, String body) {
        FilingRecord filing = filings.get(filingId, user);
        String path = fieldPath;
        if (parentId != null) {
            FieldComment parent = comments.findById(parentId).filter(c -> c.getFilingId().equals(filingId))
                    .orElseThrow(NotFoundException::new);
            path = parent.getFieldPath();
            parent.reopen();
        }
        comments.save(new FieldComment(filingId, path, parentId, user.getUsername(), body.strip(), clock.instant()));
        changeLog.record(filing.getCompany().getId(), filingId, user.getUsername(), "COMMENT", path, null);
        inbox.notifyCompany(filing.getCompany().getId(), filingId, user.id(), "inbox.comment",
                filing.getAlgorithm().getName());
    }

    @Transactional
    public void resolve(PortalUser user, UUID filingId, UUID commentId) {
        filings.get(filingId, user);
        comments.findById(commentId).filter(c -> c.getFilingId().equals(filingId))
                .orElseThrow(NotFoundException::new).resolve(user.getUsername(), clock.instant());
    }
}
