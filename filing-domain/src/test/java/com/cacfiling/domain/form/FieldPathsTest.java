package com.cacfiling.domain.form;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.dossier.DomainJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one walk over a field's concrete paths: a group's rows as the dossier has them, rows within rows, a keyed group's
 * keys as its enum lists them (whether or not the dossier has their rows), keys left out, fields not gone into.
 */
class FieldPathsTest {

    private final FormFields fields = FormFields.read("field-paths.yaml");
    private final DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree("""
            {"model": {"name": "模型",
              "others": [{"title": "甲", "steps": [{"text": "一"}, {"text": "二"}]}, {"title": "乙"}],
              "hidden": [{"text": "不走"}],
              "clauses": [{"result": "CONFORMS", "note": "符合"}]}}
            """), fields);

    @Test
    void visitsEachRowAndKeyInFormOrderAndNotBelowAFieldItDoesNotGoInto() {
        List<String> visited = new ArrayList<>();
        for (FieldSpec field : topLevel()) {
            FieldPaths.walk(field, tree, (each, path) -> {
                assertThat(fields.patternOf(path)).as(path).isEqualTo(each.path());
                visited.add(path);
                return !each.path().equals("model.hidden");
            });
        }
        assertThat(visited).containsExactly("model.name",
                "model.others",
                "model.others[0].title", "model.others[0].steps",
                "model.others[0].steps[0].text", "model.others[0].steps[1].text",
                "model.others[1].title", "model.others[1].steps",
                "model.hidden",
                "model.clauses",
                "model.clauses.CONFORMS.result", "model.clauses.CONFORMS.note",
                "model.clauses.DOES_NOT_CONFORM.result", "model.clauses.DOES_NOT_CONFORM.note",
                "model.clauses.NOT_APPLICABLE.result", "model.clauses.NOT_APPLICABLE.note");
    }

    @Test
    void leavesOutTheKeysItIsToldTo() {
        FieldSpec clauses = fields.find("model.clauses").orElseThrow();
        assertThat(paths(clauses, FieldPaths.NOT_OPTIONAL_KEYS)).containsExactly("model.clauses",
                "model.clauses.CONFORMS.result", "model.clauses.CONFORMS.note",
                "model.clauses.DOES_NOT_CONFORM.result", "model.clauses.DOES_NOT_CONFORM.note");
        List<String> asked = new ArrayList<>();
        assertThat(paths(clauses, (keyedGroup, key) -> asked.add(keyedGroup.path() + " " + key)
                && !key.equals("CONFORMS"))).containsExactly("model.clauses",
                        "model.clauses.DOES_NOT_CONFORM.result", "model.clauses.DOES_NOT_CONFORM.note",
                        "model.clauses.NOT_APPLICABLE.result", "model.clauses.NOT_APPLICABLE.note");
        assertThat(asked).containsExactly("model.clauses CONFORMS", "model.clauses DOES_NOT_CONFORM",
                "model.clauses NOT_APPLICABLE");
    }

    @Test
    void aGroupWithoutRowsInTheDossierHasOnlyItsOwnPath() {
        DossierTree empty = DossierTree.of((ObjectNode) DomainJson.readTree("""
                {"model": {"others": {"title": "不是行"}}}
                """), fields);
        List<String> visited = new ArrayList<>();
        FieldPaths.walk(fields.find("model.others").orElseThrow(), empty, (each, path) -> visited.add(path));
        FieldPaths.walk(fields.find("model.hidden").orElseThrow(), empty, (each, path) -> visited.add(path));
        assertThat(visited).containsExactly("model.others", "model.hidden");
    }

    private List<FieldSpec> topLevel() {
        return fields.steps().stream().flatMap(step -> step.groups().stream())
                .flatMap(group -> group.fields().stream()).toList();
    }

    private List<String> paths(FieldSpec field, FieldPaths.KeyFilter keys) {
        List<String> visited = new ArrayList<>();
        FieldPaths.walk(field, tree, keys, (each, path) -> visited.add(path));
        return visited;
    }
}
