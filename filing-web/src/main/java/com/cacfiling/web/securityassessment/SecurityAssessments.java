package com.cacfiling.web.securityassessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.triage.ObligationKind;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.securityassessment.SecurityAssessmentChecks;
import com.cacfiling.web.changelog.ChangeLog;
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
public class SecurityAssessments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** The stored report and its version; an empty one at version 0 before the first save. */
    public record Stored(SecurityAssessment assessment, long version, Instant updatedAt, String updatedBy) {

        public boolean saved() {
            return version > 0;
        }
    }

    @Transactional(readOnly = true)
    public Stored load(UUID serviceId) {
        return jdbc.query("select answers::text, version, updated_at, updated_by from security_assessment"
                + " where service_id = ?", (rs, i) -> new Stored(read(rs.getString(1)), rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)), serviceId)
                .stream().findFirst().orElseGet(() -> new Stored(SecurityAssessment.empty(), 0, null, null));
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

    /**
     * Saves the report posted against {@code expectedVersion}.
     *
     * @return whether anything changed
     * @throws EditConflictException when someone else saved it since that version
     */
    @Transactional
    public boolean save(PortalUser user, ServiceRow service, long expectedVersion, SecurityAssessment posted) {
        if (isArchived(service)) {
            throw new com.cacfiling.web.filing.CompanyArchivedException();
        }
        Stored stored = load(service.id());
        SecurityAssessment assessment = user.worksFor(service.companyId()) ? posted
                : posted.withTextsFrom(stored.assessment(), PersonalData::textAsStored);
        if (stored.saved() && stored.assessment().equals(assessment)) {
            return false; // nothing to change, whoever saved last
        }
        if (stored.version() != expectedVersion) {
            throw new EditConflictException(service.id());
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
        changeLog.record(service.companyId(), null, user.getUsername(), "SECURITY_ASSESSMENT_SAVED", service.name(),
                null);
        // Submitted with nothing missing: the obligation is met. Otherwise it is in work.
        boolean fulfilled = assessment.isSubmitted() && findings(assessment).stream().noneMatch(Finding::isError);
        events.publishEvent(new ObligationWorkDone(service.companyId(), service.id(), service.name(),
                ObligationKind.SECURITY_ASSESSMENT, fulfilled, user.getUsername()));
        return true;
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
