package com.cacfiling.web.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V118: a technical supporter's count of business customers gets a field of its own. Stored algorithms with a
 * supporter's filing start it from the one number they had, so their documents print what they printed; a
 * supporter-only algorithm's number, what was typed into it and the comments on it move over; a provider's stays.
 */
class AudienceCountMigrationTest {

    @Test
    void aSupporterKeepsItsNumberAsItsCustomerCountAndAProviderKeepsItsUserCount() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        String schema = "audience_count_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).target("117").load()
                .migrate();
        ObjectNode old = (ObjectNode) DomainJson.readTree(DomainJson.write(SampleDossiers.algorithmProfile()));
        ((ObjectNode) old.get("assessment")).remove("customerCount");
        ((ObjectNode) old.get("assessment")).remove("servedCustomers");
        ((ObjectNode) old.get("assessment")).put("servedUsers", "电商平台等企业客户");
        ((ObjectNode) old.get("assessment")).put("userCount", 4000);
        UUID company = UUID.randomUUID();
        UUID pair = UUID.randomUUID();
        UUID supporterOnly = UUID.randomUUID();
        UUID providerOnly = UUID.randomUUID();
        UUID supporterFiling = UUID.randomUUID();
        String typed = "{\"entries\":{\"algorithm.assessment.userCount\":{\"raw\":\"约40家\",\"messageKey\":"
                + "\"typeMismatch.integer\",\"arguments\":[]}}}";
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("insert into company (id, name, entity_profile, created_at, updated_at) values ('" + company
                    + "', '旧公司', '" + DomainJson.write(SampleDossiers.entity()) + "'::jsonb, now(), now())");
            for (UUID algorithm : new UUID[] {pair, supporterOnly, providerOnly}) {
                sql.execute("insert into algorithm (id, company_id, name, content, typed_input, created_at, "
                        + "updated_at) values ('" + algorithm + "', '" + company + "', '算法" + algorithm
                        + "', '" + old + "'::json, '" + (algorithm == supporterOnly ? typed : "{}")
                        + "'::jsonb, now(), now())");
            }
            filing(sql, UUID.randomUUID(), company, pair, "SERVICE_PROVIDER");
            filing(sql, UUID.randomUUID(), company, pair, "TECHNICAL_SUPPORTER");
            filing(sql, supporterFiling, company, supporterOnly, "TECHNICAL_SUPPORTER");
            filing(sql, UUID.randomUUID(), company, providerOnly, "SERVICE_PROVIDER");
            sql.execute("insert into field_comment (id, filing_id, field_path, author, body, created_at) values ('"
                    + UUID.randomUUID() + "', '" + supporterFiling + "', 'algorithm.assessment.userCount', "
                    + "'consultant', '请核实客户数量', now())");
            sql.execute("insert into field_comment (id, filing_id, field_path, author, body, created_at) values ('"
                    + UUID.randomUUID() + "', '" + supporterFiling + "', 'algorithm.assessment.servedUsers', "
                    + "'consultant', '请写明客户类型', now())");

            Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).load().migrate();

            AlgorithmProfile both = profile(sql, pair);
            assertThat(both.assessment().userCount()).isEqualTo(4000L);
            assertThat(both.assessment().customerCount()).isEqualTo(4000L);
            assertThat(both.assessment().servedUsers()).isEqualTo("电商平台等企业客户");
            assertThat(both.assessment().servedCustomers()).isEqualTo("电商平台等企业客户");
            AlgorithmProfile supporter = profile(sql, supporterOnly);
            assertThat(supporter.assessment().userCount()).isNull();
            assertThat(supporter.assessment().customerCount()).isEqualTo(4000L);
            assertThat(supporter.assessment().servedUsers()).isNull();
            assertThat(supporter.assessment().servedCustomers()).isEqualTo("电商平台等企业客户");
            AlgorithmProfile provider = profile(sql, providerOnly);
            assertThat(provider.assessment().userCount()).isEqualTo(4000L);
            assertThat(provider.assessment().customerCount()).isNull();
            assertThat(provider.assessment().servedUsers()).isEqualTo("电商平台等企业客户");
            assertThat(provider.assessment().servedCustomers()).isNull();
            try (ResultSet rows = sql.executeQuery("select typed_input::text from algorithm where id = '"
                    + supporterOnly + "'")) {
                rows.next();
                JsonNode entries = DomainJson.readTree(rows.getString(1)).get("entries");
                assertThat(entries.has("algorithm.assessment.userCount")).isFalse();
                assertThat(entries.at("/algorithm.assessment.customerCount/raw").asString()).isEqualTo("约40家");
            }
            try (ResultSet rows = sql.executeQuery("select field_path from field_comment order by body")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("algorithm.assessment.servedCustomers");
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("algorithm.assessment.customerCount");
            }
            sql.execute("drop schema " + schema + " cascade");
        }
    }

    private static void filing(Statement sql, UUID id, UUID company, UUID algorithm, String role) throws Exception {
        String step3 = DomainJson.write("SERVICE_PROVIDER".equals(role) ? SampleDossiers.products()
                : SampleDossiers.supportPlan());
        sql.execute("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, form_version, "
                + "created_at, updated_at) values ('" + id + "', '" + company + "', '" + algorithm + "', '" + role
                + "', 'DRAFT', '" + step3 + "'::jsonb, 'INITIAL', '2025.2', now(), now())");
    }

    private static AlgorithmProfile profile(Statement sql, UUID algorithm) throws Exception {
        try (ResultSet rows = sql.executeQuery("select content::text from algorithm where id = '" + algorithm + "'")) {
            rows.next();
            return DomainJson.read(rows.getString(1), AlgorithmProfile.class);
        }
    }
}
