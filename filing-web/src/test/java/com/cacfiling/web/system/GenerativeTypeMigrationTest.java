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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V71 (issue 15): an algorithm stored with the generation kinds in its basics and an architecture as its model's
 * "generative algorithm type" is carried over to the one question of the model group; the architecture stays, in
 * words, in the report's model description; typed values and comments follow the field.
 */
class GenerativeTypeMigrationTest {

    @Test
    void storedAlgorithmsAskTheGenerativeTypeOnceAndLoseNothing() throws Exception {
        TestDatabase.ConnectionDetails db = TestDatabase.get();
        String schema = "generative_type_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).target("70").load()
                .migrate();
        UUID company = UUID.randomUUID();
        UUID algorithm = UUID.randomUUID();
        UUID filing = UUID.randomUUID();
        ObjectNode old = (ObjectNode) DomainJson.readTree(DomainJson.write(SampleDossiers.algorithmProfile()));
        ObjectNode model = (ObjectNode) old.at("/details/model");
        ((ObjectNode) old.get("basics")).putArray("generationKind").add("TEXT_TO_TEXT").add("OTHER");
        ((ObjectNode) old.get("basics")).put("generationKindOther", "照片换脸");
        model.putArray("generativeAlgorithmType").add("LARGE_LANGUAGE_MODEL").add("DIFFUSION_MODEL");
        model.remove("generativeAlgorithmTypeOther");
        String typed = "{\"entries\":{\"algorithm.basics.generationKind\":{\"raw\":\"X\",\"messageKey\":"
                + "\"rule.code.unknown\",\"arguments\":[]}}}";
        String step3 = DomainJson.write(SampleDossiers.products());
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("insert into company (id, name, entity_profile, created_at, updated_at) values ('" + company
                    + "', '旧公司', '" + DomainJson.write(SampleDossiers.entity()) + "'::jsonb, now(), now())");
            sql.execute("insert into algorithm (id, company_id, name, content, typed_input, created_at, updated_at) "
                    + "values ('" + algorithm + "', '" + company + "', '旧算法', '" + old + "'::jsonb, '" + typed
                    + "'::jsonb, now(), now())");
            sql.execute("insert into filing (id, company_id, algorithm_id, role, status, step3, kind, form_version, "
                    + "created_at, updated_at) values ('" + filing + "', '" + company + "', '" + algorithm
                    + "', 'SERVICE_PROVIDER', 'DRAFT', '" + step3 + "'::jsonb, 'INITIAL', '2025.2', now(), now())");
            sql.execute("insert into field_comment (id, filing_id, field_path, author, body, created_at) values ('"
                    + UUID.randomUUID() + "', '" + filing + "', 'algorithm.basics.generationKindOther', "
                    + "'consultant', '请说明换脸功能', now())");

            Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas(schema).load().migrate();

            try (ResultSet rows = sql.executeQuery("select content::text, typed_input::text from algorithm")) {
                rows.next();
                JsonNode content = DomainJson.readTree(rows.getString(1));
                assertThat(content.get("basics").has("generationKind")).isFalse();
                assertThat(content.get("basics").has("generationKindOther")).isFalse();
                assertThat(content.at("/details/model/generativeAlgorithmType").toString())
                        .isEqualTo("[\"TEXT_TO_TEXT\",\"OTHER\"]");
                assertThat(content.at("/details/model/generativeAlgorithmTypeOther").asString()).isEqualTo("照片换脸");
                assertThat(content.at("/assessment/modelDescription").asString())
                        .isEqualTo(SampleDossiers.algorithmProfile().assessment().modelDescription()
                                + "\n模型类型：大语言模型、扩散模型。");
                JsonNode typedAfter = DomainJson.readTree(rows.getString(2));
                assertThat(typedAfter.at("/entries").has("algorithm.basics.generationKind")).isFalse();
                assertThat(typedAfter.at("/entries/algorithm.details.model.generativeAlgorithmType/raw").asString())
                        .isEqualTo("X");
            }
            try (ResultSet rows = sql.executeQuery("select field_path from field_comment")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("algorithm.details.model.generativeAlgorithmTypeOther");
            }
            // What the portal reads back is the domain's profile, with the types of the model group.
            try (ResultSet rows = sql.executeQuery("select content::text from algorithm")) {
                rows.next();
                var profile = DomainJson.read(rows.getString(1), com.cacfiling.domain.algorithm.AlgorithmProfile.class);
                assertThat(profile.details().model().generativeAlgorithmType()).containsExactly("TEXT_TO_TEXT", "OTHER");
            }
            sql.execute("drop schema " + schema + " cascade");
        }
    }
}
