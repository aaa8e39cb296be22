package com.cacfiling.domain.form;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A row's field shown for some answers of its row: what the catalogue may say, and what an answer calls for. */
class ShownForAnswerTest {

    @Test
    void anAnswerNotGivenCallsForNothing() {
        ShownForAnswer evidence = new ShownForAnswer("result", List.of("CONFORMS"));
        assertThat(evidence.calledFor("CONFORMS")).isTrue();
        assertThat(evidence.calledFor("NOT_APPLICABLE")).isFalse();
        assertThat(evidence.calledFor(null)).isFalse();
    }

    @Test
    void theReportsClauseTextsNameTheirRowsResult() {
        FieldSpec reason = FormFields.read("model-fields-2025.1.yaml")
                .find("model.assessment.clauses.CORPUS_SOURCE.reason").orElseThrow();
        assertThat(reason.answerPath()).isEqualTo("model.assessment.clauses.*.result");
        assertThat(reason.shownForAnswer().oneOf()).containsExactly("DOES_NOT_CONFORM", "NOT_APPLICABLE");
    }

    /**
     * Found in a walk: the further models' other way of calling showed after 其他 only, the first model's always, and
     * 限定的领域 stayed after 否. A field beside its answer, outside rows, is shown for it the same way, a yes/no too.
     */
    @Test
    void aFieldOutsideRowsNamesTheAnswerBesideIt() {
        FormFields fields = FormFields.read("model-fields-2025.1.yaml");
        FieldSpec other = fields.find("model.called.callMethodOther").orElseThrow();
        assertThat(other.answerPath()).isEqualTo("model.called.callMethod");
        assertThat(other.shownForAnswer().oneOf()).containsExactly("OTHER");
        FieldSpec domain = fields.find("model.basics.domainDescription").orElseThrow();
        assertThat(domain.answerPath()).isEqualTo("model.basics.domainLimited");
        assertThat(domain.shownForAnswer().calledFor("true")).isTrue();
        assertThat(domain.shownForAnswer().calledFor("false")).isFalse();
        assertThat(fields.find("model.called.others[0].callMethodOther").orElseThrow().answerPath("model.called.others[1]"
                + ".callMethodOther")).isEqualTo("model.called.others[1].callMethod");
    }

    @Test
    void aCatalogueShowingAFieldForWhatIsNoChoiceOfItsRowOrNotOfferedIsRefused() {
        assertThatThrownBy(() -> FormFields.read("shown-for-answer-choice.yaml"))
                .hasMessageContaining("model.assessment.clauses.*.evidence is shown for an answer that is no single choice");
        assertThatThrownBy(() -> FormFields.read("shown-for-answer-unoffered.yaml"))
                .hasMessageContaining("is shown for answers model.assessment.clauses.*.result does not offer");
        assertThatThrownBy(() -> new ShownForAnswer("result", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
