package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.Citations;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The labelling checklist and the algorithm's output modalities name the same content types. The checklist's
 * types are written into the self-assessment report ("本服务生成的内容类型：…", with each type's explicit label,
 * Labelling Measures Art. 4) beside the form's output modalities: a type only one of them names makes the documents
 * sent to the CAC contradict each other (found in a walk: a text-to-text service whose report described image
 * labels), an ERROR. Which of the two is wrong only the filer knows; the finding points to the output modalities and
 * names the checklist. Checked once both are answered: until then completeness says what is missing.
 */
public final class LabellingOutputPolicy implements FilingPolicy {

    static final String RULE = "LABELLING_OUTPUT";
    static final String PATH = "algorithm.details.data.outputModalities";

    @Override
    public List<Finding> check(FilingContext context) {
        List<String> outputs = context.algorithm().details().data().outputModalities();
        Set<String> labelled = context.labellingOutputs();
        if (!context.isGenerativeSynthesis() || outputs.isEmpty() || labelled.isEmpty()) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>(outputs);
        named.addAll(labelled);
        List<Finding> findings = new ArrayList<>();
        for (String modality : named) {
            boolean inChecklist = labelled.contains(modality);
            boolean inOutputs = outputs.contains(modality);
            if (inChecklist != inOutputs) {
                findings.add(Findings.error(RULE, PATH, inChecklist ? "rule.labelling.outputNotInModalities"
                        : "rule.labelling.modalityNotInChecklist", Citations.EXPLICIT_LABEL,
                        new FindingArgument.OptionLabel(OptionList.MODALITIES, modality)));
            }
        }
        return findings;
    }
}
