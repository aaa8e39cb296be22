package com.cacfiling.web.filing;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/** An algorithm name longer than the portal accepts ({@link FilingService#MAX_ALGORITHM_NAME_LENGTH}). */
public class AlgorithmNameTooLongException extends Refusal {

    public AlgorithmNameTooLongException() {
        super("The algorithm name is longer than " + FilingService.MAX_ALGORITHM_NAME_LENGTH + " characters");
    }

    /** A value the domain refuses that got past the form's checks: the request was wrong, not the server. */
    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String textKey() {
        return "filing.algorithmName.tooLong";
    }
}
