package com.cacfiling.web.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.web.system.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * Documents opened recently, by their stored text: a page loads the same company and versions again and again,
     * and each opening parses the JSON and decrypts every number. A stored text never changes its meaning (a fresh
     * nonce per sealing makes every write a new key), so entries never go stale; they are bounded by size and
     * dropped after a while, so that numbers do not stay in memory longer than the pages that use them.
     */
    private final Cache<String, String> openedEntities = recentlyOpened();
    private final Cache<String, String> openedDossiers = recentlyOpened();
    /**
     * Entities sealed recently for the change log, by the current key's id and their text as written: every save of
     * a company's filings logs a version with the same entity, and sealing it anew parsed its JSON and encrypted every
     * number each time. The versions then share the ciphertext of an unchanged entity, which opens the same.
     */
    private final Cache<String, String> sealedEntities = recentlyOpened();

    private static Cache<String, String> recentlyOpened() {
        return Caches.caffeine()
                .maximumWeight(8L * 1024 * 1024)
                .weigher((String sealed, String plain) -> sealed.length() + plain.length())
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

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
        return mayHoldNumbers(json) ? PersonalData.transformJson(json, "entity", this::seal) : json;
    }

    public String openEntity(String json) {
        // Every load of a company passes here: no JSON is parsed when nothing in it is sealed.
        return json != null && json.contains(PREFIX)
                ? openedEntities.get(json, sealed -> PersonalData.transformJson(sealed, "entity", this::open)) : json;
    }

    /**
     * A whole dossier as a version in the change log keeps it: its JSON with the resident ID numbers sealed. When
     * every number of the catalogue is in the entity's part, as now, only that part is sealed (and remembered, see
     * {@link #sealedEntities}) and the rest is written as it is; otherwise the whole tree is walked.
     */
    public String sealedDossierJson(Dossier dossier) {
        return sealedDossierJson(dossier, null);
    }

    /**
     * {@link #sealedDossierJson(Dossier)}, with the algorithm's profile as stored ({@code storedProfileJson}, the text
     * the dossier's profile was read from; null to write it from the dossier): not written again.
     */
    public String sealedDossierJson(Dossier dossier, String storedProfileJson) {
        if (!PersonalData.allInEntity()) {
            return sealDossier(DossierJson.tree(dossier)).toString();
        }
        return DossierJson.writeCompact(dossier, storedProfileJson, entity -> mayHoldNumbers(entity)
                ? sealedEntities.get(keys.currentId() + "\n" + entity,
                        key -> PersonalData.transformJson(entity, "entity", this::seal))
                : entity);
    }

    /** A whole dossier's tree (a version in the change log) with its resident ID numbers sealed, in place. */
    public ObjectNode sealDossier(ObjectNode dossier) {
        PersonalData.transform(dossier, "", this::seal);
        return dossier;
    }

    public String openDossier(String json) {
        return json != null && json.contains(PREFIX)
                ? openedDossiers.get(json, sealed -> PersonalData.transformJson(sealed, "", this::open)) : json;
    }

    /** Whether the JSON has a property named like a resident ID field at all (cheap, before parsing). */
    private static boolean mayHoldNumbers(String json) {
        if (json == null) {
            return false;
        }
        for (String name : FIELD_NAMES) {
            if (json.contains("\"" + name + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FIELD_NAMES = PersonalData.residentIdPaths().stream()
            .map(path -> path.substring(path.lastIndexOf('.') + 1).replace("[]", ""))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
