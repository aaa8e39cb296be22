package com.cacfiling.docs.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import com.cacfiling.docs.Fonts;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.pdf.FlowDiagramSvg;
import com.cacfiling.domain.algorithm.FlowStep;

/** The flow diagram for Word: the same boxes and arrows as the PDF's SVG, drawn with Java2D at 2x for print. */
public final class FlowDiagramPng {

    static final int SCALE = 2;
    static final int WIDTH = 460;
    static final int BOX_WIDTH = 300;
    static final int BOX_HEIGHT = 40;
    static final int GAP = 26;

    private static volatile Font font;

    private FlowDiagramPng() {
    }

    public static int height(Block.FlowDiagram diagram) {
        return diagram.steps().size() * (BOX_HEIGHT + GAP) - GAP + 4;
    }

    public static byte[] png(Block.FlowDiagram diagram) {
        List<FlowStep> steps = diagram.steps();
        int height = height(diagram);
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(font().deriveFont(13f));
            FontMetrics metrics = g.getFontMetrics();
            int x = (WIDTH - BOX_WIDTH) / 2;
            for (int i = 0; i < steps.size(); i++) {
                FlowStep step = steps.get(i);
                int y = 2 + i * (BOX_HEIGHT + GAP);
                FlowDiagramSvg.Style style = FlowDiagramSvg.Style.of(step.kind() == null ? -1 : step.kind().ordinal());
                g.setColor(Color.decode(style.fill()));
                g.fillRoundRect(x, y, BOX_WIDTH, BOX_HEIGHT, style.radius() * 2, style.radius() * 2);
                g.setColor(new Color(0x33, 0x33, 0x33));
                g.setStroke(style.dashed() ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {5f, 3f}, 0f) : new BasicStroke(1.2f));
                g.drawRoundRect(x, y, BOX_WIDTH, BOX_HEIGHT, style.radius() * 2, style.radius() * 2);
                String kind = step.kind() == null ? "" : diagram.kindLabels().get(step.kind().ordinal());
                String label = (i + 1) + ". " + FlowDiagramSvg.shorten(step.name(), 18)
                        + (kind.isEmpty() ? "" : "（" + kind + "）");
                g.setColor(new Color(0x11, 0x11, 0x11));
                g.drawString(label, (WIDTH - metrics.stringWidth(label)) / 2f, y + 25);
                if (i < steps.size() - 1) {
                    int top = y + BOX_HEIGHT;
                    g.setColor(new Color(0x44, 0x44, 0x44));
                    g.setStroke(new BasicStroke(1.5f));
                    g.drawLine(WIDTH / 2, top, WIDTH / 2, top + GAP - 6);
                    g.fillPolygon(new int[] {WIDTH / 2 - 5, WIDTH / 2 + 5, WIDTH / 2},
                            new int[] {top + GAP - 8, top + GAP - 8, top + GAP}, 3);
                }
            }
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static Font font() {
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.regular()));
            }
            catch (FontFormatException | IOException ex) {
                throw new IllegalStateException("The bundled CJK font cannot be read", ex);
            }
        }
        return font;
    }
}
