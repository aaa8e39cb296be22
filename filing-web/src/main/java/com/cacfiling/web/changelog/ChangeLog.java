package com.cacfiling.web.changelog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.web.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The append-only record of changes: the audit log, and with snapshots the versions of each filing. */
@Service
public class ChangeLog {

    /**
     * The request attribute naming the API token a request was authenticated with (set by the token's filter): its
     * changes are logged as made through the API with that token.
     */
    public static final String API_TOKEN = ChangeLog.class.getName() + ".apiToken";

    /**
     * One entry; {@code hasSnapshot} marks a version of the filing's content, {@code filingRole} tells the two filings
     * of a dual-role pair apart (a save of their shared algorithm is an entry in each: found in a walk, they read as
     * the same entry twice).
     */
    public record Entry(long id, UUID companyId, String companyName, String companyNameEn, UUID filingId,
            String algorithmName, String filingRole, String actor, String clientAddress, Instant at, String action,
            String detail, boolean hasSnapshot, String apiToken, UUID modelFilingId) {

        /** The same entry with another detail (a part of the stored one). */
        public Entry withDetail(String changed) {
            return new Entry(id, companyId, companyName, companyNameEn, filingId, algorithmName, filingRole, actor,
                    clientAddress, at, action, changed, hasSnapshot, apiToken, modelFilingId);
        }

        /** The company's name as a page in {@code locale} shows it. */
        public String companyDisplayName(java.util.Locale locale) {
            return com.cacfiling.web.company.CompanyNames.shown(companyName, companyNameEn, locale);
        }
    }

    /**
     * Separates an entry's detail from the role of the filing it was made in, when a dual-role pair's shared
     * algorithm was changed through the other filing: {@code <detail>MADE_IN<ROLE>}.
     */
    public static final String MADE_IN = "\u001Fmade-in:";

    /**
     * A large-model registration's creation and saves were logged as a filing's before they had their own actions;
     * the log is append-only, so such an entry is read as what it was, by the registration's route.
     */
    private static final String SELECT = """
            select l.id, l.company_id, c.name as company_name, c.name_en as company_name_en, l.filing_id,
                   coalesce(l.algorithm_name, a.name) as algorithm_name,
                   f.role as filing_role, l.actor, l.client_address, l.at,
                   case when l.action = 'MODEL_FILING_CREATED' and mf.route = 'REGISTRATION'
                        then 'MODEL_REGISTRATION_CREATED'
                        when l.action = 'MODEL_FILING_SAVED' and mf.route = 'REGISTRATION'
                        then 'MODEL_REGISTRATION_SAVED' else l.action end as action,
                   l.detail, l.snapshot is not null as has_snapshot, l.api_token, l.model_filing_id, mf.route as model_route,
                   mf.content #>> '{model,basics,modelName}' as model_name,
                   mf.content #>> '{model,basics,serviceName}' as model_service_name
            from change_log l left join company c on c.id = l.company_id
            left join filing f on f.id = l.filing_id left join algorithm a on a.id = f.algorithm_id
            left join model_filing mf on mf.id = l.model_filing_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    private final PersonalDataCipher cipher;

    ChangeLog(JdbcTemplate jdbc, Clock clock, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /**
     * @param snapshot the dossier as it now is when the entry is a version of the filing: kept as its JSON with the
     *                 resident ID numbers encrypted, like the company's own
     */
    public void record(UUID companyId, UUID filingId, String actor, String action, String detail,
            Dossier snapshot) {
        record(companyId, filingId, actor, action, detail, snapshot, null);
    }

    /**
     * {@link #record(UUID, UUID, String, String, String, Dossier)}, with the snapshot's algorithm profile as stored
     * ({@code storedProfileJson}: the text the snapshot's profile was read from), which the version keeps as it is.
     */
    public void record(UUID companyId, UUID filingId, String actor, String action, String detail,
            Dossier snapshot, String storedProfileJson) {
        // The algorithm's name as it is now, kept with the entry (renamed later, the entry still says what it was).
        jdbc.update("insert into change_log (company_id, filing_id, actor, client_address, at, action, detail,"
                + " snapshot, api_token, algorithm_name) values (?, ?, ?, ?, ?, ?, ?, cast(? as json), ?, (select a.name"
                + " from filing f join algorithm a on a.id = f.algorithm_id where f.id = ?))", companyId, filingId,
                actor, clientAddress(), Timestamp.from(clock.instant()), action,
                detail == null ? null : truncate(detail), snapshot == null ? null : cipher.sealedDossierJson(snapshot, storedProfileJson),
                apiToken(), filingId);
    }

    /** An administration or sign-in event; {@code companyId} only when it concerns one company. */
    public void record(AuditEvent event, java.util.UUID companyId, String actor, String detail) {
        record(companyId, null, truncateActor(actor), event.name(), detail, null);
    }

    /**
     * The same event for each of the companies, an entry each as {@link #record(AuditEvent, UUID, String, String)}
     * writes it, in one statement (a consultant given 1,000 clients at once: 1,000 inserts were 1,000 round trips).
     */
    public void recordEach(AuditEvent event, Collection<UUID> companyIds, String actor, String detail) {
        if (companyIds.isEmpty()) {
            return;
        }
        jdbc.update("insert into change_log (company_id, actor, client_address, at, action, detail, api_token)"
                + " select company_id, ?, ?, ?, ?, ?, ? from unnest(cast(? as uuid[])) as company_id",
                truncateActor(actor), clientAddress(), Timestamp.from(clock.instant()), event.name(),
                detail == null ? null : truncate(detail), apiToken(), companyIds.toArray(new UUID[0]));
    }

    public List<Entry> versions(UUID filingId) {
        return jdbc.query(SELECT + " where l.filing_id = ? and l.snapshot is not null order by l.id desc",
                (rs, i) -> entry(rs), filingId);
    }

    public String snapshot(UUID filingId, long entryId) {
        List<String> found = jdbc.queryForList("select snapshot::text from change_log where id = ? and filing_id = ?",
                String.class, entryId, filingId);
        return found.isEmpty() ? null : cipher.openDossier(found.get(0));
    }

    /** Audit entries of the given companies (all companies when null), newest first. */
    public List<Entry> audit(Collection<UUID> companyIds, UUID companyId, int limit, int offset) {
        return audit(companyIds, new AuditFilter(companyId, null, AuditKind.ALL), limit, offset);
    }

    /** What the audit log shows: every entry, those about no filing (users, access, companies), or filings'. */
    public enum AuditKind {
        ALL, ACCOUNTS, FILINGS
    }

    /** The audit log's filters: a company, who made the entries (part of a sign-in name or full name), which kind. */
    public record AuditFilter(UUID companyId, String actor, AuditKind kind) {

        public AuditFilter {
            actor = actor == null || actor.isBlank() ? null : actor.strip();
            kind = kind == null ? AuditKind.ALL : kind;
        }
    }

    /** The entries the filter keeps, newest first; {@code companyIds}: the reader's companies, null for all. */
    public List<Entry> audit(Collection<UUID> companyIds, AuditFilter filter, int limit, int offset) {
        UUID companyId = filter.companyId();
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        StringBuilder where = new StringBuilder(" where true");
        if (filter.actor() != null) {
            // Part of the user name or of the person's name (found in a re-check: "张敏" and "officer" found nothing).
            where.append(" and (lower(l.actor) like :actor escape '\\' or l.actor in (select u.username from"
                    + " app_user u where lower(u.display_name) like :actor escape '\\'))");
            params.addValue("actor", com.cacfiling.web.system.ListQuery.like(filter.actor()));
        }
        switch (filter.kind()) {
            case ACCOUNTS -> where.append(" and l.filing_id is null and l.model_filing_id is null");
            case FILINGS -> where.append(" and (l.filing_id is not null or l.model_filing_id is not null)");
            case ALL -> {
            }
        }
        if (companyIds != null) {
            if (companyIds.isEmpty()) {
                return List.of();
            }
            where.append(" and l.company_id in (:companyIds)");
            params.addValue("companyIds", companyIds);
        }
        if (companyId != null) {
            where.append(" and l.company_id = :companyId");
            params.addValue("companyId", companyId);
        }
        return named.query(SELECT + where + " order by l.id desc limit :limit offset :offset", params,
                (rs, i) -> entry(rs));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        // A large-model filing's entries name it as its lists do (found in a walk: the column was empty for them).
        String route = rs.getString("model_route");
        String name = rs.getString("algorithm_name") != null || route == null ? rs.getString("algorithm_name")
                : com.cacfiling.domain.largemodel.ModelFilingForm.name(
                        com.cacfiling.domain.largemodel.ModelFilingRoute.valueOf(route), rs.getString("model_name"),
                        rs.getString("model_service_name"));
        return new Entry(rs.getLong("id"), rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getString("company_name_en"), rs.getObject("filing_id", UUID.class), name,
                rs.getString("filing_role"), rs.getString("actor"),
                rs.getString("client_address"), rs.getTimestamp("at").toInstant(), rs.getString("action"),
                rs.getString("detail"), rs.getBoolean("has_snapshot"), rs.getString("api_token"),
                rs.getObject("model_filing_id", UUID.class));
    }

    /** The name of the API token the current request came with; null for a browser's request or none. */
    private static String apiToken() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(API_TOKEN) instanceof String name) {
            return name.length() > 100 ? name.substring(0, 100) : name;
        }
        return null;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncateActor(String actor) {
        String value = actor == null ? "" : actor;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }

    private static String truncate(String detail) {
        return detail.length() > 300 ? detail.substring(0, 300) : detail;
    }
}
