package com.cacfiling.docs.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.cacfiling.docs.Fonts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed regular and bold fonts (and the Latin punctuation of English documents), reused across documents: parsing the 10 MB font for every PDF would cost more
 * than rendering it. A parsed font is not safe for concurrent use, so renders borrow a set from a small pool.
 */
final class FontSet {

    private static final BlockingQueue<FontSet> POOL =
            new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont latinPunctuation;

    private FontSet() {
        try {
            this.regular = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.regular()));
            this.bold = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bold()));
            this.latinPunctuation = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.latinPunctuation()));
            // Chinese text needs no glyph substitution, and PDFBox's GSUB pass over Latin runs costs more than
            // the whole layout; without the table text is shown glyph by glyph.
            regular.getTableMap().remove("GSUB");
            bold.getTableMap().remove("GSUB");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The bundled CJK font cannot be parsed", ex);
        }
    }

    static FontSet borrow() {
        FontSet set = POOL.poll();
        return set != null ? set : new FontSet();
    }

    static void release(FontSet set) {
        POOL.offer(set);
    }
}
