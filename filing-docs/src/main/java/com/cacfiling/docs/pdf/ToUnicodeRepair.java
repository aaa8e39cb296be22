package com.cacfiling.docs.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Noto Sans SC draws some characters with one glyph (自 and the Kangxi radical ⾃, 户 and 戶, 风 and ⻛), and
 * PDFBox maps such a glyph back to the lowest code point: copied or extracted text reads "⾃评估" instead of
 * "自评估". After saving, this rewrites the subset fonts' ToUnicode maps so each glyph maps to the character the
 * document actually contains ({@code glyphText}, by glyph id, which PDFBox uses as CID); radicals the text does
 * not explain are normalised (NFKC).
 */
final class ToUnicodeRepair {

    private static final Pattern BFCHAR = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
    private static final Pattern BFRANGE = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
    private static final Pattern PAIR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]+>|\\[[^]]*])");

    private ToUnicodeRepair() {
    }

    /** Glyph id → text, per font: whether a font is the bold one is read from its PostScript name. */
    record GlyphText(Map<Integer, String> regular, Map<Integer, String> bold) {
    }

    private static boolean isCjk(COSDictionary font) {
        String baseFont = font.getNameAsString(COSName.BASE_FONT);
        return baseFont == null || baseFont.contains("NotoSansSC");
    }

    static byte[] repair(byte[] pdf, GlyphText glyphText) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
                COSBase base = object.getObject();
                // Only the CJK font's glyph ids are the ones glyphText knows (not the Latin punctuation's).
                if (base instanceof COSDictionary font && isCjk(font) && font.getDictionaryObject(COSName.TO_UNICODE)
                        instanceof COSStream toUnicode) {
                    String cmap;
                    try (InputStream in = toUnicode.createInputStream()) {
                        cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    }
                    String baseFont = font.getNameAsString(COSName.BASE_FONT);
                    String repaired = rewrite(cmap, baseFont != null && baseFont.contains("Bold")
                            ? glyphText.bold() : glyphText.regular());
                    if (repaired != null) {
                        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                            out.write(repaired.getBytes(StandardCharsets.ISO_8859_1));
                        }
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The CMap with each glyph mapped to the document's character, or {@code null} when nothing changes. */
    static String rewrite(String cmap, Map<Integer, String> glyphText) {
        Map<Integer, String> mapping = new TreeMap<>();
        int codeLength = 4;
        Matcher chars = BFCHAR.matcher(cmap);
        while (chars.find()) {
            Matcher pair = PAIR.matcher(chars.group(1));
            while (pair.find()) {
                codeLength = pair.group(1).length();
                mapping.put(Integer.parseInt(pair.group(1), 16), unicode(pair.group(2)));
            }
        }
        Matcher ranges = BFRANGE.matcher(cmap);
        while (ranges.find()) {
            Matcher range = RANGE.matcher(ranges.group(1));
            while (range.find()) {
                codeLength = range.group(1).length();
                int from = Integer.parseInt(range.group(1), 16);
                int to = Integer.parseInt(range.group(2), 16);
                String destination = range.group(3);
                if (destination.startsWith("[")) {
                    Matcher each = Pattern.compile("<([0-9A-Fa-f]+)>").matcher(destination);
                    for (int code = from; code <= to && each.find(); code++) {
                        mapping.put(code, unicode(each.group(1)));
                    }
                }
                else {
                    String start = unicode(destination.substring(1, destination.length() - 1));
                    int first = start.codePointAt(0);
                    for (int code = from; code <= to; code++) {
                        mapping.put(code, new String(Character.toChars(first + code - from)));
                    }
                }
            }
        }
        boolean changed = false;
        for (Map.Entry<Integer, String> entry : mapping.entrySet()) {
            String value = entry.getValue();
            String actual = glyphText.get(entry.getKey());
            if (actual != null && !actual.equals(value)) {
                entry.setValue(actual);
                changed = true;
            }
            else if (actual == null && value.codePoints().anyMatch(ToUnicodeRepair::isRadical)) {
                entry.setValue(Normalizer.normalize(value, Normalizer.Form.NFKC));
                changed = true;
            }
        }
        return changed ? write(mapping, codeLength) : null;
    }

    private static boolean isRadical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF;
    }

    private static String unicode(String hex) {
        return new String(HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex),
                StandardCharsets.UTF_16BE);
    }

    private static String write(Map<Integer, String> mapping, int codeLength) {
        StringBuilder out = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<"
                + "0".repeat(codeLength) + "> <" + "F".repeat(codeLength) + ">\nendcodespacerange\n");
        var entries = mapping.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            int end = Math.min(entries.size(), start + 100);
            out.append(end - start).append(" beginbfchar\n");
            for (var entry : entries.subList(start, end)) {
                out.append('<').append(String.format("%0" + codeLength + "X", entry.getKey())).append("> <")
                        .append(HexFormat.of().withUpperCase().formatHex(entry.getValue()
                                .getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            }
            out.append("endbfchar\n");
        }
        return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
