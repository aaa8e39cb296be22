package com.cacfiling.web.securityassessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.domain.triage.ObligationKind;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.securityassessment.SecurityAssessmentChecks;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.filing.CompanyArchivedException;
import com.cacfiling.web.inbox.ServiceReportEditedByConsultant;
import com.cacfiling.web.obligation.ObligationWorkDone;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.triage.ServiceRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and saves a service's security assessment. A save based on an older version than the stored one is refused
 * (never a silent overwrite); a save that changes nothing writes nothing. Readers outside the service's company see
 * resident ID numbers written into the texts masked, and their save keeps the numbers the masks stand for.
 */
@Service
public class SecurityAssessments implements com.cacfiling.web.triage.ObligationWorkStatus {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcTemplate jdbc;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecurityAssessments(JdbcTemplate jdbc, ChangeLog changeLog, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.events = events;
        this.clock = clock;
    }

    /** The stored report, its version and its round; an empty one at version 0 before the first save. */
    public record Stored(SecurityAssessment assessment, long version, int round, Instant updatedAt,
            String updatedBy) {

        public boolean saved() {
            return version > 0;
        }
    }

    @Transactional(readOnly = true)
    public Stored load(UUID serviceId) {
        return jdbc.query("select answers::text, version, round, updated_at, updated_by from security_assessment"
                + " where service_id = ?", (rs, i) -> new Stored(read(rs.getString(1)), rs.getLong(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)), serviceId)
                .stream().findFirst().orElseGet(() -> new Stored(SecurityAssessment.empty(), 0, 1, null, null));
    }

    /** The report as this reader may see it: ID numbers in its texts masked for readers outside the company. */
    public static SecurityAssessment seenBy(PortalUser user, ServiceRow service, SecurityAssessment assessment) {
        return user.worksFor(service.companyId()) ? assessment : assessment.withTexts(ResidentIdNumber::maskedIn);
    }

    public List<Finding> findings(SecurityAssessment assessment) {
        return SecurityAssessmentChecks.check(assessment, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a save did: saved as posted, merged with what someone saved since, or nothing to change. */
    public enum Outcome {
        SAVED, MERGED, UNCHANGED
    }

    /** A save's outcome and, merged, who saved the version it was merged with (a user name). */
    public record Saved(Outcome outcome, String mergedWith) {

        static final Saved UNCHANGED = new Saved(Outcome.UNCHANGED, null);
    }

    /**
     * A save based on an older version that changes a field someone else changed since: nothing is saved. {@code merged}
     * is the report with both people's changes, this person's in the fields in {@code conflicts} (named on the page
     * with what the other saved), to be confirmed against {@code version}.
     */
    public static final class MergeConflict extends RuntimeException {

        private final transient SecurityAssessment merged;
        private final List<String> conflicts;
        private final transient SecurityAssessment theirs;
        private final long version;
        private final String by;

        MergeConflict(SecurityAssessment merged, List<String> conflicts, SecurityAssessment theirs, long version,
                String by) {
            super("Fields changed by two people: " + conflicts);
            this.merged = merged;
            this.conflicts = conflicts;
            this.theirs = theirs;
            this.version = version;
            this.by = by;
        }

        /** Who saved the version in the way (a user name). */
        public String by() {
            return by;
        }

        public SecurityAssessment merged() {
            return merged;
        }

        public List<String> conflicts() {
            return conflicts;
        }

        public SecurityAssessment theirs() {
            return theirs;
        }

        public long version() {
            return version;
        }
    }

    /**
     * Saves the report posted against {@code expectedVersion}. Based on an older version of the same round, the changes
     * are merged field by field with what was saved since when {@code mergeIfStale} (the page); a field both changed
     * refuses the save ({@link MergeConflict}). The API's If-Match asks for no merge: stale is refused.
     *
     * @throws EditConflictException when stale and not merged: no merge asked, the version opened is not kept, or a
     *                               new round began since
     */
    @Transactional
    public Saved save(PortalUser user, ServiceRow service, long expectedVersion, SecurityAssessment posted,
            boolean mergeIfStale) {
        if (isArchived(service)) {
            throw new CompanyArchivedException();
        }
        Stored stored = load(service.id());
        Kept opened = stored.version() == expectedVersion ? new Kept(stored.assessment(), stored.round())
                : kept(service.id(), expectedVersion);
        // Masked texts stand for those of the version the page showed (found in a review: restored against a later
        // version, a number changed meanwhile was lost).
        SecurityAssessment assessment = user.worksFor(service.companyId()) ? posted
                : posted.withTextsFrom(opened != null ? opened.assessment() : stored.assessment(),
                        PersonalData::textAsStored);
        if (!stored.saved() && assessment.equals(SecurityAssessment.empty())) {
            return Saved.UNCHANGED; // a blank page saved as it came: no report yet, no obligation in work
        }
        if (stored.saved() && stored.assessment().equals(assessment)) {
            return Saved.UNCHANGED; // nothing to change, whoever saved last
        }
        boolean merged = false;
        if (stored.version() != expectedVersion) {
            if (!mergeIfStale || opened == null || opened.round() != stored.round()) {
                throw new EditConflictException(service.id());
            }
            ReportMerge.Result merge = ReportMerge.of(opened.assessment(), assessment, stored.assessment());
            if (!merge.conflicts().isEmpty()) {
                throw new MergeConflict(merge.merged(), merge.conflicts(), stored.assessment(), stored.version(),
                        stored.updatedBy());
            }
            assessment = merge.merged();
            if (stored.assessment().equals(assessment)) {
                return Saved.UNCHANGED;
            }
            expectedVersion = stored.version();
            merged = true;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String json = JSON.writeValueAsString(assessment);
        if (!stored.saved()) {
            try {
                jdbc.update("insert into security_assessment (service_id, company_id, answers, version, updated_at,"
                        + " updated_by) values (?, ?, cast(? as jsonb), 1, ?, ?)", service.id(), service.companyId(),
                        json, now, user.getUsername());
            }
            catch (DuplicateKeyException raced) {
                throw new EditConflictException(service.id());
            }
        }
        else if (jdbc.update("update security_assessment set answers = cast(? as jsonb), version = version + 1,"
                + " updated_at = ?, updated_by = ? where service_id = ? and version = ?", json, now,
                user.getUsername(), service.id(), expectedVersion) == 0) {
            throw new EditConflictException(service.id());
        }
        keep(service.id(), expectedVersion + 1, stored.round(), json);
        changeLog.record(service.companyId(), null, user.getUsername(), "SECURITY_ASSESSMENT_SAVED", service.name(),
                null);
        if (user.isConsultant()) {
            // The officers submit the report: a consultant's change is theirs to know of.
            events.publishEvent(new ServiceReportEditedByConsultant(service.companyId(), service.id(), user.id(),
                    service.name()));
        }
        // Submitted with nothing missing: the obligation is met. A submitted report made incomplete again takes it
        // back into work (found in a walk: the register still said done). Otherwise it is in work.
        ObligationWorkDone.Progress progress = isSubmittedComplete(assessment) ? ObligationWorkDone.Progress.FULFILLED
                : stored.saved() && isSubmittedComplete(stored.assessment()) ? ObligationWorkDone.Progress.STARTED_AGAIN
                : ObligationWorkDone.Progress.IN_WORK;
        events.publishEvent(new ObligationWorkDone(service.companyId(), service.id(), service.name(),
                ObligationKind.SECURITY_ASSESSMENT, progress, user.getUsername()));
        return merged ? new Saved(Outcome.MERGED, stored.updatedBy()) : new Saved(Outcome.SAVED, null);
    }

    /** A saved version of the current report and its round. */
    private record Kept(SecurityAssessment assessment, int round) {
    }

    /** The version as saved; the empty report of round 1 for version 0; null when not kept. */
    private Kept kept(UUID serviceId, long version) {
        if (version == 0) {
            return new Kept(SecurityAssessment.empty(), 1);
        }
        return jdbc.query("select answers::text, round from security_assessment_version where service_id = ? and"
                + " version = ?", (rs, i) -> new Kept(read(rs.getString(1)), rs.getInt(2)), serviceId, version)
                .stream().findFirst().orElse(null);
    }

    private void keep(UUID serviceId, long version, int round, String json) {
        jdbc.update("insert into security_assessment_version (service_id, version, round, answers) values (?, ?, ?,"
                + " cast(? as jsonb))", serviceId, version, round, json);
    }

    /** Whether a page opened at {@code version} can still be merged: that version is kept, in the current round. */
    @Transactional(readOnly = true)
    public boolean canMergeFrom(UUID serviceId, long version) {
        Kept opened = kept(serviceId, version);
        return opened != null && opened.round() == load(serviceId).round();
    }

    /** Complete and recorded as submitted: what meets the obligation, and what a new round starts from. */
    public boolean isSubmittedComplete(SecurityAssessment assessment) {
        return assessment.recordedAsSubmitted() && findings(assessment).stream().noneMatch(Finding::isError);
    }

    /** An earlier round's report as it was when the next round began. */
    public record Round(int number, SecurityAssessment assessment, Instant closedAt, String closedBy) {
    }

    /** The earlier rounds, latest first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(UUID serviceId) {
        return jdbc.query("select round, answers::text, closed_at, closed_by from security_assessment_round"
                + " where service_id = ? order by round desc", (rs, i) -> new Round(rs.getInt(1), read(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)), serviceId);
    }

    /**
     * Starts the next round of a submitted, complete report (Art. 3's cases recur: a new function, user growth, a
     * notice): the report is kept as its round, and the current one keeps the facts and measures as the starting
     * point while why, when, the conclusion and the submission are asked again. The obligation goes back into work.
     *
     * @return false when the report is not submitted and complete (nothing changes)
     * @throws EditConflictException when someone else saved it since that version
     */
    @Transactional
    public boolean startNewRound(PortalUser user, ServiceRow service, long expectedVersion) {
        if (isArchived(service)) {
            throw new CompanyArchivedException();
        }
        Stored stored = load(service.id());
        if (stored.version() != expectedVersion) {
            throw new EditConflictException(service.id());
        }
        if (!isSubmittedComplete(stored.assessment())) {
            return false;
        }
        SecurityAssessment a = stored.assessment();
        // The facts and measures carry over; a remedy of a measure now in place, and the other matters of the last
        // round, do not (found in a walk: they read as this round's).
        Map<SecurityMeasure, MeasureAnswer> measures = new EnumMap<>(SecurityMeasure.class);
        a.measures().forEach((measure, answer) -> measures.put(measure, new MeasureAnswer(answer.state(),
                answer.situation(), answer.state() != null && answer.state().needsRemedy() ? answer.remedy() : null)));
        SecurityAssessment next = new SecurityAssessment(a.functions(), a.facilities(), a.deployment(), a.licences(),
                null, a.assessor(), a.thirdParty(), null, measures, null, null, null, null, null);
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("insert into security_assessment_round (service_id, round, answers, closed_at, closed_by)"
                    + " select service_id, round, answers, ?, ? from security_assessment where service_id = ?", now,
                    user.getUsername(), service.id());
        }
        catch (DuplicateKeyException twice) {
            throw new EditConflictException(service.id()); // two people started the next round at once
        }
        if (jdbc.update("update security_assessment set answers = cast(? as jsonb), version = version + 1,"
                + " round = round + 1, updated_at = ?, updated_by = ? where service_id = ? and version = ?",
                JSON.writeValueAsString(next), now, user.getUsername(), service.id(), expectedVersion) == 0) {
            throw new EditConflictException(service.id());
        }
        keep(service.id(), expectedVersion + 1, stored.round() + 1, JSON.writeValueAsString(next));
        changeLog.record(service.companyId(), null, user.getUsername(), "SECURITY_ASSESSMENT_NEW_ROUND",
                service.name(), null);
        events.publishEvent(new ObligationWorkDone(service.companyId(), service.id(), service.name(),
                ObligationKind.SECURITY_ASSESSMENT, ObligationWorkDone.Progress.STARTED_AGAIN, user.getUsername()));
        return true;
    }

    @Override
    public ObligationKind kind() {
        return ObligationKind.SECURITY_ASSESSMENT;
    }

    /** Items open, complete, or submitted and complete. */
    @Override
    public String statusKey(UUID serviceId) {
        Stored stored = load(serviceId);
        if (!stored.saved()) {
            return null;
        }
        if (isSubmittedComplete(stored.assessment())) {
            return "securityAssessment.badge.submitted";
        }
        return findings(stored.assessment()).stream().anyMatch(Finding::isError) ? "securityAssessment.badge.open"
                : "securityAssessment.badge.ready";
    }

    /** An archived company's reports stay readable and downloadable, and are no longer changed. */
    public boolean isArchived(ServiceRow service) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select archived from company where id = ?", Boolean.class,
                service.companyId()));
    }

    private static SecurityAssessment read(String json) {
        return JSON.readValue(json, SecurityAssessment.class);
    }
}
