package com.cacfiling.rules.policies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingPolicy;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The generative synthesis algorithm type (by input and output) and the output modalities tell the same story: a text-to-image service outputs images, a
 * text-to-speech service audio. A kind whose output modality is not chosen is a contradiction in the form, which
 * the reviewer returns (ERROR); which answer is wrong only the filer knows, so the message names both.
 */
public final class GenerationOutputPolicy implements FilingPolicy {

    static final String RULE = "GENERATION_OUTPUT";
    /** The output modalities each generation kind produces; kinds without a fixed output are absent. */
    static final Map<String, List<String>> OUTPUT_OF_KIND = Map.of(
            "TEXT_TO_TEXT", List.of("TEXT"),
            "TEXT_TO_IMAGE", List.of("IMAGE"),
            "TEXT_TO_VIDEO", List.of("VIDEO"),
            "TEXT_TO_MIXED", List.of("TEXT", "IMAGE", "VIDEO"),
            "TEXT_TO_SPEECH", List.of("AUDIO"),
            "SPEECH_TO_TEXT", List.of("TEXT"),
            "IMAGE_TO_IMAGE", List.of("IMAGE"),
            "IMAGE_TO_TEXT", List.of("TEXT"),
            "IMAGE_TO_VIDEO", List.of("VIDEO"));

    @Override
    public List<Finding> check(FilingContext context) {
        List<String> outputs = context.algorithm().details().data().outputModalities();
        // Until the output modalities are answered, completeness says so; a contradiction needs two answers.
        if (!context.isGenerativeSynthesis() || outputs.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String kind : context.algorithm().details().model().generativeAlgorithmType()) {
            Set<String> missing = new LinkedHashSet<>(OUTPUT_OF_KIND.getOrDefault(kind, List.of()));
            missing.removeAll(outputs);
            for (String modality : missing) {
                findings.add(Findings.error(RULE, "algorithm.details.data.outputModalities",
                        "rule.generation.outputMissing", null,
                        new FindingArgument.OptionLabel(OptionList.GENERATION_KINDS, kind),
                        new FindingArgument.OptionLabel(OptionList.MODALITIES, modality)));
            }
        }
        return findings;
    }
}
