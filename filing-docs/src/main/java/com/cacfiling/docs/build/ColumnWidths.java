package com.cacfiling.docs.build;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;

import com.cacfiling.docs.Fonts;

/**
 * The width a short table column needs for its widest label on one line, measured with the documents' own font.
 * Measured in bold (the heading's face, the wider one) so a label fits in either weight, in both renderers.
 */
final class ColumnWidths {

    /** Rounding between this measure and the renderers' own (PDFBox, Word): a label must never miss by a hair. */
    private static final double SLACK_EM = 0.4;
    private static final float SIZE = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static volatile Font bold;

    private ColumnWidths() {
    }

    /** The width in ems of the body font that sets the widest of these labels on one line. */
    static double fitting(Collection<String> labels) {
        double widest = 0;
        for (String label : labels) {
            if (label != null && !label.isEmpty()) {
                widest = Math.max(widest, font().getStringBounds(label, CONTEXT).getWidth() / SIZE);
            }
        }
        return Math.ceil((widest + SLACK_EM) * 10) / 10;
    }

    private static Font font() {
        if (bold == null) {
            try {
                bold = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bold())).deriveFont(SIZE);
            }
            catch (FontFormatException | IOException ex) {
                throw new IllegalStateException("The bundled CJK font cannot be read", ex);
            }
        }
        return bold;
    }
}
