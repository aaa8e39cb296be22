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
