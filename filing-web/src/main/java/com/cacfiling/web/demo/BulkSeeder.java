package com.cacfiling.web.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a large data set for load tests: companies, filings in every status, and a consultant assigned to
 * all the companies ({@code bulk.consultant}, password {@value DemoDataSeeder#DEMO_PASSWORD}). Inserts through
 * JDBC batches; content is minimal (names, launch dates), enough for the dashboard.
 */
@Component
public class BulkSeeder {

    public static final String CONSULTANT = "bulk.consultant";
    private static final Logger log = LoggerFactory.getLogger(BulkSeeder.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    BulkSeeder(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void seed(int companies, int filings) {
        Random random = new Random(42);
        Instant now = Instant.now();
        UUID consultant = UUID.randomUUID();
        jdbc.update("insert into app_user (id, username, password_hash, display_name, role, created_at, updated_at) "
                + "values (?, ?, ?, ?, 'CONSULTANT', ?, ?)", consultant, CONSULTANT + "-" + consultant.toString()
                .substring(0, 6), passwordEncoder.encode(DemoDataSeeder.DEMO_PASSWORD), "Bulk consultant",
                Timestamp.from(now), Timestamp.from(now));
        List<UUID> companyIds = new ArrayList<>();
        List<Object[]> companyRows = new ArrayList<>();
        for (int c = 0; c < companies; c++) {
            UUID id = UUID.randomUUID();
            companyIds.add(id);
            companyRows.add(new Object[] {id, "负载测试公司" + id.toString().substring(0, 8) + "-" + c,
                    Timestamp.from(now), Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into company (id, name, created_at, updated_at) values (?, ?, ?, ?)", companyRows);
        jdbc.batchUpdate("insert into consultant_assignment (consultant_id, company_id) values (?, ?)",
                companyIds.stream().map(id -> new Object[] {consultant, id}).toList());
        FilingStatus[] statuses = FilingStatus.values();
        List<Object[]> algorithms = new ArrayList<>();
        List<Object[]> filingRows = new ArrayList<>();
        for (int f = 0; f < filings; f++) {
            UUID algorithm = UUID.randomUUID();
            UUID company = companyIds.get(f % companies);
            String name = (f % 7 == 0 ? "智能客服" : f % 5 == 0 ? "图像生成" : "文本生成") + "算法" + f;
            LocalDate launch = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(500));
            Timestamp updated = Timestamp.from(now.minusSeconds(random.nextInt(3_000_000)));
            algorithms.add(new Object[] {algorithm, company, name, launch == null ? null : Date.valueOf(launch),
                    "{\"basics\":{\"name\":\"" + name + "\",\"launchDate\":\"" + launch + "\"}}", updated, updated});
            FilingStatus status = statuses[random.nextInt(5)];
            filingRows.add(new Object[] {UUID.randomUUID(), company, algorithm, "SERVICE_PROVIDER", status.name(),
                    "{\"kind\":\"PRODUCTS\"}", "INITIAL", "2025.2",
                    status == FilingStatus.SUBMITTED ? Date.valueOf(launch) : null,
                    status == FilingStatus.SUBMITTED ? null : Date.valueOf(launch.plusDays(14)), updated, updated});
        }
        jdbc.batchUpdate("insert into algorithm (id, company_id, name, launch_date, content, created_at, updated_at) "
                + "values (?, ?, ?, ?, cast(? as json), ?, ?)", algorithms);
        jdbc.batchUpdate("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, form_version, "
                + "submitted_on, due_date, created_at, updated_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)",
                filingRows);
        jdbc.execute("analyze company; analyze algorithm; analyze filing; analyze consultant_assignment");
        log.info("Seeded {} companies and {} filings; consultant {} sees them all", companies, filings,
                CONSULTANT + "-" + consultant.toString().substring(0, 6));
    }
}
