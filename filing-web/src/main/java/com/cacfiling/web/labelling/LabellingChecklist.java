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

    /** The filing's "explicit labels" answer: every output modality and the interface labelled; unknown until answered. */
    public Boolean explicitLabel() {
        if (modalities.isEmpty() || interfaceLabel == null) {
            return null;
        }
        return explicitDone.containsAll(modalities) && interfaceLabel;
    }

    /** The filing's "implicit labels" answer. */
    public Boolean implicitLabel() {
        return implicitMetadata;
    }

    /** The filing's "can remind users to label" answer: the declaration function offered to users. */
    public Boolean remindUsersToLabel() {
        return userDeclaration;
    }

    /** What is still missing for the Labelling Measures, as message keys; empty when everything is in place. */
    public java.util.List<String> gaps() {
        java.util.List<String> gaps = new java.util.ArrayList<>();
        if (modalities.isEmpty()) {
            gaps.add("labelling.gap.modalities");
        }
        for (Modality modality : modalities) {
            if (!explicitDone.contains(modality)) {
                gaps.add("labelling.gap.explicit." + modality);
            }
        }
        if (!Boolean.TRUE.equals(interfaceLabel)) {
            gaps.add("labelling.gap.interface");
        }
        if (!Boolean.TRUE.equals(downloadsKeepLabel)) {
            gaps.add("labelling.gap.downloads");
        }
        if (!Boolean.TRUE.equals(implicitMetadata)) {
            gaps.add("labelling.gap.implicit");
        }
        if (!Boolean.TRUE.equals(agreementClause)) {
            gaps.add("labelling.gap.agreement");
        }
        // It is the filing's "can remind users to label", which the filing's checks refuse as "no" (a walk's
        // checklist said "all in place" while its own answer put an error on the filing).
        if (!Boolean.TRUE.equals(userDeclaration)) {
            gaps.add("labelling.gap.declaration");
        }
        if (logDuty == null || logDuty == LogDuty.NOT_LOGGED) {
            gaps.add("labelling.gap.logs");
        }
        return gaps;
    }
}
