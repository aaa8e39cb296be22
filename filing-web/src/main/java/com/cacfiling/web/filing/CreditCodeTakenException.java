package com.cacfiling.web.filing;

import com.cacfiling.web.system.Refusal;
import org.springframework.http.HttpStatus;

/** Another client company already has this unified social credit code: one entity is one company. */
public class CreditCodeTakenException extends Refusal {

    public CreditCodeTakenException(String creditCode) {
        super("The credit code " + creditCode + " belongs to another company");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String textKey() {
        return "company.creditCode.duplicate";
    }
}
