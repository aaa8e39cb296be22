package com.cacfiling.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK TrueType font that comes through Maven (Noto Sans SC, SIL OFL), read once: regular and bold, so that
 * bold text is real bold in both PDF and the DOCX diagram.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String BASE = "/fonts/ttf/NotoSansSC/";

    /**
     * The family of the Latin punctuation English documents put before the CJK font: Noto Sans SC draws curly
     * quotes, the apostrophe, the ellipsis and the middle dot full-width, as Chinese text sets them, so "Head’s"
     * read "Head’ s" (found in a walk). Only these marks, so letters and bold still come from the CJK font.
     */
    public static final String LATIN_PUNCTUATION_FAMILY = "Latin Punctuation";

    /** The marks Noto Sans SC draws full-width which English sets narrow (‘ ’ “ ” … · •). */
    static final Set<Integer> LATIN_PUNCTUATION = Set.of(0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x2022);

    /** Liberation Sans (SIL OFL), which PDFBox ships for its own font fallback: no extra font to carry. */
    private static final String LATIN_SOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static volatile byte[] regular;
    private static volatile byte[] bold;
    private static volatile byte[] latinPunctuation;

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

    /** Liberation Sans cut down to {@link #LATIN_PUNCTUATION}: a font that has no letters, so they fall back. */
    public static byte[] latinPunctuation() {
        if (latinPunctuation == null) {
            try {
                TrueTypeFont source = new TTFParser().parse(new RandomAccessReadBuffer(readPath(LATIN_SOURCE)));
                TTFSubsetter subsetter = new TTFSubsetter(source);
                subsetter.addAll(LATIN_PUNCTUATION);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                source.close();
                latinPunctuation = out.toByteArray();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return latinPunctuation;
    }

    private static byte[] read(String file) {
        return readPath(BASE + file);
    }

    private static byte[] readPath(String path) {
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
