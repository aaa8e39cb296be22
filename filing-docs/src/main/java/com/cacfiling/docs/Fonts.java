package com.cacfiling.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK TrueType font that comes through Maven (Noto Sans SC, SIL OFL), read once: regular and bold, so that
 * bold text is real bold in both PDF and the DOCX diagram.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String BASE = "/fonts/ttf/NotoSansSC/";

    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private Fonts() {
    }

    public static byte[] regular() {
        if (regular == null) {
            regular = read("NotoSansSC-Regular.ttf");
        }
        return regular;
    }

    public static byte[] bold() {
        if (bold == null) {
            bold = read("NotoSansSC-Bold.ttf");
        }
        return bold;
    }

    private static byte[] read(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
