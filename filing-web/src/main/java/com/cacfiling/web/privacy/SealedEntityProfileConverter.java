package com.cacfiling.web.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an entity profile (the company's Step 1, or a filing's frozen copy of it) with its resident ID numbers
 * encrypted, and reads it back with them in full. Hibernate compares the read values, so an unchanged profile is
 * not written again (a fresh nonce would otherwise make every save a change).
 */
@Converter
public class SealedEntityProfileConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public SealedEntityProfileConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String profile) {
        return profile == null ? null : cipher.sealEntity(profile);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher.openEntity(stored);
    }
}
