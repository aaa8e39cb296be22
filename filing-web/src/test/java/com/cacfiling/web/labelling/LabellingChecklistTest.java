package com.cacfiling.web.labelling;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in a walk: a text labelled by a prompt in the interface was called unlabelled, and a service labelling text and
 * images in the content was told its interface prompt was missing. Labelling Measures Art. 4 lets a text's or an
 * audio's explicit label be a prominent prompt in the interface; an image's, a video's and a scene's are in the content.
 */
class LabellingChecklistTest {

    private static LabellingChecklist checklist(Set<Modality> outputs, Set<Modality> labelledInContent,
            Boolean interfacePrompt) {
        return new LabellingChecklist(outputs, labelledInContent, interfacePrompt, true, true, true, true,
                LogDuty.NOT_OFFERED);
    }

    @Test
    void everyOutputLabelledInItsContentNeedsNoInterfacePrompt() {
        LabellingChecklist inContent = checklist(Set.of(Modality.TEXT, Modality.IMAGE),
                Set.of(Modality.TEXT, Modality.IMAGE), false);
        assertThat(inContent.gaps()).isEmpty();
        assertThat(inContent.explicitLabel()).isTrue();
        // Not even asked about: the answer does not wait for it.
        assertThat(checklist(Set.of(Modality.IMAGE), Set.of(Modality.IMAGE), null).explicitLabel()).isTrue();
    }

    @Test
    void aTextOrAnAudioMayBeLabelledByThePromptInTheInterface() {
        LabellingChecklist byInterface = checklist(Set.of(Modality.TEXT, Modality.AUDIO, Modality.IMAGE),
                Set.of(Modality.IMAGE), true);
        assertThat(byInterface.gaps()).isEmpty();
        assertThat(byInterface.explicitLabel()).isTrue();
        assertThat(byInterface.isExplicitlyLabelled(Modality.TEXT)).isTrue();
    }

    @Test
    void anImageOrAVideoIsNot() {
        LabellingChecklist imageUnlabelled = checklist(Set.of(Modality.TEXT, Modality.IMAGE, Modality.VIDEO),
                Set.of(), true);
        assertThat(imageUnlabelled.gaps()).containsExactly("labelling.gap.explicit.IMAGE",
                "labelling.gap.explicit.VIDEO");
        assertThat(imageUnlabelled.explicitLabel()).isFalse();
    }

    @Test
    void aTextLabelledNowhereIsAGapOnceTheInterfaceIsAnswered() {
        assertThat(checklist(Set.of(Modality.TEXT), Set.of(), false).gaps())
                .containsExactly("labelling.gap.explicit.TEXT");
        assertThat(checklist(Set.of(Modality.TEXT), Set.of(), false).explicitLabel()).isFalse();
        // Not answered yet: no gap and no answer, the question is listed as open.
        LabellingChecklist open = checklist(Set.of(Modality.TEXT), Set.of(), null);
        assertThat(open.gaps()).isEmpty();
        assertThat(open.explicitLabel()).isNull();
        assertThat(open.unanswered()).containsExactly("labelling.interface");
    }
}
