package com.cacfiling.web.obligation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.domain.triage.ApplicableObligation;
import com.cacfiling.domain.triage.Evidence;
import com.cacfiling.domain.triage.ObligationKind;
import com.cacfiling.domain.triage.TriageResult;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's rows: written from the triage, edited by people, each access checked like filings. */
@Service
public class Obligations {

    public static final int PAGE_SIZE = 25;
    public static final int MAX_LINK = 500;
    public static final int MAX_NOTE = 1000;

    private static final String SELECT = """
            select o.id, o.company_id, c.name as company_name, c.name_en as company_name_en, o.service_id,
                   s.name as service_name, o.kind, o.detail,
                   o.basis, o.evidence_level, o.applies, o.status, o.owner_id, u.display_name as owner_name,
                   (u.enabled and (u.company_id = o.company_id or exists (select 1 from consultant_assignment a
                        where a.consultant_id = u.id and a.company_id = o.company_id))) as owner_active,
                   o.evidence_link, o.note, o.next_review, o.version, o.updated_at,
                   coalesce(changer.display_name, o.updated_by) as updated_by""";

    // Who changed it last by name, as everywhere else (the sign-in name was shown), the sign-in name if none is set.
    private static final String FROM = " from obligation o join company c on c.id = o.company_id"
            + " join service s on s.id = o.service_id left join app_user u on u.id = o.owner_id"
            + " left join app_user changer on lower(changer.username) = lower(o.updated_by)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CompanyAccess access;
    private final ChangeLog changeLog;
    private final Clock clock;

    Obligations(JdbcTemplate jdbc, CompanyAccess access, ChangeLog changeLog, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.access = access;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Makes the register follow a complete triage result: a new obligation is added as open; one that applies
     * again is reopened if it had been withdrawn; one the result no longer names is marked as no longer applying
     * (its owner, evidence and history stay). Basis and evidence strength follow the result. The caller has checked
     * access to the service.
     */
    @Transactional
    public void follow(UUID companyId, UUID serviceId, TriageResult result, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        List<String> found = new ArrayList<>();
        for (ApplicableObligation obligation : result.obligations()) {
            found.add(obligation.kind().name());
            int updated = jdbc.update("update obligation set detail = ?, basis = ?, evidence_level = ?, applies = true, "
                    + "version = version + case when applies and detail is not distinct from ? and basis = ? "
                    + "and evidence_level = ? then 0 else 1 end, updated_at = ?, updated_by = ? "
                    + "where service_id = ? and kind = ?", obligation.detail(), obligation.basis(),
                    obligation.evidence().name(), obligation.detail(), obligation.basis(), obligation.evidence().name(),
                    now, actor, serviceId, obligation.kind().name());
            if (updated == 0) {
                jdbc.update("insert into obligation (id, company_id, service_id, kind, detail, basis, evidence_level, "
                        + "applies, status, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, true, "
                        + "'OPEN', ?, ?, ?)", UUID.randomUUID(), companyId, serviceId, obligation.kind().name(),
                        obligation.detail(), obligation.basis(), obligation.evidence().name(), now, now, actor);
            }
        }
        named.update("update obligation set applies = false, version = version + 1, updated_at = :now, "
                + "updated_by = :actor where service_id = :service and applies"
                + (found.isEmpty() ? "" : " and kind not in (:found)"),
                new MapSqlParameterSource("now", now).addValue("actor", actor).addValue("service", serviceId)
                        .addValue("found", found.isEmpty() ? List.of("-") : found));
    }

    /** A page of the register and the number of rows in all pages. */
    public record Page(List<ObligationRow> rows, long total, int number, int size) {

        public int totalPages() {
            return (int) ((total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < totalPages();
        }
    }

    /**
     * One query for the page and the total (a window count): rows of the reachable companies only, open ones by
     * default, soonest review first. The partial index obligation_open_idx serves the default view.
     */
    @Transactional(readOnly = true)
    public Page page(PortalUser user, ObligationFilter filter, int size) {
        List<UUID> companyIds = access.companyIds(user);
        int number = com.cacfiling.web.system.Paging.clamp(filter.getPage(), size);
        if (companyIds.isEmpty()) {
            return new Page(List.of(), 0, number, size);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", companyIds).addValue("limit", size)
                .addValue("offset", number * size);
        StringBuilder where = new StringBuilder(" where o.company_id in (:ids)");
        if (filter.openOnly()) {
            where.append(" and o.applies and o.status in ('OPEN', 'IN_PROGRESS')");
        }
        if (filter.getCompanyId() != null) {
            where.append(" and o.company_id = :company");
            params.addValue("company", filter.getCompanyId());
        }
        if (filter.getCompany() != null) {
            where.append(" and (c.name ilike :companyName escape '\\'"
                    + " or c.name_en ilike :companyName escape '\\')");
            params.addValue("companyName", "%" + filter.getCompany().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.getServiceId() != null) {
            where.append(" and o.service_id = :service");
            params.addValue("service", filter.getServiceId());
        }
        long[] total = {0};
        List<ObligationRow> rows = named.query(SELECT + ", count(*) over () as total" + FROM + where
                + " order by o.next_review nulls last, c.name, s.name, o.kind, o.id limit :limit offset :offset",
                params, (rs, i) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                });
        if (rows.isEmpty() && number > 0) {
            Long count = named.queryForObject("select count(*)" + FROM + where, params, Long.class);
            total[0] = count == null ? 0 : count;
        }
        return new Page(rows, total[0], number, size);
    }

    /**
     * An algorithm filing started for a service (V104), with what the filings list says of its deadline: the register
     * shows it beside the service's obligation to file (found in a walk: an overdue filing's obligation read "review
     * date not set", nothing due).
     */
    public record ServiceFiling(UUID serviceId, UUID filingId, String algorithmName,
            FilingRole role, FilingStatus status,
            LocalDate dueDate) {

        /** Whether this filing is the one the obligation asks for: the provider's or the supporter's. */
        public boolean fulfils(ObligationKind kind) {
            return kind == ObligationKind.ALGORITHM_FILING_PROVIDER
                    && role == FilingRole.SERVICE_PROVIDER
                    || kind == ObligationKind.ALGORITHM_FILING_SUPPORTER
                    && role == FilingRole.TECHNICAL_SUPPORTER;
        }

        public boolean overdue(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today);
        }

        public long workingDaysLate(LocalDate today) {
            return com.cacfiling.rules.calendar.WorkingCalendar.official().workingDaysBetween(dueDate, today);
        }
    }

    /** The filings started for the register's services. */
    public record ServiceFilings(Map<UUID, List<ServiceFiling>> byService) {

        /** The filings that answer the obligation: its service's, in the role it asks for. */
        public List<ServiceFiling> of(ObligationRow obligation) {
            return byService.getOrDefault(obligation.serviceId(), List.of()).stream()
                    .filter(filing -> filing.fulfils(obligation.kind())).toList();
        }
    }

    /** The algorithm filings started for the services, by service, in the order they were created. */
    @Transactional(readOnly = true)
    public ServiceFilings filingsOf(java.util.Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return new ServiceFilings(Map.of());
        }
        Map<UUID, List<ServiceFiling>> byService = new java.util.HashMap<>();
        named.query("select sf.service_id, f.id, a.name, f.role, f.status, f.due_date from service_filing sf "
                + "join filing f on f.id = sf.filing_id join algorithm a on a.id = f.algorithm_id "
                + "where sf.service_id in (:ids) order by f.created_at, f.id",
                new MapSqlParameterSource("ids", java.util.Set.copyOf(serviceIds)), rs -> {
                    java.sql.Date due = rs.getDate("due_date");
                    ServiceFiling filing = new ServiceFiling(rs.getObject("service_id", UUID.class),
                            rs.getObject("id", UUID.class), rs.getString("name"),
                            FilingRole.valueOf(rs.getString("role")),
                            FilingStatus.valueOf(rs.getString("status")),
                            due == null ? null : due.toLocalDate());
                    byService.computeIfAbsent(filing.serviceId(), id -> new ArrayList<>()).add(filing);
                });
        return new ServiceFilings(byService);
    }

    /** Open obligations of the reachable companies and how many of them are past their review date. */
    public record Summary(long open, long reviewDue) {
    }

    /** One query on the partial index of open obligations, for the dashboard's card. */
    @Transactional(readOnly = true)
    public Summary summary(PortalUser user) {
        // The access rule inside the statement: a consultant's thousand company ids are not bound one by one.
        MapSqlParameterSource params = new MapSqlParameterSource("today", java.sql.Date.valueOf(today()));
        String reached = CompanyAccess.reach(user).sql("company_id", params);
        return named.queryForObject("select count(*) as open, count(*) filter (where next_review < :today) as due "
                + "from obligation where " + reached + " and applies and status in ('OPEN', 'IN_PROGRESS')",
                params, (rs, i) -> new Summary(rs.getLong("open"), rs.getLong("due")));
    }

    /** Every row the filter selects (for the Excel export), in the register's order. */
    @Transactional(readOnly = true)
    public List<ObligationRow> all(PortalUser user, ObligationFilter filter) {
        List<ObligationRow> all = new ArrayList<>();
        ObligationFilter paging = new ObligationFilter();
        paging.setCompanyId(filter.getCompanyId());
        paging.setCompany(filter.getCompany());
        paging.setServiceId(filter.getServiceId());
        paging.setShow(filter.getShow());
        Page page;
        int number = 0;
        do {
            paging.setPage(number++);
            page = page(user, paging, 1000);
            all.addAll(page.rows());
        }
        while (page.hasNext());
        return all;
    }

    /** The obligation if the user may reach it; otherwise 404. */
    @Transactional(readOnly = true)
    public ObligationRow get(UUID id, PortalUser user) {
        List<UUID> companyIds = access.companyIds(user);
        if (companyIds.isEmpty()) {
            throw new NotFoundException();
        }
        return named.query(SELECT + FROM + " where o.id = :id and o.company_id in (:ids)",
                new MapSqlParameterSource("id", id).addValue("ids", companyIds), (rs, i) -> row(rs))
                .stream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The people who may own an obligation of the company: its officers and its consultants, active ones. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> owners(UUID companyId) {
        return jdbc.queryForList("select u.id, u.display_name from app_user u where u.enabled and (u.company_id = ? "
                + "or u.id in (select a.consultant_id from consultant_assignment a where a.company_id = ?)) "
                + "order by u.display_name", companyId, companyId);
    }

    /**
     * Whether {@code ownerId} may own the obligation: nobody, one of {@link #owners}, or the owner it has, who stays
     * until someone chooses another (deactivated or unassigned since, they are still shown, and an unchanged save
     * keeps them).
     */
    public boolean mayOwn(ObligationRow row, UUID ownerId) {
        return ownerId == null || ownerId.equals(row.ownerId())
                || owners(row.companyId()).stream().anyMatch(owner -> ownerId.equals(owner.get("id")));
    }

    /** What people edit on an obligation. */
    /** An archived company's register is read, as its filings are. */
    private void requireActiveCompany(ObligationRow row) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select archived from company where id = ?", Boolean.class,
                row.companyId()))) {
            throw new com.cacfiling.web.filing.CompanyArchivedException();
        }
    }

    public record Edit(ObligationStatus status, UUID ownerId, String evidenceLink, String note, LocalDate nextReview) {
    }

    /**
     * Saves owner, evidence, status and review date based on the version the form showed; an unchanged form
     * writes nothing. The owner must be one of {@link #owners}.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean update(PortalUser user, UUID id, long expectedVersion, Edit edit) {
        ObligationRow row = get(id, user);
        requireActiveCompany(row);
        if (row.version() != expectedVersion) {
            throw new EditConflictException(id);
        }
        if (!mayOwn(row, edit.ownerId())) {
            throw new IllegalArgumentException("owner is not a user of the company");
        }
        String link = blankToNull(edit.evidenceLink());
        String note = blankToNull(edit.note());
        if (edit.status() == row.status() && java.util.Objects.equals(edit.ownerId(), row.ownerId())
                && java.util.Objects.equals(link, row.evidenceLink()) && java.util.Objects.equals(note, row.note())
                && java.util.Objects.equals(edit.nextReview(), row.nextReview())) {
            return false;
        }
        int updated = jdbc.update("update obligation set status = ?, owner_id = ?, evidence_link = ?, note = ?, "
                + "next_review = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?",
                edit.status().name(), edit.ownerId(), link, note, edit.nextReview(), Timestamp.from(clock.instant()),
                user.getUsername(), id, expectedVersion);
        if (updated == 0) {
            throw new EditConflictException(id);
        }
        changeLog.record(row.companyId(), null, user.getUsername(), "OBLIGATION_UPDATED",
                row.serviceName(), null);
        return true;
    }

    /**
     * A large-model filing or registration started for a service takes its open obligation into work (from the
     * register's "open" to "in progress"), noted in the change log; one already in work or done stays as it is.
     */
    @org.springframework.context.event.EventListener
    public void modelFilingStarted(com.cacfiling.web.modelfiling.ModelFilingStarted started) {
        String kind = started.route() == com.cacfiling.domain.largemodel.ModelFilingRoute.FILING
                ? "LARGE_MODEL_FILING" : "LARGE_MODEL_REGISTRATION";
        if (takeIntoWork(started.companyId(), started.serviceId(), kind, started.actor())) {
            changeLog.record(started.companyId(), null, started.actor(), "OBLIGATION_UPDATED", started.serviceName(),
                    null);
        }
    }

    /**
     * An algorithm filing started from a service's triage result takes the service's open obligations to file in its
     * roles into work, as a large-model filing does; a service of another company than the filing's changes nothing.
     */
    @org.springframework.context.event.EventListener
    public void algorithmFilingStarted(com.cacfiling.web.filing.AlgorithmFilingStarted started) {
        // Remembered within the company only: a service id of another company links nothing.
        for (UUID filingId : started.filingIds()) {
            jdbc.update("insert into service_filing (service_id, filing_id) select s.id, f.id from service s"
                    + " join filing f on f.company_id = s.company_id where s.id = ? and f.id = ? and s.company_id = ?"
                    + " on conflict do nothing", started.serviceId(), filingId, started.companyId());
        }
        for (FilingRole role : started.roles()) {
            String kind = role == FilingRole.SERVICE_PROVIDER ? "ALGORITHM_FILING_PROVIDER"
                    : "ALGORITHM_FILING_SUPPORTER";
            if (takeIntoWork(started.companyId(), started.serviceId(), kind, started.actor())) {
                String serviceName = jdbc.queryForObject("select name from service where id = ?", String.class,
                        started.serviceId());
                changeLog.record(started.companyId(), null, started.actor(), "OBLIGATION_UPDATED", serviceName, null);
            }
        }
    }

    /**
     * An approved algorithm filing fulfils the obligation to file it of the services it was started for (a change's
     * are those of the filing it changes).
     */
    @org.springframework.context.event.EventListener
    public void algorithmFilingApproved(com.cacfiling.web.filing.AlgorithmFilingApproved approved) {
        String kind = approved.role() == FilingRole.SERVICE_PROVIDER ? "ALGORITHM_FILING_PROVIDER"
                : "ALGORITHM_FILING_SUPPORTER";
        List<UUID> filingIds = approved.previousFilingId() == null ? List.of(approved.filingId())
                : List.of(approved.filingId(), approved.previousFilingId());
        List<UUID> serviceIds = jdbc.queryForList("select distinct service_id from service_filing where filing_id = any(?)",
                UUID.class, (Object) filingIds.toArray(new UUID[0]));
        for (UUID serviceId : serviceIds) {
            int done = jdbc.update("update obligation set status = 'DONE', version = version + 1, updated_at = ?, "
                    + "updated_by = ? where service_id = ? and company_id = ? and kind = ? and status in ('OPEN', "
                    + "'IN_PROGRESS')", Timestamp.from(clock.instant()), approved.actor(), serviceId,
                    approved.companyId(), kind);
            if (done > 0) {
                changeLog.record(approved.companyId(), null, approved.actor(), "OBLIGATION_UPDATED",
                        jdbc.queryForObject("select name from service where id = ?", String.class, serviceId), null);
            }
        }
    }

    /** A large-model filing of the service saved with its service agreement takes that obligation into work. */
    @org.springframework.context.event.EventListener
    public void serviceAgreementDrafted(com.cacfiling.web.modelfiling.ServiceAgreementDrafted drafted) {
        if (takeIntoWork(drafted.companyId(), drafted.serviceId(), "SERVICE_AGREEMENT", drafted.actor())) {
            changeLog.record(drafted.companyId(), null, drafted.actor(), "OBLIGATION_UPDATED",
                    jdbc.queryForObject("select name from service where id = ?", String.class, drafted.serviceId()),
                    null);
        }
    }

    /**
     * A labelling checklist saved takes the labelling obligation into work: that of the service whose triage result
     * it was opened from, else those of the services the filing was started for.
     */
    @org.springframework.context.event.EventListener
    public void labellingChecklistSaved(com.cacfiling.web.labelling.LabellingChecklistSaved saved) {
        List<UUID> serviceIds = saved.serviceId() != null ? List.of(saved.serviceId())
                : jdbc.queryForList("select service_id from service_filing where filing_id = ?", UUID.class,
                        saved.filingId());
        for (UUID serviceId : serviceIds) {
            if (takeIntoWork(saved.companyId(), serviceId, "LABELLING", saved.actor())) {
                String serviceName = jdbc.queryForObject("select name from service where id = ?", String.class,
                        serviceId);
                changeLog.record(saved.companyId(), null, saved.actor(), "OBLIGATION_UPDATED", serviceName, null);
            }
        }
    }

    /**
     * Work saved on an obligation in its own feature: into work, done when the work says it is fulfilled, and back
     * into work from done when the work starts anew (an obligation marked not applicable stays so; a done one is not
     * reopened by a later draft of the same work).
     */
    @org.springframework.context.event.EventListener
    public void workDone(ObligationWorkDone work) {
        String kind = work.kind().name();
        boolean changed = switch (work.progress()) {
            case IN_WORK -> takeIntoWork(work.companyId(), work.serviceId(), kind, work.actor());
            case FULFILLED -> setStatus(work, "DONE", List.of("OPEN", "IN_PROGRESS"));
            case STARTED_AGAIN -> setStatus(work, "IN_PROGRESS", List.of("OPEN", "DONE"));
        };
        if (changed) {
            changeLog.record(work.companyId(), null, work.actor(), "OBLIGATION_UPDATED", work.serviceName(), null);
        }
    }

    private boolean setStatus(ObligationWorkDone work, String status, List<String> from) {
        return jdbc.update("update obligation set status = ?, version = version + 1, updated_at = ?, updated_by = ?"
                + " where service_id = ? and company_id = ? and kind = ? and status = any(?)", status,
                Timestamp.from(clock.instant()), work.actor(), work.serviceId(), work.companyId(), work.kind().name(),
                from.toArray(new String[0])) > 0;
    }

    /** The service's open obligation of that kind, within the company, from "open" to "in progress". */
    private boolean takeIntoWork(UUID companyId, UUID serviceId, String kind, String actor) {
        return jdbc.update("update obligation set status = 'IN_PROGRESS', version = version + 1, updated_at = ?, "
                + "updated_by = ? where service_id = ? and company_id = ? and kind = ? and status = 'OPEN'",
                Timestamp.from(clock.instant()), actor, serviceId, companyId, kind) > 0;
    }

    /** A file kept as evidence of an obligation, without its content. */
    public record EvidenceFile(UUID id, String fileName, String contentType, long sizeBytes, java.time.Instant uploadedAt,
            String uploadedBy) {
    }

    /** A file's content for download. */
    public record EvidenceContent(String fileName, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> evidence(UUID obligationId, PortalUser user) {
        get(obligationId, user);
        return jdbc.query("select id, file_name, content_type, size_bytes, uploaded_at, uploaded_by "
                + "from obligation_evidence where obligation_id = ? order by uploaded_at, id", (rs, i) ->
                new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")), obligationId);
    }

    /** Keeps a file (already checked by content) as evidence of the obligation; audited. */
    @Transactional
    public void addEvidence(PortalUser user, UUID obligationId, String fileName, String contentType, byte[] content) {
        ObligationRow row = get(obligationId, user);
        requireActiveCompany(row);
        jdbc.update("insert into obligation_evidence (id, obligation_id, file_name, content_type, content, size_bytes, "
                + "sha256, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                obligationId, fileName, contentType, content, (long) content.length,
                com.cacfiling.docs.bundle.DossierBundle.sha256(content), Timestamp.from(clock.instant()),
                user.getUsername());
        changeLog.record(row.companyId(), null, user.getUsername(), "OBLIGATION_EVIDENCE_ADDED",
                row.kind().name() + ": " + row.serviceName() + " · " + fileName, null);
    }

    @Transactional(readOnly = true)
    public EvidenceContent evidenceContent(UUID obligationId, UUID fileId, PortalUser user) {
        get(obligationId, user);
        return jdbc.query("select file_name, content_type, content from obligation_evidence where id = ? "
                + "and obligation_id = ?", (rs, i) -> new EvidenceContent(rs.getString("file_name"),
                rs.getString("content_type"), rs.getBytes("content")), fileId, obligationId)
                .stream().findFirst().orElseThrow(NotFoundException::new);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ObligationRow row(ResultSet rs) throws SQLException {
        java.sql.Date review = rs.getDate("next_review");
        return new ObligationRow(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("company_name_en"), rs.getObject("service_id", UUID.class),
                rs.getString("service_name"),
                ObligationKind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getString("basis"),
                Evidence.valueOf(rs.getString("evidence_level")), rs.getBoolean("applies"),
                ObligationStatus.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getBoolean("owner_active"), rs.getString("evidence_link"),
                rs.getString("note"),
                review == null ? null : review.toLocalDate(), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
