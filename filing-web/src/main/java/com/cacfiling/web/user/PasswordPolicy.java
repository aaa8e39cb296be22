package com.cacfiling.web.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 10 to 100 characters, not one of the commonly used passwords (the deny-list
 * {@code common-passwords.txt}), not a repetition of a short pattern ({@code aaaaaaaaaa}, {@code abcabcabca}),
 * not a straight run of characters ({@code 1234567890}, {@code abcdefghij}) and not the username. A violation is
 * a message key, shown next to the field.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("common-passwords.txt");
    }

    public Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        if (isRepetition(lower) || isRun(lower)) {
            return Optional.of("password.trivial");
        }
        if (username != null && lower.contains(username.strip().toLowerCase(Locale.ROOT))
                && username.strip().length() >= 4) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    /** The whole password is a pattern of at most four characters, repeated. */
    static boolean isRepetition(String password) {
        for (int unit = 1; unit <= 4; unit++) {
            boolean repeats = true;
            for (int i = unit; i < password.length() && repeats; i++) {
                repeats = password.charAt(i) == password.charAt(i - unit);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** Each character is the previous one plus (or minus) one: 0123456789, abcdefghij, 9876543210. */
    static boolean isRun(String password) {
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            if (password.charAt(i) - password.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing password deny-list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(words);
    }
}
