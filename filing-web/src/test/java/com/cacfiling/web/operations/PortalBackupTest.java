package com.cacfiling.web.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.cacfiling.testsupport.TestDatabase;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.privacy.PersonalDataCipher;
import com.cacfiling.web.review.Comments;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A backup taken while the portal writes, restored into a fresh database, holds everything: every filing, version,
 * comment, evidence file (bytes), audit entry and user, table by table; a database that is not empty is refused.
 */
@PortalTest
class PortalBackupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Comments comments;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    PersonalDataCipher cipher;

    @TempDir
    Path directory;

    @Test
    void aBackupTakenWhileThePortalWritesRestoresEverythingIntoAnEmptyDatabase() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = TestFixtures.principal(officerAccount);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "备份算法"), officer);
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(company));
        comments.add(consultant, filing.getId(), "algorithm.basics.name", null, "请补充算法名称的来源");
        byte[] png = pngBytes();
        mvc.perform(multipart("/filings/{id}/evidence", filing.getId())
                        .file(new MockMultipartFile("file", "标识截图.png", "image/png", png))
                        .param("title", "显式标识截图").param("kind", "SCREENSHOT")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where algorithm_id = ?", Integer.class,
                filing.getAlgorithm().getId())).isEqualTo(1);

        // The portal keeps writing while the backup runs: the backup is one snapshot, consistent across tables.
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                changeLog.record(AuditEvent.LOGIN_SUCCEEDED, company.getId(), "backup-writer", null);
                written.incrementAndGet();
            }
        });
        writer.start();
        Path file = directory.resolve("portal-backup.zip");
        PortalBackup.Summary summary;
        try (Connection connection = dataSource.getConnection()) {
            summary = PortalBackup.backup(connection, file);
        }
        finally {
            writing.set(false);
            writer.join();
        }
        assertThat(written.get()).isPositive();
        assertThat(summary.rows()).containsKeys("company", "app_user", "filing", "algorithm", "change_log",
                "field_comment", "evidence_file", "filing_transition", "consultant_assignment");
        assertThat(summary.keyIds()).contains(cipher.keys().currentId());
        assertThat(Files.size(file)).isPositive();

        String database = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create database " + database);
        try {
            DriverManagerDataSource fresh = dataSourceFor(database);
            PortalBackup.Summary restored = PortalBackup.restore(fresh, file, cipher.keys());
            assertThat(restored.rows()).isEqualTo(summary.rows());
            JdbcTemplate target = new JdbcTemplate(fresh);

            for (Map.Entry<String, Long> table : summary.rows().entrySet()) {
                assertThat(target.queryForObject("select count(*) from " + table.getKey(), Long.class))
                        .as("rows of %s", table.getKey()).isEqualTo(table.getValue());
            }
            // Everything of the snapshot, row for row: every filing, version, comment, evidence file, audit entry.
            List<String> differing = new ArrayList<>();
            for (String table : summary.rows().keySet()) {
                String digest = "select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from "
                        + table + " t";
                String there = target.queryForObject(digest, String.class);
                // The source has moved on (the writer); compare it as of the snapshot: same rows, minus those written since.
                String here = table.equals("change_log")
                        ? jdbc.queryForObject("select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) "
                                + "from change_log t where id <= ?", String.class,
                                target.queryForObject("select max(id) from change_log", Long.class))
                        : jdbc.queryForObject(digest, String.class);
                if (!here.equals(there)) {
                    differing.add(table);
                }
            }
            assertThat(differing).as("tables whose restored rows differ").isEmpty();
            assertThat(target.queryForObject("select content from evidence_file where algorithm_id = ?", byte[].class,
                    filing.getAlgorithm().getId())).isEqualTo(png);
            assertThat(target.queryForObject("select body from field_comment where filing_id = ?", String.class,
                    filing.getId())).isEqualTo("请补充算法名称的来源");
            assertThat(target.queryForObject("select count(*) from change_log where filing_id = ? and snapshot is not null",
                    Integer.class, filing.getId())).isPositive();
            // The restored Step 1 opens with the same key: the personal data is there, still encrypted.
            String profile = target.queryForObject("select entity_profile::text from company where id = ?",
                    String.class, company.getId());
            assertThat(profile).doesNotContain("110105198503120020");
            assertThat(cipher.openEntity(profile)).contains("110105198503120020");
            // The identity goes on after the restored entries.
            assertThat(target.queryForObject("select nextval(pg_get_serial_sequence('change_log', 'id'))", Long.class))
                    .isGreaterThan(target.queryForObject("select max(id) from change_log", Long.class));
            assertThat(target.queryForObject("select version from flyway_schema_history where success order by installed_rank desc limit 1",
                    String.class)).isEqualTo(summary.schemaVersion());

            // A database that is not empty is refused, in words, and left as it was.
            long before = target.queryForObject("select count(*) from change_log", Long.class);
            assertThatThrownBy(() -> PortalBackup.restore(fresh, file, cipher.keys()))
                    .isInstanceOf(PortalBackup.BackupException.class).hasMessageContaining("is not empty");
            assertThat(target.queryForObject("select count(*) from change_log", Long.class)).isEqualTo(before);
        }
        finally {
            jdbc.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aRestoreWithoutTheBackupsKeyIsRefusedBeforeAnythingIsWritten() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        fixtures.fillWithDemo(fixtures.filing(company, "无钥匙算法"), officer);
        Path file = directory.resolve("portal-backup.zip");
        try (Connection connection = dataSource.getConnection()) {
            PortalBackup.backup(connection, file);
        }
        String database = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create database " + database);
        try {
            DriverManagerDataSource fresh = dataSourceFor(database);
            assertThatThrownBy(() -> PortalBackup.restore(fresh, file,
                    com.cacfiling.web.privacy.PersonalDataKeys.of("other:" + java.util.Base64.getEncoder()
                            .encodeToString(new byte[32]))))
                    .isInstanceOf(PortalBackup.BackupException.class)
                    .hasMessageContaining(cipher.keys().currentId()).hasMessageContaining("nothing was restored");
            assertThat(new JdbcTemplate(fresh).queryForObject(
                    "select count(*) from pg_tables where schemaname = current_schema()", Integer.class)).isZero();
        }
        finally {
            jdbc.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** ZIP times carry no zone: the backup's entries are dated in China's time, as every ZIP of the portal. */
    @Test
    void theBackupsEntriesAreDatedInChinasTime() throws Exception {
        Path file = directory.resolve("portal-backup.zip");
        try (Connection connection = dataSource.getConnection()) {
            PortalBackup.backup(connection, file);
        }
        java.time.LocalDateTime beijing = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertThat(zip.stream().toList()).isNotEmpty().allSatisfy(entry -> assertThat(
                    java.time.Duration.between(entry.getTimeLocal(), beijing).abs()).as(entry.getName())
                    .isLessThan(java.time.Duration.ofMinutes(5)));
        }
    }

    private static DriverManagerDataSource dataSourceFor(String database) {
        TestDatabase.ConnectionDetails details = TestDatabase.get();
        String url = details.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        return new DriverManagerDataSource(base.substring(0, slash) + "/" + database + params, details.username(),
                details.password());
    }

    /** A real PNG (the upload checks the content). */
    private static byte[] pngBytes() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
