package com.cacfiling.web.labelling;

import java.util.EnumSet;
import java.util.Set;

/**
 * The checklist's answers: the modalities the service outputs, for each whether its explicit label is done as
 * required, the persistent interface label, labels kept in exported and downloaded files, the implicit metadata,
 * the user-agreement clause, the users' declaration function, and the log duty. Null means not answered.
 */
public record LabellingChecklist(Set<Modality> modalities, Set<Modality> explicitDone, Boolean interfaceLabel,
        Boolean downloadsKeepLabel, Boolean implicitMetadata, Boolean agreementClause, Boolean userDeclaration,
        LogDuty logDuty) {

    public LabellingChecklist {
        modalities = modalities == null || modalities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modalities));
        explicitDone = explicitDone == null || explicitDone.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(explicitDone));
        // A label of a modality the service does not output is no answer.
        explicitDone = explicitDone.stream().filter(modalities::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static LabellingChecklist empty() {
        return new LabellingChecklist(null, null, null, null, null, null, null, null);
    }

    /**
     * The outputs whose explicit label may be a prominent prompt in the interface instead of one in the content
     * (Labelling Measures Art. 4: a text "或者在交互场景界面或者文字周边", an audio "或者在交互场景界面中"); an image, a
     * video and a virtual scene carry theirs in the content. Found in a walk: a text labelled in the interface was
     * called unlabelled, and a service labelling every output in the content was told its interface was missing.
     */
    private static final Set<Modality> LABELLED_BY_INTERFACE = EnumSet.of(Modality.TEXT, Modality.AUDIO);

    /** Whether an output carries its explicit label as Art. 4 asks: in the content, or for some in the interface. */
    public boolean isExplicitlyLabelled(Modality modality) {
        return explicitDone.contains(modality)
                || Boolean.TRUE.equals(interfaceLabel) && LABELLED_BY_INTERFACE.contains(modality);
    }

    /**
     * The filing's "explicit labels" answer: every output labelled, in its content or where allowed in the interface;
     * unknown until the outputs are answered, or while an output not labelled in its content might be in the
     * interface and that is not answered yet.
     */
    public Boolean explicitLabel() {
        if (modalities.isEmpty()) {
            return null;
        }
        if (modalities.stream().allMatch(this::isExplicitlyLabelled)) {
            return Boolean.TRUE;
        }
        boolean interfaceCouldLabel = modalities.stream()
                .anyMatch(modality -> !isExplicitlyLabelled(modality) && LABELLED_BY_INTERFACE.contains(modality));
        return interfaceLabel == null && interfaceCouldLabel ? null : Boolean.FALSE;
    }

    /** The filing's "implicit labels" answer. */
    public Boolean implicitLabel() {
        return implicitMetadata;
    }

    /** The filing's "can remind users to label" answer: the declaration function offered to users. */
    public Boolean remindUsersToLabel() {
        return userDeclaration;
    }

    /**
     * What is still missing for the Labelling Measures, as message keys: what the user answered "no" (or an output
     * not ticked as labelled); empty when everything answered is in place. A question not answered yet is no gap (a
     * walk's checklist listed it under 尚待完成 as if answered "no"): see {@link #unanswered()}.
     */
    public java.util.List<String> gaps() {
        java.util.List<String> gaps = new java.util.ArrayList<>();
        // The interface's prompt is one of the ways to label a text or an audio, not a duty of its own (Art. 4);
        // while it is not answered, a text not labelled in the content may still be, and is no gap yet.
        for (Modality modality : Modality.values()) { // in the page's order (the set's own order is arbitrary)
            if (!modalities.contains(modality)) {
                continue;
            }
            boolean interfaceOpen = interfaceLabel == null && LABELLED_BY_INTERFACE.contains(modality);
            if (!isExplicitlyLabelled(modality) && !interfaceOpen) {
                gaps.add("labelling.gap.explicit." + modality);
            }
        }
        if (Boolean.FALSE.equals(downloadsKeepLabel)) {
            gaps.add("labelling.gap.downloads");
        }
        if (Boolean.FALSE.equals(implicitMetadata)) {
            gaps.add("labelling.gap.implicit");
        }
        if (Boolean.FALSE.equals(agreementClause)) {
            gaps.add("labelling.gap.agreement");
        }
        // It is the filing's "can remind users to label", which the filing's checks refuse as "no" (a walk's
        // checklist said "all in place" while its own answer put an error on the filing).
        if (Boolean.FALSE.equals(userDeclaration)) {
            gaps.add("labelling.gap.declaration");
        }
        if (logDuty == LogDuty.NOT_LOGGED) {
            gaps.add("labelling.gap.logs");
        }
        return gaps;
    }

    /** The questions not answered yet, as the message keys of their labels on the page, in the page's order. */
    public java.util.List<String> unanswered() {
        java.util.List<String> unanswered = new java.util.ArrayList<>();
        if (modalities.isEmpty()) {
            unanswered.add("labelling.unanswered.modalities");
        }
        if (interfaceLabel == null) {
            unanswered.add("labelling.interface");
        }
        if (downloadsKeepLabel == null) {
            unanswered.add("labelling.downloads");
        }
        if (implicitMetadata == null) {
            unanswered.add("labelling.implicit.question");
        }
        if (agreementClause == null) {
            unanswered.add("labelling.agreement");
        }
        if (userDeclaration == null) {
            unanswered.add("labelling.declaration");
        }
        if (logDuty == null) {
            unanswered.add("labelling.logs");
        }
        return unanswered;
    }
}
