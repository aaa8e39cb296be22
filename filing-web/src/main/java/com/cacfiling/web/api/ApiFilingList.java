package com.cacfiling.web.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The API's list of filings, read a page at a time: the summary's columns only, the access rule and the filters in
 * the statements. Found in a review: the list read every filing the caller may reach, with its algorithm's content,
 * and paged in memory, so a consultant's script paging through 100,000 filings read all of them for every page.
 * Algorithm filings come first, then large-model filings and registrations, each newest change first.
 */
@Component
class ApiFilingList {

    /** One page of the list and how many filings the filters select in all. */
    record Page(long total, List<ApiController.FilingSummary> rows) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CompanyAccess access;

    ApiFilingList(JdbcTemplate jdbc, CompanyAccess access) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.access = access;
    }

    /**
     * {@code limit} null: every filing from {@code offset} on. {@code status} as the API names it, any case. A
     * company the caller may not reach is not found (404), as before.
     */
    Page read(PortalUser user, UUID companyId, String status, long offset, Integer limit) {
        if (companyId != null) {
            access.check(user, companyId);
        }
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(user, companyId, wanted, parameters);
        long algorithmTotal = count("filing", where, parameters);
        long modelTotal = count("model_filing", where, parameters);
        List<ApiController.FilingSummary> rows = new ArrayList<>();
        if (offset < algorithmTotal && (limit == null || limit > 0)) {
            rows.addAll(jdbc.query("""
                    select f.id, f.company_id, c.name as company, al.name as algorithm, f.role, f.status,
                           f.form_version
                    from filing f join company c on c.id = f.company_id join algorithm al on al.id = f.algorithm_id
                    where %s order by f.updated_at desc, f.id %s""".formatted(where, window(offset, limit)),
                    parameters, (rs, i) -> new ApiController.FilingSummary(rs.getObject("id", UUID.class),
                            rs.getObject("company_id", UUID.class), rs.getString("company"),
                            rs.getString("algorithm"), rs.getString("role"), rs.getString("status"),
                            rs.getString("form_version"), URI.create("/api/v1/filings/" + rs.getString("id")),
                            "ALGORITHM", null)));
        }
        Integer left = limit == null ? null : limit - rows.size();
        if (left == null || left > 0) {
            long modelOffset = Math.max(0, offset - algorithmTotal);
            if (modelOffset < modelTotal) {
                rows.addAll(jdbc.query("""
                        select f.id, f.company_id, c.name as company, f.route, f.status, f.form_version,
                               f.content -> 'model' -> 'basics' ->> 'modelName' as model_name,
                               f.content -> 'model' -> 'basics' ->> 'serviceName' as service_name
                        from model_filing f join company c on c.id = f.company_id
                        where %s order by f.updated_at desc, f.id %s""".formatted(where,
                        window(modelOffset, left)), parameters, (rs, i) -> {
                            ModelFilingRoute route = ModelFilingRoute.valueOf(rs.getString("route"));
                            return new ApiController.FilingSummary(rs.getObject("id", UUID.class),
                                    rs.getObject("company_id", UUID.class), rs.getString("company"), null, null,
                                    rs.getString("status"), rs.getString("form_version"),
                                    URI.create("/api/v1/filings/" + rs.getString("id") + "/dossier.zip"),
                                    "MODEL_" + route, ModelFilingForm.name(route, rs.getString("model_name"),
                                            rs.getString("service_name")));
                        }));
            }
        }
        return new Page(algorithmTotal + modelTotal, rows);
    }

    /** The caller's reach, and the company and status asked for (their parameters added once). */
    private static String where(PortalUser user, UUID companyId, String status, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(CompanyAccess.reach(user).sql("f.company_id", parameters));
        if (companyId != null) {
            parameters.addValue("companyId", companyId);
            where.append(" and f.company_id = :companyId");
        }
        if (status != null) {
            parameters.addValue("status", status);
            where.append(" and f.status = :status");
        }
        return where.toString();
    }

    private long count(String table, String where, MapSqlParameterSource parameters) {
        Long count = jdbc.queryForObject("select count(*) from " + table + " f where " + where, parameters,
                Long.class);
        return count == null ? 0 : count;
    }

    private static String window(long offset, Integer limit) {
        return (limit == null ? "" : "limit " + limit + " ") + "offset " + offset;
    }
}
