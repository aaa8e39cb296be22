package com.cacfiling.web.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database filled by the portal before the field catalogue (migrations up to V8) is carried over: dossiers stay
 * as they were, every record starts with no typed values, and a comment on a management policy moves to the policy's
 * content field, where the wizard now shows it; single answers that may now be several become lists of one.
 */
class FieldCatalogueMigrationTest {

    @Test
    void aDatabaseInTheOldFormatIsCarriedOver() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        String schema = "catalogue_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway before = Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema)
                .target("8").load();
        before.migrate();
        UUID company = UUID.randomUUID();
        UUID algorithm = UUID.randomUUID();
        UUID filing = UUID.randomUUID();
        String entity = DomainJson.write(SampleDossiers.entity());
        String current = DomainJson.write(SampleDossiers.algorithmProfile());
        // Before several answers were allowed, these were single codes; before V71 the generation kind was asked in
        // the basics and the model held an architecture (carried over to the model description in words).
        tools.jackson.databind.node.ObjectNode old = (tools.jackson.databind.node.ObjectNode) DomainJson.readTree(current);
        ((tools.jackson.databind.node.ObjectNode) old.get("basics")).put("generationKind", "TEXT_TO_TEXT");
        ((tools.jackson.databind.node.ObjectNode) old.get("details")).put("usageScenario", "INTELLIGENT_DIALOGUE");
        ((tools.jackson.databind.node.ObjectNode) old.at("/details/model")).put("generativeAlgorithmType",
                "LARGE_LANGUAGE_MODEL");
        String oldProfile = old.toString();
        tools.jackson.databind.node.ObjectNode expected = (tools.jackson.databind.node.ObjectNode) DomainJson
                .readTree(current);
        ((tools.jackson.databind.node.ObjectNode) expected.get("assessment")).put("modelDescription",
                expected.at("/assessment/modelDescription").asString() + "\n模型类型：大语言模型。");
        String profile = expected.toString();
        assertThat(oldProfile).as("the old format").isNotEqualTo(current).doesNotContain("[\"TEXT_TO_TEXT\"]");
        String step3 = DomainJson.write(SampleDossiers.products());
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("insert into company (id, name, entity_profile, created_at, updated_at) values ('" + company
                    + "', '旧公司', '" + entity + "'::jsonb, now(), now())");
            sql.execute("insert into algorithm (id, company_id, name, content, created_at, updated_at) values ('"
                    + algorithm + "', '" + company + "', '旧算法', '" + oldProfile + "'::jsonb, now(), now())");
            sql.execute("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, form_version, "
                    + "created_at, updated_at) values ('" + filing + "', '" + company + "', '" + algorithm
                    + "', 'SERVICE_PROVIDER', 'DRAFT', '" + step3 + "'::jsonb, 'INITIAL', '2025.2', now(), now())");
            sql.execute("insert into field_comment (id, filing_id, field_path, author, body, created_at) values ('"
                    + UUID.randomUUID() + "', '" + filing + "', 'entity.responsibilityTable.policies.ETHICS_REVIEW', "
                    + "'consultant', '请补充伦理审查制度', now()), ('" + UUID.randomUUID() + "', '" + filing
                    + "', 'algorithm.details.introduction', 'consultant', '简介过长', now())");

            Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).load().migrate();

            try (ResultSet rows = sql.executeQuery("select field_path from field_comment order by field_path")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("algorithm.details.introduction");
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("entity.responsibilityTable.policies.ETHICS_REVIEW.content");
            }
            try (ResultSet rows = sql.executeQuery("select c.entity_profile::text, c.typed_input::text, "
                    + "a.content::text, a.typed_input::text, f.step3::text, f.typed_input::text from company c "
                    + "join algorithm a on a.company_id = c.id join filing f on f.algorithm_id = a.id")) {
                rows.next();
                assertThat(DomainJson.readTree(rows.getString(1))).isEqualTo(DomainJson.readTree(entity));
                assertThat(rows.getString(2)).isEqualTo("{}");
                assertThat(DomainJson.readTree(rows.getString(3))).isEqualTo(DomainJson.readTree(profile));
                assertThat(rows.getString(4)).isEqualTo("{}");
                assertThat(DomainJson.readTree(rows.getString(5))).isEqualTo(DomainJson.readTree(step3));
                assertThat(rows.getString(6)).isEqualTo("{}");
            }
            sql.execute("drop schema " + schema + " cascade");
        }
    }
}
