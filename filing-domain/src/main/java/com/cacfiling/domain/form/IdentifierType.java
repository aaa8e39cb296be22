package com.cacfiling.domain.form;

import java.util.function.Function;

import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;

/** The identifier value objects an IDENTIFIER field holds; each validates in its constructor. */
public enum IdentifierType {
    CREDIT_CODE(raw -> new UnifiedSocialCreditCode(raw).value()),
    RESIDENT_ID(raw -> new ResidentIdNumber(raw).value()),
    PHONE(raw -> new PhoneNumber(raw).value()),
    EMAIL(raw -> new EmailAddress(raw).value()),
    ICP_NUMBER(raw -> new IcpNumber(raw).value()),
    POSTAL_CODE(raw -> new com.cacfiling.domain.identifiers.PostalCode(raw).value()),
    /** A generative-AI (large-model) filing number such as Beijing-YunQue-20230821. */
    MODEL_FILING_NUMBER(raw -> new com.cacfiling.domain.identifiers.ModelFilingNumber(raw).value()),
    /** An algorithm filing number such as 网信算备110108823483901230031号 (the large-model filing cites it). */
    FILING_NUMBER(raw -> new com.cacfiling.domain.identifiers.FilingNumber(raw).value()),
    /** An absolute http(s) address, such as the large-model filing's test API endpoint. */
    WEB_ADDRESS(raw -> new com.cacfiling.domain.identifiers.WebAddress(raw).value());

    private final Function<String, String> canonical;

    IdentifierType(Function<String, String> canonical) {
        this.canonical = canonical;
    }

    /**
     * The value as stored (the value object's canonical spelling).
     *
     * @throws InvalidValueException with the message key of what is wrong
     */
    public String canonical(String raw) {
        return canonical.apply(raw);
    }
}
