package com.cacfiling.docs.model;

import java.util.List;

import com.cacfiling.docs.DocumentKind;

/**
 * One document ready to render: title lines, running header, the blocks, whether it gets a table of contents and the
 * draft watermark, and its author for the file's properties (the entity; none when not known yet).
 */
public record DocumentModel(DocumentKind kind, String language, List<String> titleLines, String subtitle,
        String runningHeader, boolean tableOfContents, String tocTitle, String draftWatermark, List<Block> blocks,
        String author) {

    /** A document whose subtitle names its author (the entity, on most documents). */
    public DocumentModel(DocumentKind kind, String language, List<String> titleLines, String subtitle,
            String runningHeader, boolean tableOfContents, String tocTitle, String draftWatermark,
            List<Block> blocks) {
        this(kind, language, titleLines, subtitle, runningHeader, tableOfContents, tocTitle, draftWatermark, blocks,
                subtitle);
    }

    public DocumentModel {
        titleLines = List.copyOf(titleLines);
        // Besides the diagonal watermark, the header of every page says it is a draft, in plain readable text.
        if (draftWatermark != null && !runningHeader.startsWith(draftWatermark)) {
            runningHeader = draftWatermark + " · " + runningHeader;
        }
        blocks = List.copyOf(blocks);
    }

    public boolean isDraft() {
        return draftWatermark != null;
    }

    public List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .filter(heading -> heading.level() <= 2).toList();
    }
}
