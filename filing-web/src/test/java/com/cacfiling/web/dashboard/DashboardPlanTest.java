package com.cacfiling.web.dashboard;

import java.util.List;

import com.cacfiling.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's queries have indexes to use: EXPLAIN of the first page, the status filter, the deadline filter and
 * the per-company counts, with sequential scans priced out (the test database is too small for the planner to prefer
 * an index on its own; the load test's 100,000 filings show the chosen plans, see docs/performance.md).
 */
@PortalTest
class DashboardPlanTest {

    static final String COMPANIES = "('00000000-0000-0000-0000-000000000001'::uuid, "
            + "'00000000-0000-0000-0000-000000000002'::uuid)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private String plan(String sql) {
        return transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            List<String> lines = jdbc.queryForList("explain " + sql, String.class);
            return String.join("\n", lines);
        });
    }

    @Test
    void firstPageFiltersAndCountsUseIndexes() {
        String join = "select f.* from filing f join algorithm a on a.id = f.algorithm_id join company c "
                + "on c.id = f.company_id where f.company_id in " + COMPANIES;
        assertThat(plan(join + " order by f.updated_at desc limit 25"))
                .containsPattern("filing_company_(status|updated)_idx").doesNotContain("Seq Scan on filing");
        assertThat(plan(join + " and f.status = 'DRAFT' order by f.updated_at desc limit 25"))
                .containsPattern("filing_company_(status|updated)_idx").doesNotContain("Seq Scan on filing");
        assertThat(plan(join + " and f.due_date < current_date order by f.due_date limit 25"))
                .containsPattern("filing_(due_date|company_updated|company_status|company)_idx")
                .doesNotContain("Seq Scan on filing");
        assertThat(plan("select f.status, count(*) from filing f where f.company_id in " + COMPANIES
                + " group by f.status")).containsPattern("filing_company_(status|updated)_idx")
                .doesNotContain("Seq Scan on filing");
    }
}
