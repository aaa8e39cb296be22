package com.cacfiling.web.dashboard;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counts: filings per status and role with their deadline windows (both charts and most page totals
 * in one statement), and the totals of searches. Each is a pass over all the user's filings (100,000 for a
 * consultant with 1,000 clients: 20–70 ms on two busy cores), so a user's counts are remembered for a few seconds
 * ({@code filing.dashboard.counts-ttl}, 10 s) and only while nothing has changed: every change of a filing, an
 * algorithm, a company or an assignment writes a row to the change log, and a remembered count is used only while
 * the change log's newest id is the one read before the count was taken. A user's own change therefore shows at
 * once, on every node; so does anyone else's, except for a change whose log row was numbered before, but
 * committed after, a newer one that a count already saw, which shows when the few seconds are over.
 */
@Component
class DashboardCounts {

    /** The filings of one status and role, and how many of them are due in each window of the deadline chart. */
    record Group(FilingStatus status, FilingRole role, long filings, long overdue, long soon, long month,
            long quarter) {
    }

    /**
     * Every group of the user's filings, as of one day, and how many of the approved ones an approved change has
     * replaced: they stay approved (their number is the record of what was filed), but are no longer in force.
     */
    record Tally(List<Group> groups, long replaced) {

        /** Filings per status, only the statuses that occur (the status chart). */
        Map<FilingStatus, Long> byStatus() {
            Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
            groups.forEach(group -> counts.merge(group.status(), group.filings(), Long::sum));
            return counts;
        }

        /**
         * Filings overdue, due within 7, within 8–30 and within 31–90 days (the deadline chart): whatever the deadline
         * is for, as the list's column (a filing, a change, or an approved filing's cancellation).
         */
        long[] deadlines() {
            long[] windows = new long[4];
            for (Group group : groups) {
                windows[0] += group.overdue();
                windows[1] += group.soon();
                windows[2] += group.month();
                windows[3] += group.quarter();
            }
            return windows;
        }
    }

    /** What a count was taken for; the day is part of it because the deadline windows move with it. */
    private record Key(UUID user, LocalDate today, String what) {
    }

    /** A count and the change log's newest id read before it was taken. */
    private record Stamped(long stamp, Object value) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Cache<Key, Stamped> remembered;

    DashboardCounts(JdbcTemplate jdbc, @Value("${filing.dashboard.counts-ttl:PT10S}") Duration ttl) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.remembered = Caches.caffeine().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    /** The change log's newest id: read once at the start of a request, before any count it may remember. */
    long stamp() {
        Long newest = jdbc.getJdbcTemplate().queryForObject("select max(id) from change_log", Long.class);
        return newest == null ? 0 : newest;
    }

    Tally tally(PortalUser user, LocalDate today, long stamp) {
        return remembered(new Key(user.id(), today, ""), stamp, () -> countGroups(user, today));
    }

    /** The number of filings a filter selects that the counts per status cannot answer (a search, a company). */
    long total(PortalUser user, LocalDate today, DashboardFilter filter, long stamp, LongSupplier count) {
        return remembered(new Key(user.id(), today, filter.countKey()), stamp, count::getAsLong);
    }

    /**
     * The remembered count if it was taken at this stamp or a later one (change log ids only grow), else a new one.
     * Requests that miss at the same time wait for one count instead of each taking their own (eight connections
     * otherwise started eight passes over 100,000 filings together whenever the few seconds were over).
     */
    @SuppressWarnings("unchecked")
    private <T> T remembered(Key key, long stamp, Supplier<T> count) {
        Stamped known = remembered.getIfPresent(key);
        if (known == null || known.stamp() < stamp) {
            known = remembered.asMap().compute(key, (k, current) -> current != null && current.stamp() >= stamp
                    ? current : new Stamped(stamp, count.get()));
        }
        return (T) known.value();
    }

    /** One pass over the user's filings: per status and role, the count and the deadline windows. */
    private Tally countGroups(PortalUser user, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(today))
                .addValue("soonEnd", Date.valueOf(today.plusDays(DashboardFilter.SOON_DAYS)))
                .addValue("monthStart", Date.valueOf(today.plusDays(8)))
                .addValue("monthEnd", Date.valueOf(today.plusDays(30)))
                .addValue("quarterStart", Date.valueOf(today.plusDays(31)))
                .addValue("quarterEnd", Date.valueOf(today.plusDays(90)));
        String sql = """
                select f.status, f.role, count(*) as filings,
                       count(*) filter (where f.due_date < :today) as overdue,
                       count(*) filter (where f.due_date between :today and :soonEnd) as soon,
                       count(*) filter (where f.due_date between :monthStart and :monthEnd) as month,
                       count(*) filter (where f.due_date between :quarterStart and :quarterEnd) as quarter
                from filing f
                where %s
                group by f.status, f.role""".formatted(Reach.includes("f.company_id", user, parameters));
        List<Group> groups = List.copyOf(jdbc.query(sql, parameters, (rs, i) -> new Group(
                FilingStatus.valueOf(rs.getString("status")), FilingRole.valueOf(rs.getString("role")),
                rs.getLong("filings"), rs.getLong("overdue"), rs.getLong("soon"), rs.getLong("month"),
                rs.getLong("quarter"))));
        boolean anyApproved = groups.stream().anyMatch(group -> group.status() == FilingStatus.APPROVED);
        return new Tally(groups, anyApproved ? countReplaced(user) : 0);
    }

    /**
     * The approved filings an approved change replaced. Read from the changes (few, and indexed by the filing they
     * change), not by a subquery per approved filing in the pass above.
     */
    private long countReplaced(PortalUser user) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = """
                select count(distinct f.id)
                from (select previous_filing_id from filing where previous_filing_id is not null and %s) c
                join filing f on f.id = c.previous_filing_id
                where f.status = 'APPROVED' and %s""".formatted(
                com.cacfiling.web.filing.FilingRecordRepository.REPLACING_CHANGE,
                Reach.includes("f.company_id", user, parameters));
        Long replaced = jdbc.queryForObject(sql, parameters, Long.class);
        return replaced == null ? 0 : replaced;
    }
}
