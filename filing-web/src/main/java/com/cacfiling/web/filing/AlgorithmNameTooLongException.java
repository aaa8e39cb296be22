package com.cacfiling.web.filing;

/** An algorithm name longer than the portal accepts ({@link FilingService#MAX_ALGORITHM_NAME_LENGTH}). */
public class AlgorithmNameTooLongException extends IllegalArgumentException {

    public AlgorithmNameTooLongException() {
        super("The algorithm name is longer than " + FilingService.MAX_ALGORITHM_NAME_LENGTH + " characters");
    }

    public String messageKey() {
        return "filing.algorithmName.tooLong";
    }
}
