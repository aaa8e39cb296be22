package com.cacfiling.rules.policies;

import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.FindingArgument;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.algorithm.AlgorithmData;
import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;

/**
 * Output formats and output modalities correspond: each format belongs to a chosen modality (no mp4 without
 * video) and each chosen modality has at least one format (no video output with only txt).
 */
public final class OutputFormatPolicy implements FilingPolicy {

    static final String RULE = "OUTPUT_FORMATS";

    @Override
    public List<Finding> check(FilingContext context) {
        if (context.formVersion().isEmpty()) {
            return List.of();
        }
        FormVersion form = context.formVersion().get();
        AlgorithmData data = context.algorithm().details().data();
        List<Finding> findings = new ArrayList<>();
        for (String format : data.outputFormats()) {
            form.modalityOfFormat(format).ifPresent(modality -> {
                if (!data.outputModalities().contains(modality)) {
                    findings.add(Findings.error(RULE, "algorithm.details.data.outputFormats",
                            "rule.output.formatWithoutModality", null,
                            new FindingArgument.OptionLabel(OptionList.OUTPUT_FORMATS, format),
                            new FindingArgument.OptionLabel(OptionList.MODALITIES, modality)));
                }
            });
        }
        // A format the list lacks ("other") may belong to any modality: nothing can be said about coverage then.
        if (!data.outputFormats().isEmpty() && !data.outputFormats().contains("OTHER")) {
            for (String modality : data.outputModalities()) {
                boolean covered = data.outputFormats().stream()
                        .anyMatch(format -> form.modalityOfFormat(format).filter(modality::equals).isPresent());
                if (!covered) {
                    findings.add(Findings.error(RULE, "algorithm.details.data.outputFormats",
                            "rule.output.modalityWithoutFormat", null,
                            new FindingArgument.OptionLabel(OptionList.MODALITIES, modality)));
                }
            }
        }
        return findings;
    }
}
