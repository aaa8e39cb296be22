package com.cacfiling.web.system;

import java.security.SecureRandom;
import java.util.Base64;

import com.cacfiling.docs.bundle.DossierBundle;

/** Random secrets for links and tokens, and the hash under which they are stored instead of themselves. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, URL-safe. */
    public static String random() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    /** 256 random bits, e.g. a key. */
    public static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public static String sha256(String secret) {
        return DossierBundle.sha256(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
