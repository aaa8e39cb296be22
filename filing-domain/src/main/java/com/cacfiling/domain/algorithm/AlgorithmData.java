package com.cacfiling.domain.algorithm;

import java.util.List;

/**
 * 算法数据. Y/N questions are {@code Boolean}: {@code null} means not answered yet, which is not "no".
 * {@code biometricSeparateConsent}: whether separate consent is obtained when biometric features are edited
 * (Deep Synthesis Provisions Art. 14). Formats the list lacks are named in {@code outputFormatsOther}.
 */
public record AlgorithmData(List<String> inputModalities, Boolean inputBiometric, Boolean inputIdentity,
        List<String> outputModalities, List<String> outputFormats, String outputFormatsOther, String outputFileSize,
        Boolean batchOutput, Boolean biometricSeparateConsent) {

    public AlgorithmData {
        inputModalities = inputModalities == null ? List.of() : List.copyOf(inputModalities);
        outputModalities = outputModalities == null ? List.of() : List.copyOf(outputModalities);
        outputFormats = outputFormats == null ? List.of() : List.copyOf(outputFormats);
    }

    /** Data without an "other" output format. */
    public AlgorithmData(List<String> inputModalities, Boolean inputBiometric, Boolean inputIdentity,
            List<String> outputModalities, List<String> outputFormats, String outputFileSize, Boolean batchOutput,
            Boolean biometricSeparateConsent) {
        this(inputModalities, inputBiometric, inputIdentity, outputModalities, outputFormats, null, outputFileSize,
                batchOutput, biometricSeparateConsent);
    }

    public static AlgorithmData empty() {
        return new AlgorithmData(null, null, null, null, null, null, null, null, null);
    }
}
