package com.cacfiling.docs.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a document model to Word with Apache POI: real heading styles (Word's navigation pane shows them),
 * bordered tables, East-Asian fonts on every run, the flow diagram as a picture, page numbers in the footer, the
 * running header and, for drafts, a watermark.
 */
public final class DocxRenderer {

    /** Body and heading fonts as Chinese templates name them; Word substitutes where they are not installed. */
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";

    private DocxRenderer() {
    }

    public static byte[] render(DocumentModel document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = docx.createStyles();
            addHeadingStyle(styles, "Title", "Title", null, 36);
            addHeadingStyle(styles, "Heading1", "heading 1", 0, 30);
            addHeadingStyle(styles, "Heading2", "heading 2", 1, 26);
            headerAndFooter(docx, document);
            // Word shows these as the file's title and author (found in a walk: "Apache POI" and no title).
            com.cacfiling.docs.OfficeProperties.stamp(docx.getProperties(), String.join(" ", document.titleLines()),
                    document.author());
            docx.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setLanguageProperty(document.language());

            for (String line : document.titleLines()) {
                XWPFParagraph title = docx.createParagraph();
                title.setStyle("Title");
                title.setAlignment(ParagraphAlignment.CENTER);
                run(title, line, HEADING_FONT, true, 18);
            }
            if (document.subtitle() != null) {
                XWPFParagraph subtitle = docx.createParagraph();
                subtitle.setAlignment(ParagraphAlignment.CENTER);
                subtitle.setSpacingAfter(400);
                run(subtitle, document.subtitle(), BODY_FONT, false, 12);
            }
            for (Block block : document.blocks()) {
                if (block instanceof Block.Heading heading) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    paragraph.setStyle(heading.level() == 1 ? "Heading1" : "Heading2");
                    run(paragraph, heading.text(), HEADING_FONT, true, heading.level() == 1 ? 15 : 13);
                }
                else if (block instanceof Block.Paragraph paragraph) {
                    text(docx.createParagraph(), paragraph.text());
                }
                else if (block instanceof Block.KeyValueTable keyValue) {
                    XWPFTable table = table(docx, keyValue.rows().size(), 2);
                    for (int i = 0; i < keyValue.rows().size(); i++) {
                        Block.KeyValueTable.Row row = keyValue.rows().get(i);
                        cell(table.getRow(i).getCell(0), Text.of(row.label()), true);
                        cell(table.getRow(i).getCell(1), row.value(), false);
                    }
                }
                else if (block instanceof Block.Table grid) {
                    XWPFTable table = table(docx, grid.rows().size() + 1, grid.headers().size());
                    for (int c = 0; c < grid.headers().size(); c++) {
                        cell(table.getRow(0).getCell(c), Text.of(grid.headers().get(c)), true);
                    }
                    columnWidths(table, grid);
                    for (int r = 0; r < grid.rows().size(); r++) {
                        List<Text> row = grid.rows().get(r);
                        for (int c = 0; c < row.size() && c < grid.headers().size(); c++) {
                            cell(table.getRow(r + 1).getCell(c), row.get(c), false);
                        }
                    }
                }
                else if (block instanceof Block.BulletList list) {
                    for (Text item : list.items()) {
                        XWPFParagraph paragraph = docx.createParagraph();
                        paragraph.setIndentationLeft(360);
                        text(paragraph, new Text("• " + item.value(), item.missing()));
                    }
                }
                else if (block instanceof Block.FlowDiagram diagram) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    byte[] png = FlowDiagramPng.png(diagram);
                    paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "flow.png",
                            Units.toEMU(FlowDiagramPng.WIDTH * 0.75), Units.toEMU(FlowDiagramPng.height(diagram) * 0.75));
                }
                else if (block instanceof Block.Image image) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    paragraph.createRun().addPicture(new ByteArrayInputStream(image.content()),
                            "image/png".equals(image.contentType()) ? PictureType.PNG : PictureType.JPEG,
                            "evidence." + image.contentType().substring("image/".length()),
                            Units.toEMU(image.widthMm() / 25.4 * 72), Units.toEMU(image.heightMm() / 25.4 * 72));
                    XWPFParagraph caption = docx.createParagraph();
                    caption.setAlignment(ParagraphAlignment.CENTER);
                    run(caption, image.caption(), BODY_FONT, false, 9);
                }
                else if (block instanceof Block.Addressee addressee) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    paragraph.setSpacingBefore(240);
                    run(paragraph, addressee.text(), BODY_FONT, false, 12);
                }
                else if (block instanceof Block.LetterParagraph letter) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    // Two characters of 12 pt: 480 twentieths of a point.
                    paragraph.setIndentationFirstLine(480);
                    paragraph.setSpacingBetween(1.5);
                    text(paragraph, letter.text());
                }
                else if (block instanceof Block.SealedSignature sealed) {
                    XWPFParagraph gap = docx.createParagraph();
                    gap.setSpacingBefore(480);
                    for (String line : sealed.lines()) {
                        XWPFParagraph paragraph = docx.createParagraph();
                        paragraph.setAlignment(ParagraphAlignment.RIGHT);
                        paragraph.setSpacingBefore(200);
                        run(paragraph, line, BODY_FONT, false, 12);
                    }
                    XWPFParagraph seal = docx.createParagraph();
                    seal.setAlignment(ParagraphAlignment.RIGHT);
                    seal.setSpacingBefore(600);
                    seal.setSpacingAfter(600);
                    run(seal, sealed.sealArea(), BODY_FONT, false, 10);
                    XWPFParagraph date = docx.createParagraph();
                    date.setAlignment(ParagraphAlignment.RIGHT);
                    run(date, sealed.date(), BODY_FONT, false, 12);
                }
                else if (block instanceof Block.Signature signature) {
                    for (String line : signature.lines()) {
                        XWPFParagraph paragraph = docx.createParagraph();
                        paragraph.setIndentationLeft(4000);
                        paragraph.setSpacingBefore(240);
                        run(paragraph, line, BODY_FONT, false, 11);
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
        catch (Exception ex) {
            if (ex instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("Could not render " + document.kind(), ex);
        }
    }

    /**
     * POI draws the watermark solid black; LibreOffice then hid a heading under it (found in a walk). A light grey
     * behind the text, as Word's own "washout", leaves the page readable wherever a reader draws it.
     */
    static final String WATERMARK_COLOUR = "#d9d9d9";

    private static void lightenWatermark(XWPFHeaderFooterPolicy policy) {
        for (XWPFHeader header : java.util.stream.Stream.of(policy.getDefaultHeader(), policy.getFirstPageHeader(),
                policy.getEvenPageHeader()).filter(java.util.Objects::nonNull).toList()) {
            try (org.apache.xmlbeans.XmlCursor cursor = header._getHdrFtr().newCursor()) {
                cursor.selectPath("declare namespace v='urn:schemas-microsoft-com:vml' .//v:shape");
                while (cursor.toNextSelection()) {
                    cursor.setAttributeText(new javax.xml.namespace.QName("fillcolor"), WATERMARK_COLOUR);
                }
            }
        }
    }

    private static void headerAndFooter(XWPFDocument docx, DocumentModel document) {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        if (document.isDraft()) {
            policy.createWatermark(document.draftWatermark());
            lightenWatermark(policy);
        }
        XWPFHeader header = policy.getDefaultHeader() != null ? policy.getDefaultHeader()
                : docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph headerLine = header.createParagraph();
        headerLine.setAlignment(ParagraphAlignment.CENTER);
        run(headerLine, document.runningHeader(), BODY_FONT, false, 9);

        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        pageNumber.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
    }

    private static XWPFTable table(XWPFDocument docx, int rows, int columns) {
        XWPFTable table = docx.createTable(rows, columns);
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "444444");
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
        docx.createParagraph();
        return table;
    }

    /**
     * A short column's width in every row, as the PDF's: Word's autofit also gives a long description the width
     * and breaks a one-word kind. In twips: the text at the body size and Word's default cell margins.
     */
    private static void columnWidths(XWPFTable table, Block.Table grid) {
        for (int c = 0; c < grid.headers().size(); c++) {
            Double em = grid.widthsEm().get(c);
            if (em == null) {
                continue;
            }
            String twips = String.valueOf(Math.round(em * 10.5 * 20) + 2 * 108);
            for (XWPFTableRow row : table.getRows()) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                cell.setWidth(twips);
            }
        }
    }

    private static void cell(XWPFTableCell cell, Text text, boolean label) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (label) {
            cell.setColor("F2F2F2");
            run(paragraph, text.value(), HEADING_FONT, true, 10.5);
        }
        else {
            text(paragraph, text);
        }
    }

    private static void text(XWPFParagraph paragraph, Text text) {
        String[] lines = (text.value() == null ? "" : text.value()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], BODY_FONT, false, 10.5);
            if (text.missing()) {
                run.setColor("B71C1C");
            }
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsiaFont, boolean bold, double size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    /** A paragraph style Word recognises as a heading: outline level, bold, East-Asian heading font. */
    private static void addHeadingStyle(XWPFStyles styles, String id, String name, Integer outlineLevel,
            int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        style.setName(styleName);
        CTString next = CTString.Factory.newInstance();
        next.setVal("Normal");
        style.setNext(next);
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == null ? 10 : 9));
        var paragraph = style.addNewPPr();
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        styles.addStyle(new XWPFStyle(style));
    }
}
