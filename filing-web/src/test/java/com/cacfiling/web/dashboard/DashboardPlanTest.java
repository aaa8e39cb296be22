package com.cacfiling.web.dashboard;

import java.util.List;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.demo.BulkSeeder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's statements have indexes to use. Inside one transaction that is rolled back, so no other test sees
 * them, 200 companies and 20,000 filings are seeded for a consultant assigned to them all and analysed; then each
 * statement a dashboard request sends (in the shape Hibernate or the SQL of {@link DashboardCounts} gives it) is
 * explained. The load test's 100,000 filings and the plans they get are in docs/performance.md.
 */
@PortalTest
class DashboardPlanTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    BulkSeeder seeder;

    @Test
    void everyStatementOfTheDashboardUsesAnIndex() {
        transaction.executeWithoutResult(status -> {
            seeder.seed(200, 20_000);
            // Plans must not depend on what other tests left in the shared database (other consultants'
            // assignments skew the join estimates): fresh statistics, and sequential scans and sorts priced out, so
            // each statement shows the index that serves it, in its order. On the load test's 100,000 vacuumed
            // filings PostgreSQL chooses these plans by itself (docs/performance.md, "Dashboard").
            jdbc.execute("analyze filing");
            jdbc.execute("analyze consultant_assignment");
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("set local enable_sort = off");
            String consultant = "'" + jdbc.queryForObject("select cast(id as varchar) from app_user where username "
                    + "like '" + BulkSeeder.CONSULTANT + "%' order by created_at desc limit 1", String.class) + "'";
            // As the statements have it (see Reach): the consultant's assignments, not a list of ids.
            String reach = "(select a.company_id from consultant_assignment a where a.consultant_id = "
                    + consultant + ")";

            // The first page's ids and a deep page's: the newest changes in index order, nothing sorted.
            for (String page : List.of("limit 25", "limit 25 offset 7500")) {
                assertThat(plan("select f.id from filing f where f.company_id in " + reach
                        + " order by f.updated_at desc " + page))
                        .contains("using filing_updated_company_idx on filing").doesNotContain("Sort")
                        .doesNotContain("Seq Scan on filing");
            }

            // A status filter's page walks the same index.
            assertThat(plan("select f.id from filing f where f.company_id in " + reach
                    + " and f.status = 'DRAFT' order by f.updated_at desc limit 25"))
                    .contains("using filing_updated_company_idx on filing").doesNotContain("Seq Scan on filing");

            // A search's page: in index order, each filing's algorithm and company by primary key.
            assertThat(plan("""
                    select f.id from filing f join algorithm al on al.id = f.algorithm_id
                    join company c on c.id = f.company_id
                    where f.company_id in %s and (lower(al.name) like '%%智能客服%%' or lower(c.name) like '%%智能客服%%')
                    order by f.updated_at desc limit 25""".formatted(reach)))
                    .contains("using filing_updated_company_idx on filing").contains("algorithm_pkey")
                    .doesNotContain("Seq Scan on filing");

            // The page's 25 filings by id.
            List<String> ids = jdbc.queryForList("select cast(id as varchar) from filing limit 25", String.class);
            assertThat(plan("select * from filing f join algorithm al on al.id = f.algorithm_id join company c "
                    + "on c.id = f.company_id where f.id in ('" + String.join("','", ids) + "')"))
                    .contains("filing_pkey").doesNotContain("Seq Scan on filing");

            // Whether remembered counts are still current: the change log's newest id, from its primary key.
            assertThat(plan("select max(id) from change_log")).contains("Index Only Scan Backward using "
                    + "change_log_pkey");

            // Overdue filings sorted by due date.
            assertThat(plan("select f.id from filing f where f.company_id in " + reach
                    + " and f.due_date < current_date order by f.due_date limit 25"))
                    .containsPattern("filing_(due_date|company_tally)_idx").doesNotContain("Seq Scan on filing");
            // The other deadline windows (8–30 and 31–90 days), the same way.
            for (String window : List.of("current_date + 8 and current_date + 30", "current_date + 31 and current_date + 90")) {
                assertThat(plan("select f.id from filing f where f.company_id in " + reach
                        + " and f.due_date between " + window + " order by f.updated_at desc limit 25"))
                        .as(window).doesNotContain("Seq Scan on filing");
            }

            // The approved filings an approved change replaced: read from the changes by their index.
            assertThat(plan("""
                    select count(distinct f.id)
                    from (select previous_filing_id from filing where previous_filing_id is not null and %s) c
                    join filing f on f.id = c.previous_filing_id
                    where f.status = 'APPROVED' and f.company_id in %s""".formatted(
                    com.cacfiling.web.filing.FilingRecordRepository.REPLACING_CHANGE, reach)))
                    .contains("filing_previous_idx").doesNotContain("Seq Scan on filing");

            // The counts per status and role with the deadline windows. For a consultant who reaches every filing
            // of the table, reading the table is the cheapest way and PostgreSQL takes it (this is why the counts
            // are remembered); for one who reaches 2 of the 200 companies, it reads their index entries only.
            String counts = """
                    select f.status, f.role, count(*),
                           count(*) filter (where f.due_date < current_date),
                           count(*) filter (where f.due_date between current_date and current_date + 7)
                    from filing f where f.company_id in %s group by f.status, f.role""".formatted(reach);
            jdbc.update("delete from consultant_assignment where consultant_id = " + consultant
                    + " and company_id not in (select company_id from consultant_assignment where consultant_id = "
                    + consultant + " order by company_id limit 2)");
            jdbc.execute("analyze consultant_assignment");
            // Rows not yet vacuumed (this transaction's) make PostgreSQL prefer the narrower index; on the load test's
            // vacuumed table it is an index-only scan of filing_company_tally_idx (docs/performance.md).
            assertThat(plan(counts))
                    .containsPattern("(Index (Only )?Scan using|Bitmap Index Scan on) filing_company_(tally_)?idx")
                    .doesNotContain("Seq Scan on filing");

            status.setRollbackOnly();
        });
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }
}
