package com.cacfiling.web.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.triage.ApplicableObligation;
import com.cacfiling.domain.triage.Triage;
import com.cacfiling.domain.triage.TriageResult;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.filing.CompanyArchivedException;
import com.cacfiling.web.obligation.Obligations;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Services and their triage, each use checked against the companies the user may reach (officer: own company;
 * consultant: assigned companies; administrators none), like filings: anything else is 404.
 */
@Service
public class Services {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 1000;

    private static final String SELECT = """
            select s.id, s.company_id, c.name as company_name, c.name_en as company_name_en, s.name, s.description,
                   s.triage_version,
                   s.answers::text as answers, s.version, s.updated_at, s.updated_by
            from service s join company c on c.id = s.company_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CompanyAccess access;
    private final ChangeLog changeLog;
    private final Obligations obligations;
    private final Clock clock;

    Services(JdbcTemplate jdbc, CompanyAccess access, ChangeLog changeLog, Obligations obligations, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.access = access;
        this.changeLog = changeLog;
        this.obligations = obligations;
        this.clock = clock;
    }

    /** The services of the companies the user may reach, by company and name. */
    @Transactional(readOnly = true)
    public List<ServiceRow> visible(PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return named.query(SELECT + " where s.company_id in (:ids) order by c.name, s.name",
                new MapSqlParameterSource("ids", companyIds), (rs, i) -> row(rs));
    }

    /** The service if the user may reach it; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public ServiceRow get(UUID serviceId, PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        if (companyIds.isEmpty()) {
            throw new NotFoundException();
        }
        return named.query(SELECT + " where s.id = :id and s.company_id in (:ids)",
                new MapSqlParameterSource("id", serviceId).addValue("ids", companyIds), (rs, i) -> row(rs))
                .stream().findFirst().orElseThrow(NotFoundException::new);
    }

    @Transactional
    public UUID create(PortalUser user, UUID companyId, String name, String description) {
        access.check(user, companyId);
        Boolean archived = jdbc.queryForObject("select archived from company where id = ?", Boolean.class, companyId);
        if (Boolean.TRUE.equals(archived)) {
            throw new CompanyArchivedException();
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME
                || description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("service name blank or too long, or description too long");
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into service (id, company_id, name, description, answers, created_at, created_by, "
                + "updated_at, updated_by) values (?, ?, ?, ?, '{}'::jsonb, ?, ?, ?, ?)", id, companyId, name.strip(),
                description == null || description.isBlank() ? null : description.strip(), now, user.getUsername(),
                now, user.getUsername());
        changeLog.record(companyId, null, user.getUsername(), "SERVICE_CREATED", name.strip(), null);
        return id;
    }

    /**
     * Saves the answers (only those to questions asked, see {@link Triage#normalise}) based on the version the form
     * showed. Unchanged answers write nothing; a change is a new triage version, audited, and the obligations
     * register follows the result.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean saveAnswers(PortalUser user, UUID serviceId, long expectedVersion, Map<String, Boolean> answers) {
        ServiceRow service = get(serviceId, user);
        // An archived company's services are read, as its filings are.
        if (Boolean.TRUE.equals(jdbc.queryForObject("select archived from company where id = ?", Boolean.class,
                service.companyId()))) {
            throw new CompanyArchivedException();
        }
        jdbc.queryForList("select id from service where id = ? for update", serviceId);
        long current = jdbc.queryForObject("select version from service where id = ?", Long.class, serviceId);
        if (current != expectedVersion) {
            throw new EditConflictException(serviceId);
        }
        Triage triage = Triage.current();
        Map<String, Boolean> kept = triage.normalise(answers);
        if (kept.equals(service.answers()) && triage.version().equals(service.triageVersion())) {
            return false;
        }
        TriageResult result = triage.evaluate(kept);
        Timestamp now = Timestamp.from(clock.instant());
        String answersJson = DomainJson.write(kept);
        jdbc.update("update service set answers = cast(? as jsonb), triage_version = ?, version = version + 1, "
                + "updated_at = ?, updated_by = ? where id = ?", answersJson, triage.version(), now,
                user.getUsername(), serviceId);
        jdbc.update("insert into service_triage_version (service_id, triage_version, answers, obligations, actor, at) "
                + "values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)", serviceId, triage.version(), answersJson,
                DomainJson.write(result.obligations()), user.getUsername(), now);
        // A questionnaire not answered to its end has found nothing yet: "-" rather than "0 obligations".
        changeLog.record(service.companyId(), null, user.getUsername(), "TRIAGE_SAVED",
                service.name() + " · " + (result.complete() ? String.valueOf(result.obligations().size()) : "-"), null);
        if (result.complete()) {
            obligations.follow(service.companyId(), serviceId, result, user.getUsername());
        }
        return true;
    }

    /**
     * Demo data only: a service of a company with its answers, as if its officer had created and triaged it (no
     * access check: there is no signed-in user at start-up).
     */
    @Transactional
    void seed(UUID companyId, String name, String description, Map<String, Boolean> answers, String actor) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        Triage triage = Triage.current();
        Map<String, Boolean> kept = triage.normalise(answers);
        TriageResult result = triage.evaluate(kept);
        String answersJson = DomainJson.write(kept);
        jdbc.update("insert into service (id, company_id, name, description, answers, triage_version, version, "
                + "created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, cast(? as jsonb), ?, 1, ?, ?, ?, ?)",
                id, companyId, name, description, answersJson, triage.version(), now, actor, now, actor);
        jdbc.update("insert into service_triage_version (service_id, triage_version, answers, obligations, actor, at) "
                + "values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)", id, triage.version(), answersJson,
                DomainJson.write(result.obligations()), actor, now);
        changeLog.record(companyId, null, actor, "TRIAGE_SAVED", name + " · " + result.obligations().size(), null);
        obligations.follow(companyId, id, result, actor);
    }

    /** The result of the service's current answers. */
    /** The algorithm filings started from the service's result (V104): its own, ahead of the company's others. */
    public java.util.Set<UUID> filingsOf(UUID serviceId) {
        return java.util.Set.copyOf(jdbc.queryForList("select filing_id from service_filing where service_id = ?",
                UUID.class, serviceId));
    }

    /** The algorithm filings started for the company's other services: theirs, not this one's to open. */
    public java.util.Set<UUID> filingsOfOtherServices(UUID serviceId, UUID companyId) {
        return java.util.Set.copyOf(jdbc.queryForList("select sf.filing_id from service_filing sf join service s "
                + "on s.id = sf.service_id where s.company_id = ? and sf.service_id <> ?", UUID.class, companyId,
                serviceId));
    }

    public static TriageResult resultOf(ServiceRow service) {
        return Triage.current().evaluate(service.answers());
    }

    /** Every saved set of answers, newest first. */
    @Transactional(readOnly = true)
    public List<TriageVersion> versions(UUID serviceId, PortalUser user) {
        get(serviceId, user);
        return jdbc.query("select id, triage_version, answers::text as answers, obligations::text as obligations, "
                + "actor, at from service_triage_version where service_id = ? order by id desc", (rs, i) ->
                new TriageVersion(rs.getLong("id"), rs.getString("triage_version"), answers(rs.getString("answers")),
                        List.of(DomainJson.read(rs.getString("obligations"), ApplicableObligation[].class)),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant()), serviceId);
    }

    static Map<String, Boolean> answers(String json) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        JsonNode tree = DomainJson.readTree(json);
        for (var entry : tree.properties()) {
            if (entry.getValue().isBoolean()) {
                answers.put(entry.getKey(), entry.getValue().booleanValue());
            }
        }
        return answers;
    }

    private static ServiceRow row(ResultSet rs) throws SQLException {
        return new ServiceRow(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("company_name_en"), rs.getString("name"),
                rs.getString("description"),
                rs.getString("triage_version"), answers(rs.getString("answers")), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
