package com.cacfiling.web.filing;

/** Another client company already has this unified social credit code: one entity is one company. */
public class CreditCodeTakenException extends RuntimeException {

    public CreditCodeTakenException(String creditCode) {
        super("The credit code " + creditCode + " belongs to another company");
    }
}
