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

    record Table(List<String> headers, List<List<Text>> rows) implements Block {
        public String type() {
            return "table";
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

    /** Lines with blanks to sign and stamp. */
    record Signature(List<String> lines) implements Block {
        public String type() {
            return "signature";
        }
    }
}
