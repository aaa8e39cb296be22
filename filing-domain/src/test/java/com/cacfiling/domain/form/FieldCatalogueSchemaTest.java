package com.cacfiling.domain.form;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.dossier.DossierJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier's JSON Schema is the data half of the form, the field catalogue its form half: every catalogue field
 * is a leaf of the schema, and every schema leaf a user fills is in the catalogue.
 */
class FieldCatalogueSchemaTest {

    /** Leaves of the schema that no form field fills: uploads are their own page, the kind is the filing's role. */
    private static final Set<String> NOT_TYPED_BY_USERS = Set.of("step3.kind");
    private static final String NOT_TYPED_PREFIX = "algorithm.assessment.evidence.";

    @Test
    void everyCatalogueFieldIsASchemaLeafAndEverySchemaLeafAUserFillsIsACatalogueField() throws Exception {
        JsonNode schema;
        try (InputStream in = DossierJson.schema()) {
            schema = DomainJson.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode defs = schema.get("$defs");
        Set<String> leaves = new TreeSet<>();
        walk(defs, defs.get("EntityProfile"), "entity", leaves);
        walk(defs, defs.get("AlgorithmProfile"), "algorithm", leaves);
        walk(defs, defs.get("ProductsAndFunctions-2"), "step3", leaves);
        walk(defs, defs.get("SupportPlan-2"), "step3", leaves);
        leaves.removeIf(leaf -> NOT_TYPED_BY_USERS.contains(leaf) || leaf.startsWith(NOT_TYPED_PREFIX));
        // A keyed group's row key is the row itself (one row per policy kind), not a field.
        FormFields.current().all().stream().filter(field -> field.kind() == FieldKind.KEYED_GROUP)
                .forEach(keyed -> leaves.remove(keyed.plainPath() + "." + keyed.keyProperty()));

        Set<String> catalogue = new TreeSet<>();
        for (FieldSpec field : FormFields.current().all()) {
            if (!field.kind().isGroup()) {
                catalogue.add(field.plainPath());
            }
        }
        assertThat(catalogue).as("catalogue fields that are not in the schema").isSubsetOf(leaves);
        assertThat(leaves).as("schema leaves that no catalogue field fills").isSubsetOf(catalogue);
    }

    @Test
    void groupsAreArraysOfObjectsInTheSchema() {
        assertThat(FormFields.current().all()).filteredOn(field -> field.kind().isGroup())
                .extracting(FieldSpec::path).contains("algorithm.assessment.flow", "algorithm.assessment.risks",
                        "algorithm.assessment.risks[].measures", "step3.products",
                        "entity.responsibilityTable.policies");
    }

    @Test
    void pathsAreFoundFromConcretePaths() {
        FormFields fields = FormFields.current();
        assertThat(fields.find("step3.products[2].launchDate")).get().extracting(FieldSpec::kind)
                .isEqualTo(FieldKind.DATE);
        assertThat(fields.find("entity.responsibilityTable.policies.ETHICS_REVIEW.content")).get()
                .extracting(FieldSpec::path).isEqualTo("entity.responsibilityTable.policies.*.content");
        assertThat(fields.find("algorithm.assessment.risks[0].measures[3].evidenceIds")).isPresent();
        assertThat(fields.findOrEnclosing("step3.products[1]")).get().extracting(FieldSpec::path)
                .isEqualTo("step3.products");
        assertThat(fields.find("entity.nothing")).isEmpty();
    }

    @Test
    void theGenerativeSynthesisQuestionsAreAskedOfAGenerativeAlgorithmOnly() {
        FormFields fields = FormFields.current();
        com.cacfiling.domain.dossier.Dossier dossier = com.cacfiling.domain.sample.SampleDossiers.completeProvider();
        assertThat(fields.hiddenPatterns(DossierTree.of(dossier))).isEmpty();
        var algorithm = dossier.filing().algorithm();
        var basics = algorithm.profile().basics();
        algorithm.update(algorithm.profile().withBasics(new com.cacfiling.domain.algorithm.AlgorithmBasics(
                "PERSONALISED_PUSH", basics.name(), basics.launchDate(), basics.applicationAreas(),
                basics.applicationAreasOther())));
        DossierTree push = DossierTree.of(dossier);
        assertThat(fields.hiddenPatterns(push)).containsExactly("algorithm.details.model.generativeAlgorithmType",
                "algorithm.details.model.generativeAlgorithmTypeOther",
                "algorithm.details.riskPrevention.implicitLabel", "algorithm.details.riskPrevention.explicitLabel",
                "algorithm.details.riskPrevention.remindUsersToLabel",
                "algorithm.details.riskPrevention.refutationMechanism");
        assertThat(fields.isHidden("algorithm.details.riskPrevention.implicitLabel", push)).isTrue();
        // Before the type is chosen they are asked: the type is likely generative, and choosing another hides them.
        algorithm.update(algorithm.profile().withBasics(new com.cacfiling.domain.algorithm.AlgorithmBasics(
                null, basics.name(), basics.launchDate(), basics.applicationAreas(), basics.applicationAreasOther())));
        assertThat(fields.hiddenPatterns(DossierTree.of(dossier))).isEmpty();
        assertThat(fields.isHidden("algorithm.details.riskPrevention.userDataSecurity", push)).isFalse();
        assertThat(fields.step("ALGORITHM_DETAILED").fieldsFor(com.cacfiling.domain.filing.FilingRole.SERVICE_PROVIDER,
                push)).extracting(FieldSpec::path).contains("algorithm.details.usageScenario")
                .doesNotContain("algorithm.details.riskPrevention.refutationMechanism");
        // Every condition is on an answer of another step, as the page is rendered from the stored dossier.
        for (FieldSpec field : fields.all()) {
            if (field.shownWhen() != null) {
                assertThat(fields.stepOf(field.shownWhen().path())).isNotEqualTo(fields.stepOf(field.path()));
            }
        }
    }

    private static void walk(JsonNode defs, JsonNode node, String path, Set<String> leaves) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asString().substring("#/$defs/".length());
            JsonNode target = defs.get(name);
            if (target.has("properties")) {
                walk(defs, target, path, leaves);
            }
            else {
                leaves.add(path); // a value object or an enum: one value
            }
            return;
        }
        if (node.has("properties")) {
            node.get("properties").properties().forEach(entry ->
                    walk(defs, entry.getValue(), path + "." + entry.getKey(), leaves));
            return;
        }
        if (node.has("items")) {
            JsonNode items = node.get("items");
            JsonNode resolved = items.has("$ref") ? defs.get(items.get("$ref").asString().substring(8)) : items;
            if (resolved.has("properties")) {
                walk(defs, resolved, path, leaves);
                return;
            }
        }
        leaves.add(path);
    }
}
