package com.cacfiling.web.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import com.cacfiling.domain.form.PersonalData;

/**
 * Encrypts resident ID numbers for storage: AES-256-GCM (JCA) with a fresh 96-bit nonce per value and the key id as
 * associated data, written in place of the number as {@code pd1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}. A
 * stored JSON document keeps its shape, so nothing else about storage changes; reading opens the values again, so
 * rules and documents work on the full number inside the server.
 */
public final class PersonalDataCipher {

    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataKeys keys;

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The id of the key a sealed value was encrypted with. */
    public static String keyIdOf(String sealed) {
        int end = sealed.indexOf(':', PREFIX.length());
        return end < 0 ? "" : sealed.substring(PREFIX.length(), end);
    }

    /** Encrypts a value under the current key; an already sealed one stays as it is. */
    public String seal(String plain) {
        if (plain == null || isSealed(plain)) {
            return plain;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keys.currentId().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + keys.currentId() + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Could not encrypt personal data", ex);
        }
    }

    /** Decrypts a sealed value; a plain one (stored before encryption) stays as it is. */
    public String open(String value) {
        if (!isSealed(value)) {
            return value;
        }
        String keyId = keyIdOf(value);
        SecretKey key = keys.key(keyId);
        if (key == null) {
            throw new UnknownKeyException(keyId);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(value.substring(PREFIX.length() + keyId.length() + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            throw new IllegalStateException("A stored resident ID number does not decrypt with key '" + keyId
                    + "' (wrong key, or the value was altered)", ex);
        }
    }

    /** Re-encrypts under the current key (rotation); plain values are encrypted. */
    public String reseal(String value) {
        String plain = open(value);
        return isSealed(value) && keyIdOf(value).equals(keys.currentId()) ? value : seal(plain);
    }

    /** A stored entity profile (Step 1 JSON) with its resident ID numbers sealed. */
    public String sealEntity(String json) {
        return PersonalData.transformJson(json, "entity", this::seal);
    }

    public String openEntity(String json) {
        return PersonalData.transformJson(json, "entity", this::open);
    }

    /** A whole dossier as JSON (a version in the change log) with its resident ID numbers sealed. */
    public String sealDossier(String json) {
        return PersonalData.transformJson(json, "", this::seal);
    }

    public String openDossier(String json) {
        return PersonalData.transformJson(json, "", this::open);
    }

    /** A value was encrypted with a key that is not configured. */
    public static final class UnknownKeyException extends IllegalStateException {

        private final String keyId;

        UnknownKeyException(String keyId) {
            super("A stored resident ID number is encrypted with the key '" + keyId + "', which is not configured "
                    + "(FILING_PERSONAL_DATA_KEYS or the key file): add it after the current key");
            this.keyId = keyId;
        }

        public String keyId() {
            return keyId;
        }
    }
}
