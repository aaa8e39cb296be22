package com.cacfiling.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Versions of the portal's own static files (the content's hash), computed once per file and kept: pages link
 * {@code /css/portal.css?v=…}, so browsers may keep the files for a year ({@code spring.web.resources.cache.*}) and
 * still get a changed file at once. Replaces Spring's resource chain, whose URL rewriting filter looked up every link
 * of every page on the classpath.
 */
@Component("staticAssets")
public class StaticAssets {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The version of a file under {@code static/}, e.g. {@code version("/css/portal.css")}. */
    public String version(String path) {
        return versions.computeIfAbsent(path, StaticAssets::hash);
    }

    private static String hash(String path) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/static" + path)) {
            if (in == null) {
                return "0";
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
