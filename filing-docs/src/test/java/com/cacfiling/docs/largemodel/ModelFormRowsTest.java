package com.cacfiling.docs.largemodel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.docs.model.Block;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The large-model application form's rows, read from the document model (not from a PDF's wrapped lines). */
class ModelFormRowsTest {

    /**
     * Found in a review: an optional field left empty had no row, so the form read as if it had never asked. Every
     * field the wizard shows has its row, empty ones as to be filled as in the assessment report (found in a walk:
     * optional numbers printed as "无" read as a claim of zero in a form for the CAC); a field whose condition is
     * unmet has none.
     */
    @Test
    void theFormHasARowForEveryFieldTheWizardShows() {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree(
                "{\"model\":{\"basics\":{\"modelName\":\"灵犀大模型\"}}}"), ModelFilingForm.fields());
        ModelDossier started = ModelDossier.of(ModelFilingRoute.FILING, tree,
                new ModelLists(List.of(), List.of(), List.of(), List.of()), ModelThresholds.current(),
                LocalDate.of(2026, 11, 30));
        ModelLabels labels = new ModelLabels(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> rows = new LinkedHashMap<>();
        ModelDocuments.model(ModelDocumentKind.FORM, started, Locale.SIMPLIFIED_CHINESE).blocks().stream()
                .filter(block -> block instanceof Block.KeyValueTable)
                .flatMap(block -> ((Block.KeyValueTable) block).rows().stream())
                .forEach(row -> rows.put(row.label(), row.value().value()));
        int optional = 0;
        for (String step : List.of("MODEL_BASIC", "MODEL_DEVELOPMENT", "MODEL_SERVICE")) {
            for (var group : ModelFilingForm.fields().step(step).groups()) {
                for (var field : group.fields()) {
                    if (field.kind().isGroup() || !field.isShown(tree) || field.followsAnswerNotGiven(tree)) {
                        continue;
                    }
                    String label = labels.text(field.labelKey());
                    assertThat(rows).as(field.path()).containsKey(label);
                    boolean asked = field.isAlwaysRequired() || started.evaluation().findings().stream()
                            .anyMatch(f -> f.fieldPath().equals(field.path()));
                    if (!asked && !field.path().equals("model.basics.modelName")) {
                        optional++;
                        assertThat(rows.get(label)).as(field.path()).isEqualTo("【待填】");
                    }
                }
            }
        }
        assertThat(optional).as("optional fields printed as to be filled").isPositive();
        assertThat(rows).doesNotContainValue("无");
        for (String path : List.of("model.development.corpusManualPassed",
                "model.development.worstSourceIllegalPercent")) {
            assertThat(rows.get(labels.text(ModelFilingForm.fields().find(path).orElseThrow().labelKey())))
                    .as(path).isEqualTo("【待填】");
        }
        assertThat(rows.get(labels.text("field.model.basics.modelName"))).isEqualTo("灵犀大模型");
        assertThat(rows.get(labels.text("field.model.basics.algorithmFilingNumber"))).isEqualTo("【待填】");
    }

    /**
     * Found in a walk: "限定的领域 【待填】" under 是否限定领域 否 and "其他调用方式 【待填】" under 调用方式 API接口调用
     * read as gaps to a reviewer. A field that only follows an answer not given has no row; once the answer asks for
     * it, it has one, to be filled while empty.
     */
    @Test
    void aFieldThatOnlyFollowsAnAnswerNotGivenHasNoRow() {
        Map<String, String> notAsked = formRows(ModelFilingRoute.REGISTRATION, "{\"model\":{\"basics\":"
                + "{\"domainLimited\":false},\"called\":{\"callMethod\":\"API\"}}}", Locale.SIMPLIFIED_CHINESE);
        assertThat(notAsked).containsEntry("是否限定领域", "否").containsEntry("调用方式", "API接口调用")
                .doesNotContainKeys("限定的领域", "其他调用方式");
        Map<String, String> asked = formRows(ModelFilingRoute.REGISTRATION, "{\"model\":{\"basics\":"
                + "{\"domainLimited\":true},\"called\":{\"callMethod\":\"OTHER\"}}}", Locale.SIMPLIFIED_CHINESE);
        assertThat(asked).containsEntry("限定的领域", "【待填】").containsEntry("其他调用方式", "【待填】");
        Map<String, String> english = formRows(ModelFilingRoute.REGISTRATION, "{\"model\":{\"basics\":"
                + "{\"domainLimited\":false}}}", Locale.ENGLISH);
        assertThat(english).doesNotContainKey(new ModelLabels(Locale.ENGLISH).text("field.model.basics.domainDescription"));
        // A text kept from an earlier answer is not printed under the answer that no longer asks for it, as the page
        // says under the field.
        Map<String, String> kept = formRows(ModelFilingRoute.REGISTRATION, "{\"model\":{\"basics\":"
                + "{\"domainLimited\":false,\"domainDescription\":\"教育\"},\"called\":{\"callMethod\":\"API\","
                + "\"callMethodOther\":\"私有化部署\"}}}", Locale.SIMPLIFIED_CHINESE);
        assertThat(kept).doesNotContainKeys("限定的领域", "其他调用方式").doesNotContainValue("教育");
    }

    /** The form's rows (label to value, every table, the called model's document included) of a dossier. */
    private static Map<String, String> formRows(ModelFilingRoute route, String json, Locale locale) {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree(json), ModelFilingForm.fields());
        ModelDossier dossier = ModelDossier.of(route, tree, new ModelLists(List.of(), List.of(), List.of(), List.of()),
                ModelThresholds.current(), LocalDate.of(2026, 11, 30));
        Map<String, String> rows = new LinkedHashMap<>();
        for (ModelDocumentKind kind : List.of(ModelDocumentKind.FORM, ModelDocumentKind.CALLED)) {
            ModelDocuments.model(kind, dossier, locale).blocks().stream()
                    .filter(block -> block instanceof Block.KeyValueTable)
                    .flatMap(block -> ((Block.KeyValueTable) block).rows().stream())
                    .forEach(row -> rows.put(row.label(), row.value().value()));
        }
        return rows;
    }
}
