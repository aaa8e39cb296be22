package com.cacfiling.web.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V121: the entity's approvals recorded before they were entries of the workflow log are added to the log of the
 * filing each was recorded from, from the change log: after the entry made before it, with the status the filing had
 * then; the entries there keep their order, and the log's places are counted again from 0. Other filings are left.
 */
class EntityApprovalLogMigrationTest {

    @Test
    void anApprovalRecordedBeforeIsAnEntryOfTheLogAtItsPlace() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        String schema = "entity_approval_log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).target("120").load()
                .migrate();
        UUID company = UUID.randomUUID();
        UUID recordedFrom = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("insert into company (id, name, entity_profile, created_at, updated_at) values ('" + company
                    + "', '旧公司', '" + DomainJson.write(SampleDossiers.entity()) + "'::jsonb, now(), now())");
            for (UUID filing : new UUID[] {recordedFrom, untouched}) {
                UUID algorithm = UUID.randomUUID();
                sql.execute("insert into algorithm (id, company_id, name, content, created_at, updated_at) values ('"
                        + algorithm + "', '" + company + "', '算法" + algorithm + "', '"
                        + DomainJson.write(SampleDossiers.algorithmProfile()) + "'::json, now(), now())");
                sql.execute("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, "
                        + "form_version, created_at, updated_at) values ('" + filing + "', '" + company + "', '"
                        + algorithm + "', 'SERVICE_PROVIDER', 'RETURNED', '"
                        + DomainJson.write(SampleDossiers.products()) + "'::jsonb, 'INITIAL', '2025.2', now(), now())");
                move(sql, filing, 0, null, "DRAFT", "start", "officer", "2026-11-01T02:00:00Z", null);
                move(sql, filing, 1, "DRAFT", "IN_REVIEW", "submitForReview", "officer", "2026-11-10T02:00:00Z",
                        null);
                move(sql, filing, 2, "IN_REVIEW", "RETURNED", "returnForRework", "consultant",
                        "2026-11-12T02:00:00Z", "请补充标识截图");
            }
            // Recorded while the filing was a draft, and again (a correction) once it had been returned.
            logged(sql, company, recordedFrom, "2026-11-05T03:00:00Z", "2026-11-04");
            logged(sql, company, recordedFrom, "2026-11-20T03:00:00Z", "2026-11-06");

            Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).load().migrate();

            assertThat(log(sql, recordedFrom)).containsExactly(
                    "0 null→DRAFT start officer 2026-11-01T02:00:00Z null",
                    "1 DRAFT→DRAFT recordEntityApproval consultant 2026-11-05T03:00:00Z 2026-11-04",
                    "2 DRAFT→IN_REVIEW submitForReview officer 2026-11-10T02:00:00Z null",
                    "3 IN_REVIEW→RETURNED returnForRework consultant 2026-11-12T02:00:00Z 请补充标识截图",
                    "4 RETURNED→RETURNED recordEntityApproval consultant 2026-11-20T03:00:00Z 2026-11-06");
            assertThat(log(sql, untouched)).extracting(entry -> entry.split(" ")[2])
                    .containsExactly("start", "submitForReview", "returnForRework");
            sql.execute("drop schema " + schema + " cascade");
        }
    }

    private static void move(Statement sql, UUID filing, int seq, String from, String to, String action, String actor,
            String at, String note) throws Exception {
        sql.execute("insert into filing_transition (filing_id, seq, from_status, to_status, action, actor, at, note) "
                + "values ('" + filing + "', " + seq + ", " + (from == null ? "null" : "'" + from + "'") + ", '" + to
                + "', '" + action + "', '" + actor + "', '" + at + "', " + (note == null ? "null" : "'" + note + "'")
                + ")");
    }

    private static void logged(Statement sql, UUID company, UUID filing, String at, String approvedOn)
            throws Exception {
        sql.execute("insert into change_log (company_id, filing_id, actor, at, action, detail) values ('" + company
                + "', '" + filing + "', 'consultant', '" + at + "', 'ENTITY_APPROVED', '" + approvedOn + "')");
    }

    private static List<String> log(Statement sql, UUID filing) throws Exception {
        List<String> entries = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select seq, from_status, to_status, action, actor, at, note "
                + "from filing_transition where filing_id = '" + filing + "' order by seq")) {
            while (rows.next()) {
                entries.add(rows.getInt("seq") + " " + rows.getString("from_status") + "→"
                        + rows.getString("to_status") + " " + rows.getString("action") + " " + rows.getString("actor")
                        + " " + rows.getObject("at", java.time.OffsetDateTime.class).toInstant() + " "
                        + rows.getString("note"));
            }
        }
        return entries;
    }
}
