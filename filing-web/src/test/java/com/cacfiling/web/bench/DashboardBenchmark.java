package com.cacfiling.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.demo.BulkSeeder;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard with 100 companies and 10,000 filings: median server-side render time of the first page and of a
 * filtered page, and the query plans. A measurement, not a test: run it on purpose with
 * {@code ./mvnw -B -pl filing-web -am test -Dtest=DashboardBenchmark -Dbenchmark=dashboard -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PortalTest
@EnabledIfSystemProperty(named = "benchmark", matches = "dashboard")
class DashboardBenchmark {

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkSeeder seeder;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dashboardWithTenThousandFilings() throws Exception {
        seeder.seed(100, 10_000);
        PortalUser consultant = users.findAll().stream()
                .filter(u -> u.getUsername().startsWith(BulkSeeder.CONSULTANT)).map(PortalUser::of)
                .findFirst().orElseThrow();
        report("first page", get("/filings").with(user(consultant)));
        report("filtered page (status, search)", get("/filings").param("status", "DRAFT").param("q", "智能客服")
                .with(user(consultant)));
        report("overdue, sorted by due date", get("/filings").param("due", "OVERDUE").param("sort", "due")
                .with(user(consultant)));
        String companyIds = "(select company_id from consultant_assignment where consultant_id = (select id from "
                + "app_user where username like '" + BulkSeeder.CONSULTANT + "%' limit 1))";
        explain("select * from filing f join algorithm a on a.id = f.algorithm_id where f.company_id in "
                + companyIds + " order by f.updated_at desc limit 25");
        explain("select * from filing f join algorithm a on a.id = f.algorithm_id where f.company_id in "
                + companyIds + " and f.status = 'DRAFT' and lower(a.name) like '%智能客服%' "
                + "order by f.updated_at desc limit 25");
    }

    private void report(String name, MockHttpServletRequestBuilder request) throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(request).andReturn();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            millis.add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                throw new IllegalStateException(name + " answered " + status);
            }
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK dashboard %s: median %.1f ms, p90 %.1f ms (50 requests)%n", name,
                millis.get(25), millis.get(45));
    }

    private void explain(String sql) {
        System.out.println("EXPLAIN " + sql);
        jdbc.queryForList("explain " + sql, String.class).forEach(line -> System.out.println("  " + line));
    }
}
