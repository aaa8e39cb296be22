package com.cacfiling.web.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys for personal data at rest, by key id; the first is the current one (new values are encrypted
 * with it), the others only open values not yet re-encrypted (see the rotation command).
 * <p>
 * Where the keys come from, first match:
 * <ol>
 *   <li>{@code filing.personal-data.keys} (environment {@code FILING_PERSONAL_DATA_KEYS}):
 *       {@code id:base64key[,id:base64key...]}, current first;</li>
 *   <li>{@code filing.personal-data.key-file} (environment {@code FILING_PERSONAL_DATA_KEY_FILE}), one
 *       {@code id:base64key} a line, current first;</li>
 *   <li>on the embedded database only: {@value #KEY_FILE} in its data directory, generated on first use, readable by
 *       its owner only.</li>
 * </ol>
 * With an external database and none of these the portal does not start: it would otherwise store personal data
 * under a key nobody keeps.
 */
public final class PersonalDataKeys {

    public static final String KEYS = "filing.personal-data.keys";
    public static final String KEY_FILE_PROPERTY = "filing.personal-data.key-file";
    public static final String KEY_FILE = "personal-data.keys";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentId;
    private final Path file;

    private PersonalDataKeys(Map<String, SecretKey> keys, Path file) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("No key for personal data configured");
        }
        this.keys = Map.copyOf(keys);
        this.currentId = keys.keySet().iterator().next();
        this.file = file;
    }

    /**
     * The keys as configured; {@code property} reads configuration (Spring's environment, or the command line's
     * settings), {@code embeddedDataDir} is the embedded database's data directory (null with an external one).
     */
    public static PersonalDataKeys load(Function<String, String> property, Path embeddedDataDir) {
        String inline = property.apply(KEYS);
        if (inline != null && !inline.isBlank()) {
            return new PersonalDataKeys(parse(List.of(inline.split(",")), KEYS), null);
        }
        String configuredFile = property.apply(KEY_FILE_PROPERTY);
        if (configuredFile != null && !configuredFile.isBlank()) {
            Path path = Path.of(configuredFile);
            if (!Files.exists(path)) {
                throw new IllegalStateException("The personal-data key file " + path + " (" + KEY_FILE_PROPERTY
                        + ") does not exist");
            }
            return fromFile(path);
        }
        if (embeddedDataDir != null) {
            Path path = embeddedDataDir.resolve(KEY_FILE);
            if (!Files.exists(path)) {
                writeNewFile(path, List.of(newKeyLine()));
            }
            return fromFile(path);
        }
        throw new IllegalStateException("Resident ID numbers are stored encrypted, and no key is configured: set "
                + "FILING_PERSONAL_DATA_KEYS (id:base64 of 32 random bytes, e.g. 'k1:'$(openssl rand -base64 32)) or "
                + "FILING_PERSONAL_DATA_KEY_FILE; see the README, 'Personal data'");
    }

    /** Keys given directly (tests, tools). */
    public static PersonalDataKeys of(String... idColonBase64) {
        return new PersonalDataKeys(parse(List.of(idColonBase64), "keys"), null);
    }

    private static PersonalDataKeys fromFile(Path path) {
        try {
            List<String> lines = Files.readAllLines(path).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new PersonalDataKeys(parse(lines, path.toString()), path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the personal-data key file " + path, ex);
        }
    }

    private static Map<String, SecretKey> parse(List<String> entries, String source) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("A personal-data key in " + source + " is not 'id:base64key'");
            }
            String id = trimmed.substring(0, colon);
            if (!id.matches("[A-Za-z0-9_.-]{1,40}")) {
                throw new IllegalStateException("The personal-data key id '" + id + "' in " + source
                        + " may only have letters, digits, '_', '.' and '-'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            }
            catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException("The personal-data key '" + id + "' in " + source + " is not base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException("The personal-data key '" + id + "' in " + source + " has "
                        + key.length + " bytes; AES-256 needs 32");
            }
            parsed.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        }
        return parsed;
    }

    /** A new key line: an id from today's date and a random suffix, and 32 random bytes. */
    static String newKeyLine() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return "k" + LocalDate.now().toString().replace("-", "") + "-" + java.util.HexFormat.of().formatHex(suffix)
                + ":" + Base64.getEncoder().encodeToString(key);
    }

    /**
     * For the rotation command on a key file: a new current key is written first in the file, the old ones stay
     * after it (they still open older backups). Returns the keys with the new one current.
     */
    public PersonalDataKeys withNewKeyInFile() {
        if (file == null) {
            throw new IllegalStateException("The keys come from " + KEYS + ": put the new key first there (and the "
                    + "old ones after it), then run the rotation again");
        }
        try {
            List<String> lines = new ArrayList<>();
            lines.add(newKeyLine());
            lines.addAll(Files.readAllLines(file));
            Path next = file.resolveSibling(file.getFileName() + ".new");
            writeNewFile(next, lines);
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the personal-data key file " + file, ex);
        }
        return fromFile(file);
    }

    private static void writeNewFile(Path path, List<String> lines) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.deleteIfExists(path);
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, "# Keys for resident ID numbers at rest (AES-256-GCM); the first is current.\n"
                    + "# Keep a copy apart from the backups: without it the numbers cannot be read.\n"
                    + String.join("\n", lines.stream().filter(line -> !line.startsWith("#")).toList()) + "\n",
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the personal-data key file " + path, ex);
        }
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey key(String id) {
        return keys.get(id);
    }

    public boolean has(String id) {
        return keys.containsKey(id);
    }

    /** Where the keys are kept, when in a file. */
    public Path file() {
        return file;
    }
}
