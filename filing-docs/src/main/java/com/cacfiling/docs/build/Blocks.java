package com.cacfiling.docs.build;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.Text;

/** Collects a document's blocks in order; headings get stable ids for the table of contents. */
final class Blocks {

    private final List<Block> blocks = new ArrayList<>();
    private final List<Block.KeyValueTable.Row> rows = new ArrayList<>();
    private int headingCount;

    Blocks heading(int level, String text) {
        flushRows();
        blocks.add(new Block.Heading(level, "h" + (++headingCount), text));
        return this;
    }

    Blocks paragraph(Text text) {
        flushRows();
        blocks.add(new Block.Paragraph(text));
        return this;
    }

    Blocks paragraph(String text) {
        return paragraph(Text.of(text));
    }

    /** Adds a row to the current two-column table; consecutive rows form one table. */
    Blocks row(String label, Text value) {
        rows.add(new Block.KeyValueTable.Row(label, value));
        return this;
    }

    Blocks table(List<String> headers, List<List<Text>> tableRows) {
        return table(headers, tableRows, null);
    }

    /** A grid with some columns as wide as their widest label (see {@link Block.Table}); null entries share the rest. */
    Blocks table(List<String> headers, List<List<Text>> tableRows, List<Double> widthsEm) {
        flushRows();
        blocks.add(new Block.Table(headers, tableRows, widthsEm));
        return this;
    }

    Blocks list(List<Text> items) {
        flushRows();
        blocks.add(new Block.BulletList(items));
        return this;
    }

    Blocks add(Block block) {
        flushRows();
        blocks.add(block);
        return this;
    }

    /** Ends the current two-column table, so the next rows start a new one. */
    Blocks endTable() {
        flushRows();
        return this;
    }

    List<Block> build() {
        flushRows();
        return List.copyOf(blocks);
    }

    private void flushRows() {
        if (!rows.isEmpty()) {
            blocks.add(new Block.KeyValueTable(List.copyOf(rows)));
            rows.clear();
        }
    }
}
