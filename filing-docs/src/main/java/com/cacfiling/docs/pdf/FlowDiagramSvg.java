package com.cacfiling.docs.pdf;

import java.util.List;

import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.XmlSafe;
import com.cacfiling.domain.algorithm.FlowStep;

/**
 * Draws the algorithm flow as an SVG: one box per step, top to bottom, joined by arrows, each kind in its own
 * colour and shape (human review rounded, logging dashed). Text is escaped; long names are shortened.
 */
public final class FlowDiagramSvg {

    static final int WIDTH = 460;
    static final int BOX_WIDTH = 300;
    static final int BOX_HEIGHT = 40;
    static final int GAP = 26;

    private FlowDiagramSvg() {
    }

    public static String svg(Block.FlowDiagram diagram, String fontFamily) {
        List<FlowStep> steps = diagram.steps();
        int height = steps.size() * (BOX_HEIGHT + GAP) - GAP + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
        svg.append("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"10\" refX=\"5\" refY=\"5\" "
                + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444444\"/></marker></defs>");
        int x = (WIDTH - BOX_WIDTH) / 2;
        for (int i = 0; i < steps.size(); i++) {
            FlowStep step = steps.get(i);
            int y = 2 + i * (BOX_HEIGHT + GAP);
            Style style = Style.of(step.kind() == null ? -1 : step.kind().ordinal());
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                    .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"").append(style.radius)
                    .append("\" fill=\"").append(style.fill).append("\" stroke=\"#333333\" stroke-width=\"1.2\"")
                    .append(style.dashed ? " stroke-dasharray=\"5,3\"" : "").append("/>");
            String kind = step.kind() == null ? "" : diagram.kindLabels().get(step.kind().ordinal());
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + 25)
                    .append("\" text-anchor=\"middle\" font-family=\"").append(fontFamily)
                    .append("\" font-size=\"13\" fill=\"#111111\">")
                    .append(XmlSafe.escape((i + 1) + ". " + shorten(step.name(), 18)
                            + (kind.isEmpty() ? "" : "（" + kind + "）")))
                    .append("</text>");
            if (i < steps.size() - 1) {
                int arrowTop = y + BOX_HEIGHT;
                svg.append("<line x1=\"").append(WIDTH / 2).append("\" y1=\"").append(arrowTop).append("\" x2=\"")
                        .append(WIDTH / 2).append("\" y2=\"").append(arrowTop + GAP - 6)
                        .append("\" stroke=\"#444444\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    public static String shorten(String name, int max) {
        if (name == null || name.isBlank()) {
            return "…";
        }
        return name.codePointCount(0, name.length()) <= max ? name
                : name.substring(0, name.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Fill colour, corner radius and dash per step kind, shared with the PNG drawn for DOCX. */
    public record Style(String fill, int radius, boolean dashed) {

        public static Style of(int kindOrdinal) {
            return switch (kindOrdinal) {
                case 0 -> new Style("#E8F0FE", 0, false);   // rule
                case 1 -> new Style("#FDECEA", 4, false);   // model
                case 2 -> new Style("#E6F4EA", 18, false);  // human review
                case 3 -> new Style("#FEF7E0", 4, false);   // labelling
                case 4 -> new Style("#F1F3F4", 0, true);    // logging
                default -> new Style("#FFFFFF", 0, false);
            };
        }
    }
}
