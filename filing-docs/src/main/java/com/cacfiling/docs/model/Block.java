package com.cacfiling.docs.model;

import java.util.List;

import com.cacfiling.domain.algorithm.FlowStep;

/**
 * The content of a document, independent of PDF or DOCX: both renderers draw the same blocks, so the two
 * formats can never disagree.
 */
public sealed interface Block {

    /** The block's kind, for the template's switch. */
    String type();

    record Heading(int level, String id, String text) implements Block {
        public String type() {
            return "heading";
        }
    }

    record Paragraph(Text text) implements Block {
        public String type() {
            return "paragraph";
        }
    }

    /** Two columns: a label and its value (the header tables of the forms). */
    record KeyValueTable(List<Row> rows) implements Block {
        public record Row(String label, Text value) {
        }

        public String type() {
            return "keyValue";
        }
    }

    /**
     * A grid under a header row. {@code widthsEm}: per column, the width of its text in ems of the body font
     * (padding excluded), or null for a column that shares what is left. A short column (a number, an option)
     * gets the width of its widest label: left to the layout, a long description squeezed it to one character
     * and "模型" broke into "模/型", "Model" into "Mode/l" (found in a walk).
     */
    record Table(List<String> headers, List<List<Text>> rows, List<Double> widthsEm) implements Block {
        public Table {
            widthsEm = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(
                    widthsEm == null ? java.util.Collections.nCopies(headers.size(), null) : widthsEm));
            if (widthsEm.size() != headers.size()) {
                throw new IllegalArgumentException("One width (or null) per column: " + headers);
            }
        }

        /** A grid whose columns all share the width. */
        public Table(List<String> headers, List<List<Text>> rows) {
            this(headers, rows, null);
        }

        public String type() {
            return "table";
        }

        /** The CSS width of a column's cells, or null when the column shares what is left. */
        public String cssWidth(int column) {
            Double em = widthsEm.get(column);
            return em == null ? null : String.format(java.util.Locale.ROOT, "width: %.2fem", em);
        }
    }

    record BulletList(List<Text> items) implements Block {
        public String type() {
            return "list";
        }
    }

    record FlowDiagram(List<FlowStep> steps, List<String> kindLabels) implements Block {
        public String type() {
            return "flow";
        }
    }

    /**
     * An evidence image (PNG or JPEG, as uploaded) at the measure it supports, with its title as the caption;
     * width and height in pixels, read from the image.
     */
    record Image(byte[] content, String contentType, String caption, int width, int height) implements Block {
        /** The widest an image is drawn on A4 with its margins, in millimetres. */
        public static final double MAX_WIDTH_MM = 150;

        public String type() {
            return "image";
        }

        /** Drawn at 96 dpi, but never wider than the text column (the height follows). */
        public double widthMm() {
            return Math.min(width * 25.4 / 96, MAX_WIDTH_MM);
        }

        public double heightMm() {
            return widthMm() * height / width;
        }

        public String dataUri() {
            return "data:" + contentType + ";base64," + java.util.Base64.getEncoder().encodeToString(content);
        }
    }

    /** Lines with blanks to sign and stamp. */
    record Signature(List<String> lines) implements Block {
        public String type() {
            return "signature";
        }
    }

    /** A paragraph of a formal letter's body (公文 正文): first line indented by two characters. */
    record LetterParagraph(Text text) implements Block {
        public String type() {
            return "letterParagraph";
        }
    }

    /** The addressee of a formal letter (主送机关), flush left on its own line after the title. */
    record Addressee(String text) implements Block {
        public String type() {
            return "addressee";
        }
    }

    /**
     * The signature block of a formal letter (公文 落款): right-aligned lines (the entity, the signatory with a blank
     * to sign), an empty area for the seal and the date line below it, as the seal is stamped over name and date.
     */
    record SealedSignature(List<String> lines, String sealArea, String date) implements Block {
        public SealedSignature {
            lines = List.copyOf(lines);
        }

        public String type() {
            return "sealedSignature";
        }
    }
}
