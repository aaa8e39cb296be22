package com.cacfiling.web.privacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database filled before resident ID numbers were encrypted (migrations up to V50, numbers in plain): V65 encrypts
 * them in the company's Step 1 and its typed values, in the frozen copies and in the change log's versions (which are
 * otherwise append-only, and stay so afterwards).
 */
class PersonalDataMigrationTest {

    @Test
    void v65EncryptsWhatWasStoredInPlain() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        String schema = "personal_data_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataKeys.of("m1:"
                + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes())));
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).target("50").load()
                .migrate();
        UUID company = UUID.randomUUID();
        UUID algorithm = UUID.randomUUID();
        UUID filing = UUID.randomUUID();
        String entity = DomainJson.write(SampleDossiers.entity());
        String dossier = DossierJson.write(SampleDossiers.completeProvider());
        String typed = "{\"entries\":{\"entity.securityOfficer.idNumber\":{\"raw\":\"33010619900708151\","
                + "\"messageKey\":\"identifier.residentId.invalid\",\"arguments\":[]}}}";
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("insert into company (id, name, entity_profile, typed_input, created_at, updated_at) values ('"
                    + company + "', '旧公司', '" + entity + "'::jsonb, '" + typed + "'::jsonb, now(), now())");
            sql.execute("insert into algorithm (id, company_id, name, content, created_at, updated_at) values ('"
                    + algorithm + "', '" + company + "', '旧算法', '" + DomainJson.write(SampleDossiers.algorithmProfile())
                    + "'::jsonb, now(), now())");
            sql.execute("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, form_version, "
                    + "entity_snapshot, created_at, updated_at) values ('" + filing + "', '" + company + "', '"
                    + algorithm + "', 'SERVICE_PROVIDER', 'IN_REVIEW', '" + DomainJson.write(SampleDossiers.products())
                    + "'::jsonb, 'INITIAL', '2025.2', '" + entity + "'::jsonb, now(), now())");
            sql.execute("insert into change_log (company_id, filing_id, actor, at, action, snapshot) values ('"
                    + company + "', '" + filing + "', 'officer', now(), 'SAVE_ENTITY', '" + dossier.replace("'", "''")
                    + "'::jsonb)");

            Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema)
                    .javaMigrations(new V65__EncryptResidentIdNumbers(cipher)).load().migrate();

            try (ResultSet rows = sql.executeQuery("select c.entity_profile::text, c.typed_input::text, "
                    + "f.entity_snapshot::text, l.snapshot::text from company c join filing f on f.company_id = c.id "
                    + "join change_log l on l.filing_id = f.id")) {
                rows.next();
                for (int column = 1; column <= 4; column++) {
                    assertThat(rows.getString(column)).as("column %s", column).doesNotContain("110105198503120020")
                            .doesNotContain("33010619900708151").contains("pd1:m1:");
                }
                assertThat(DomainJson.readTree(cipher.openEntity(rows.getString(1)))).isEqualTo(DomainJson.readTree(entity));
                assertThat(DomainJson.readTree(cipher.openEntity(rows.getString(3)))).isEqualTo(DomainJson.readTree(entity));
                assertThat(DomainJson.readTree(cipher.openDossier(rows.getString(4))))
                        .isEqualTo(DomainJson.readTree(dossier));
                assertThat(new SealedTypedInputConverter(cipher).convertToEntityAttribute(rows.getString(2)))
                        .contains("\"raw\":\"33010619900708151\"");
            }
            // The change log is append-only again.
            try (ResultSet rows = sql.executeQuery("select tgenabled from pg_trigger "
                    + "where tgname = 'change_log_append_only' and tgrelid = '" + schema + ".change_log'::regclass")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("O");
            }
            sql.execute("drop schema " + schema + " cascade");
        }
    }
}
