package com.cacfiling.domain.algorithm;

/**
 * The algorithm type the rules, documents and pages branch on: generative synthesis (深度合成), the one with labelling,
 * the generative AI measures and, for a technical supporter, the filing periods.
 */
public final class AlgorithmTypes {

    /** The option code of generative synthesis in every form version. */
    public static final String GENERATIVE_SYNTHESIS = "GENERATIVE_SYNTHESIS";

    private AlgorithmTypes() {
    }

    public static boolean isGenerativeSynthesis(String algorithmType) {
        return GENERATIVE_SYNTHESIS.equals(algorithmType);
    }

    /** Generative synthesis, or a type not chosen yet: where labelling is asked until the type says otherwise. */
    public static boolean mayBeGenerativeSynthesis(String algorithmType) {
        return algorithmType == null || isGenerativeSynthesis(algorithmType);
    }
}
