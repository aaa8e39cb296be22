package com.cacfiling.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;

import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.DualRoleFilings;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierJsonTest {

    @Test
    void exportImportExportIsIdenticalForAProvider() {
        assertRoundTrip(SampleDossiers.completeProvider());
    }

    @Test
    void exportImportExportIsIdenticalForATechnicalSupporter() {
        assertRoundTrip(SampleDossiers.completeSupporter());
    }

    @Test
    void exportImportExportIsIdenticalForBothFilingsOfADualRolePair() {
        DualRoleFilings pair = SampleDossiers.dualRole();
        assertRoundTrip(new Dossier(SampleDossiers.entity(), pair.provider()));
        assertRoundTrip(new Dossier(SampleDossiers.entity(), pair.supporter()));
    }

    @Test
    void aFilingWithLifecycleHistoryAndApprovalRoundTrips() {
        Dossier dossier = SampleDossiers.completeProvider();
        Actor actor = new Actor("consultant", Instant.parse("2026-12-20T08:00:00Z"));
        dossier.filing().submitForReview(actor);
        dossier.filing().markReady(actor);
        dossier.filing().recordSubmission(actor, LocalDate.of(2026, 12, 21));
        dossier.filing().recordApproval(actor, new FilingNumber("网信算备110108823483901230031号"),
                LocalDate.of(2027, 3, 1));
        String json = assertRoundTrip(dossier);
        assertThat(json).contains("网信算备110108823483901230031号", "\"status\" : \"APPROVED\"");
    }

    /** The one-pass writing of a version (the entity's text handed over) says what the whole tree says. */
    @Test
    void writingWithTheEntitysTextHandedOverIsTheWholeDossier() {
        Dossier dossier = SampleDossiers.completeProvider();
        dossier.filing().submitForReview(new Actor("officer", Instant.parse("2026-12-20T08:00:00Z")));
        // Compared as parsed text: a tree built from the objects keeps their number types (BigDecimal), parsing not.
        tools.jackson.databind.JsonNode whole = DomainJson.readTree(DossierJson.tree(dossier).toString());
        java.util.List<String> handedOver = new java.util.ArrayList<>();
        String written = DossierJson.writeCompact(dossier, entity -> {
            handedOver.add(entity);
            return entity;
        });
        assertThat(DomainJson.readTree(written).equals(whole)).as("the version says what the whole tree says").isTrue();
        assertThat(handedOver).hasSize(1);
        assertThat(DomainJson.readTree(handedOver.get(0)).equals(whole.get("entity"))).as("the entity alone").isTrue();
        // What the entity becomes is what the version carries.
        tools.jackson.databind.JsonNode replaced = DomainJson.readTree(
                DossierJson.writeCompact(dossier, entity -> "{\"name\":\"换\"}"));
        assertThat(replaced.get("entity").get("name").asString()).isEqualTo("换");
        assertThat(replaced.get("entity").size()).isEqualTo(1);
        assertThat(replaced.get("algorithm").equals(whole.get("algorithm"))).isTrue();
        assertThat(replaced.get("filing").equals(whole.get("filing"))).isTrue();
    }

    /**
     * A version written with the algorithm's profile as stored (its text, not written again) is the same text as one
     * written from the objects: the history reads either the same way.
     */
    @Test
    void writingWithTheProfilesStoredTextIsTheSameVersion() {
        Dossier dossier = SampleDossiers.completeProvider();
        dossier.filing().submitForReview(new Actor("officer", Instant.parse("2026-12-20T08:00:00Z")));
        String stored = DomainJson.write(dossier.filing().algorithm().profile());
        String fromObjects = DossierJson.writeCompact(dossier, entity -> entity);
        assertThat(DossierJson.writeCompact(dossier, stored, entity -> entity)).isEqualTo(fromObjects);
        // What the profile's text says is what the version carries (it is not written from the objects again).
        tools.jackson.databind.JsonNode marked = DomainJson.readTree(
                DossierJson.writeCompact(dossier, "{\"name\":\"存\"}", entity -> entity));
        assertThat(marked.get("algorithm").get("profile").get("name").asString()).isEqualTo("存");
        assertThat(marked.get("algorithm").get("id").asString())
                .isEqualTo(dossier.filing().algorithm().id().value().toString());
    }

    @Test
    void theExportCarriesSchemaVersionCompanyAlgorithmStep3AndEvidence() {
        String json = DossierJson.write(SampleDossiers.completeProvider());
        assertThat(json).contains("\"schemaVersion\" : 3", "北京灵犀智能科技有限公司", SampleDossiers.ALGORITHM_NAME,
                "\"kind\" : \"PRODUCTS\"", "灵犀助手网页版", "生成内容显式标识截图", "\"formVersion\" : \"2026.1\"");
    }

    @Test
    void aTruncatedFileIsRejectedWithItsPosition() {
        String json = DossierJson.write(SampleDossiers.completeProvider());
        String truncated = json.substring(0, json.length() / 2);
        assertThatThrownBy(() -> DossierJson.read(truncated))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> {
                    assertThat(ex.problems()).hasSize(1);
                    assertThat(ex.problems().get(0).path()).isEqualTo("$");
                    assertThat(ex.problems().get(0).reason()).contains("not valid JSON", "line");
                });
    }

    @Test
    void anEditedCreditCodeIsRejectedAtItsPath() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("91110108MA01N7QX00", "91110108MA01N7QX01");
        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(DossierFormatException.Problem::path).contains("$.entity.creditCode"));
    }

    /** Every value that cannot be read is answered at once, not one per attempt (found in a walk of the API). */
    @Test
    void everyValueThatCannotBeReadIsRejectedAtOnceEachAtItsPath() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("91110108MA01N7QX00", "91110108MA01N7QX01")
                .replace("110105198503120020", "110105198503120021")
                .replace("\"userCount\" : 1200000", "\"userCount\" : \"many\"");
        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(DossierFormatException.Problem::path).containsExactly(
                                "$.algorithm.profile.assessment.userCount", "$.entity.creditCode",
                                "$.entity.icp.entityCreditCode", "$.entity.legalRepresentative.idNumber"));
        DossierJson.Lenient lenient = DossierJson.readLeniently(json.replace("\"userCount\" : \"many\"",
                "\"userCount\" : 1200000"));
        assertThat(lenient.problems()).extracting(DossierFormatException.Problem::messageKey)
                .containsExactly("identifier.creditCode.invalid.checkCode", "identifier.creditCode.invalid.checkCode",
                        "identifier.residentId.invalid");
        // What could be read is there; what could not is left out.
        assertThat(lenient.dossier().entity().creditCode()).isNull();
        assertThat(lenient.dossier().entity().legalRepresentative().idNumber()).isNull();
        assertThat(lenient.dossier().entity().legalRepresentative().name()).isEqualTo("王法人");
    }

    @Test
    void aPropertyInTheWrongPlaceIsSaidOnceAndHidesNoOtherProblem() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("\"scope\" :", "\"secretField\" : 1, \"scope\" :")
                .replace("91110108MA01N7QX00", "91110108MA01N7QX01");
        DossierJson.Lenient read = DossierJson.readLeniently(json);
        assertThat(read.problems()).extracting(DossierFormatException.Problem::path).containsExactly(
                "$.algorithm.profile.assessment", "$.entity.creditCode", "$.entity.icp.entityCreditCode");
        // What could be read is there for the caller's own checks.
        assertThat(read.dossier()).isNotNull();
        assertThat(read.dossier().algorithmName()).isEqualTo(SampleDossiers.ALGORITHM_NAME);
    }

    @Test
    void aWrongTypeIsRejectedByTheSchemaWithItsPath() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("\"userCount\" : 1200000", "\"userCount\" : \"many\"");
        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(DossierFormatException.Problem::path)
                        .contains("$.algorithm.profile.assessment.userCount"));
    }

    @Test
    void anUnknownPropertyIsRejected() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("\"scope\" :", "\"secretField\" : 1, \"scope\" :");
        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.getMessage())
                        .contains("$.algorithm.profile.assessment", "secretField"));
    }

    @Test
    void anUnknownSchemaVersionIsRejected() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 4");
        assertThatThrownBy(() -> DossierJson.read(json))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> {
                    assertThat(ex.problems().get(0).path()).isEqualTo("$.schemaVersion");
                    assertThat(ex.problems().get(0).reason()).contains("unsupported schema version 4");
                });
        // Found in a walk: an empty body was told of an unsupported version "-".
        assertThatThrownBy(() -> DossierJson.read("{}"))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> {
                    assertThat(ex.problems().get(0).messageKey()).isEqualTo("dossier.problem.schemaVersionMissing");
                    assertThat(ex.problems().get(0).arguments()).containsExactly(DossierJson.SCHEMA_VERSION);
                    assertThat(ex.problems().get(0).reason()).contains("schema version missing");
                });
    }

    /**
     * The sample as a version-2 file wrote it: the generation kinds in the basics, the model architecture as the
     * model's "generative algorithm type".
     */
    private static String version2() {
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) DomainJson.readTree(
                DossierJson.write(SampleDossiers.completeProvider()));
        tree.put("schemaVersion", 2);
        tools.jackson.databind.node.ObjectNode profile = (tools.jackson.databind.node.ObjectNode) tree.at(
                "/algorithm/profile");
        tools.jackson.databind.node.ObjectNode model = (tools.jackson.databind.node.ObjectNode) profile.at(
                "/details/model");
        ((tools.jackson.databind.node.ObjectNode) profile.get("basics")).set("generationKind",
                model.get("generativeAlgorithmType"));
        model.putArray("generativeAlgorithmType").add("LARGE_LANGUAGE_MODEL");
        return tree.toString();
    }

    /** What reading the version-2 sample gives: the kinds as the model's type, the architecture in words. */
    private static String upgradedSample() {
        Dossier dossier = SampleDossiers.completeProvider();
        var profile = dossier.filing().algorithm().profile();
        var a = profile.assessment();
        dossier.filing().algorithm().update(profile.withAssessment(new com.cacfiling.domain.algorithm.SelfAssessment(
                a.flow(), a.scope(), a.servedUsers(), a.userCount(),
                a.servedCustomers(), a.customerCount(), a.socialImpact(), a.softwareHardware(),
                a.deploymentLocation(), a.otherDescription(), a.dataDescription(),
                a.modelDescription() + "\n模型类型：大语言模型。", a.interventionStrategy(), a.resultLabelling(),
                a.risks(), a.evidence(), a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters())));
        return DossierJson.write(dossier);
    }

    @Test
    void aVersion2FileAsksTheGenerativeTypeOnceAndKeepsTheArchitectureInWords() {
        String version2 = version2();
        assertThat(version2).contains("\"generationKind\":[\"TEXT_TO_TEXT\"]", "LARGE_LANGUAGE_MODEL");
        String read = DossierJson.write(DossierJson.read(version2));
        assertThat(read).isEqualTo(upgradedSample()).doesNotContain("generationKind").doesNotContain("LARGE_LANGUAGE");
    }

    @Test
    void aVersion1FileIsReadWithItsSingleAnswersAsListsOfOne() {
        String version1 = version2().replace("\"schemaVersion\":2", "\"schemaVersion\":1")
                .replaceAll("\"generationKind\":\\[\"([A-Z_]+)\"\\]", "\"generationKind\":\"$1\"")
                .replaceAll("\"usageScenario\":\\[\"([A-Z_]+)\"\\]", "\"usageScenario\":\"$1\"")
                .replaceAll("\"generativeAlgorithmType\":\\[\"([A-Z_]+)\"\\]",
                        "\"generativeAlgorithmType\":\"$1\"");
        assertThat(version1).contains("\"usageScenario\":\"INTELLIGENT_DIALOGUE\"", "\"schemaVersion\":1",
                "\"generationKind\":\"TEXT_TO_TEXT\"");
        assertThat(DossierJson.write(DossierJson.read(version1))).isEqualTo(upgradedSample());
    }

    @Test
    void aStep3ThatDoesNotFitTheRoleIsRejected() {
        String json = DossierJson.write(SampleDossiers.completeProvider())
                .replace("\"role\" : \"SERVICE_PROVIDER\"", "\"role\" : \"TECHNICAL_SUPPORTER\"");
        assertThatThrownBy(() -> DossierJson.read(json)).isInstanceOf(DossierFormatException.class)
                .hasMessageContaining("$.filing");
    }

    private static String assertRoundTrip(Dossier dossier) {
        String first = DossierJson.write(dossier);
        String second = DossierJson.write(DossierJson.read(first));
        assertThat(second).isEqualTo(first);
        return first;
    }

    /** Found in a walk: the parser's own sentences (Java's long and its range) reached API callers. */
    @Test
    void aNumberTooLargeAndABodyThatIsNoObjectAreSaidByMessageKeys() {
        String json = DossierJson.write(SampleDossiers.completeProvider());
        assertThat(json).contains("1200000");
        assertThatThrownBy(() -> DossierJson.read(json.replace("1200000", "1000000000000000000000000000000")))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(DossierFormatException.Problem::messageKey)
                        .contains("dossier.problem.invalid.outOfRange"));
        assertThatThrownBy(() -> DossierJson.read("[1, 2]"))
                .isInstanceOfSatisfying(DossierFormatException.class, ex -> assertThat(ex.problems())
                        .extracting(DossierFormatException.Problem::messageKey)
                        .containsExactly("dossier.problem.notObject"));
    }
}
