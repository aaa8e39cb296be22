package com.cacfiling.docs.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Level;

import com.cacfiling.docs.Fonts;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document model to PDF: a Thymeleaf template (used as a plain template engine, no Spring) produces
 * XHTML, openhtmltopdf lays it out on A4 with the CJK font embedded as a subset. User text only ever reaches the
 * template through escaped expressions.
 */
public final class PdfRenderer {

    private static final TemplateEngine TEMPLATES = templateEngine();

    static {
        // openhtmltopdf logs every layout step at INFO through java.util.logging; only problems matter here.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfRenderer() {
    }

    public static String xhtml(DocumentModel document) {
        Context context = new Context();
        context.setVariable("doc", document);
        Map<Block, String> diagrams = new IdentityHashMap<>();
        document.blocks().stream().filter(Block.FlowDiagram.class::isInstance)
                .forEach(block -> diagrams.put(block, FlowDiagramSvg.svg((Block.FlowDiagram) block, Fonts.FAMILY)));
        context.setVariable("diagrams", diagrams);
        return TEMPLATES.process("document", context);
    }

    public static byte[] render(DocumentModel document) {
        String xhtml = xhtml(document);
        FontSet fonts = FontSet.borrow();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            try (PDDocument pdf = new PDDocument()) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePDDocument(pdf);
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.regular, true)), Fonts.FAMILY, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.bold, true)), Fonts.FAMILY, 700,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                // One face for both weights: a quote mark's weight hardly shows, and bold letters stay bold.
                PDFontSupplier latin = new PDFontSupplier(PDType0Font.load(pdf, fonts.latinPunctuation, true));
                builder.useFont(latin, Fonts.LATIN_PUNCTUATION_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(latin, Fonts.LATIN_PUNCTUATION_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useSVGDrawer(new BatikSVGDrawer());
                builder.withHtmlContent(xhtml, null);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.createPDFWithoutClosing();
                }
                PortalPdf.stamp(pdf, document);
                pdf.save(out);
            }
            return ToUnicodeRepair.repair(out.toByteArray(), new ToUnicodeRepair.GlyphText(
                    glyphText(xhtml, fonts.regular), glyphText(xhtml, fonts.bold)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            FontSet.release(fonts);
        }
    }

    /** For every character of the document, the glyph the font draws it with. */
    private static Map<Integer, String> glyphText(String text, TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, String> glyphs = new HashMap<>();
        text.codePoints().filter(cp -> cp > 0x2000).distinct().forEach(cp -> {
            int glyph = cmap.getGlyphId(cp);
            if (glyph > 0) {
                glyphs.putIfAbsent(glyph, new String(Character.toChars(cp)));
            }
        });
        return glyphs;
    }

    private static TemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("com/cacfiling/docs/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
