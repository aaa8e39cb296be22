package com.cacfiling.domain.labelling;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.cacfiling.domain.labelling.AigcLabelReport.Place;
import com.cacfiling.domain.labelling.AigcLabelReport.Problem;
import com.cacfiling.domain.labelling.AigcLabelReport.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the implicit label (GB 45438-2025 Appendix E) from the metadata of a PNG, JPEG, MP3 or MP4 file. Each
 * container is walked by its own structure; the texts of its metadata structures are then searched for the
 * {@code AIGC} JSON object, as a text whose key is {@code AIGC} (PNG keyword, ID3 TXXX description, MP4 box) or as
 * an {@code AIGC} element or attribute of an XMP packet.
 */
public final class AigcLabelReader {

    /** The field names of the implicit label, in the standard's order. */
    public static final List<String> FIELDS = List.of("Label", "ContentProducer", "ProduceID", "ReservedCode1",
            "ContentPropagator", "PropagateID", "ReservedCode2");

    /** A generation provider's label names the producer and the content; propagation fields are the platform's. */
    private static final List<String> PRODUCER_FIELDS = List.of("Label", "ContentProducer", "ProduceID");

    private static final int MAX_INFLATED = 4 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final byte[] XMP_UUID = {(byte) 0xBE, 0x7A, (byte) 0xCF, (byte) 0xCB, (byte) 0x97, (byte) 0xA9,
            0x42, (byte) 0xE8, (byte) 0x9C, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xE3, (byte) 0xAF,
            (byte) 0xAC};

    private AigcLabelReader() {
    }

    /** A metadata text and where it was: {@code key} is the structure's own name when it has one. */
    record Text(Place place, String key, String text) {
    }

    public static SampleFormat formatOf(byte[] content) {
        if (startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})) {
            return SampleFormat.PNG;
        }
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return SampleFormat.JPEG;
        }
        if (startsWith(content, 0, "ID3".getBytes(StandardCharsets.US_ASCII))
                || content.length > 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xE0) == 0xE0) {
            return SampleFormat.MP3;
        }
        if (startsWith(content, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))) {
            return SampleFormat.MP4;
        }
        return SampleFormat.UNKNOWN;
    }

    public static AigcLabelReport read(byte[] content) {
        SampleFormat format = formatOf(content);
        List<Text> texts;
        try {
            texts = switch (format) {
                case PNG -> png(content);
                case JPEG -> jpeg(content);
                case MP3 -> id3(content);
                case MP4 -> mp4(content);
                case UNKNOWN -> null;
            };
        }
        catch (RuntimeException broken) {
            texts = null;
        }
        if (texts == null) {
            return new AigcLabelReport(format, Verdict.UNREADABLE, Place.NONE, null, Map.of(),
                    List.of(new Problem(format == SampleFormat.UNKNOWN ? "FORMAT_UNKNOWN" : "STRUCTURE_BROKEN", null)));
        }
        return judge(format, texts);
    }

    private static AigcLabelReport judge(SampleFormat format, List<Text> texts) {
        List<Problem> problems = new ArrayList<>();
        Text carrier = null;
        JsonNode label = null;
        int labels = 0;
        for (Text text : texts) {
            Found found = find(text);
            if (found == null) {
                continue;
            }
            labels++;
            if (carrier == null) {
                carrier = text;
                label = found.json();
                if (label == null) {
                    problems.add(new Problem("JSON_BROKEN", null));
                }
            }
        }
        if (carrier == null) {
            return new AigcLabelReport(format, Verdict.NOT_LABELLED, Place.NONE, null, Map.of(),
                    List.of(new Problem("NO_LABEL", null)));
        }
        if (labels > 1) {
            problems.add(new Problem("MORE_THAN_ONE", null));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (label != null) {
            for (String name : FIELDS) {
                JsonNode value = label.get(name);
                if (value != null && !value.isNull() && !value.isContainer()) {
                    fields.put(name, value.asString());
                }
            }
            for (String name : PRODUCER_FIELDS) {
                if (fields.getOrDefault(name, "").isBlank()) {
                    problems.add(new Problem("FIELD_MISSING", name));
                }
            }
            String value = fields.get("Label");
            if (value != null && !value.isBlank() && !"1".equals(value.strip())) {
                problems.add(new Problem("LABEL_NOT_AIGC", "Label"));
            }
        }
        return new AigcLabelReport(format, problems.isEmpty() ? Verdict.LABELLED : Verdict.INCOMPLETE,
                carrier.place(), carrier.key(), fields, problems);
    }

    /** The label in one metadata text; {@code json} is null when "AIGC" names a value that is not JSON. */
    private record Found(JsonNode json) {
    }

    private static Found find(Text text) {
        String value = text.text();
        if (value == null) {
            return null;
        }
        if ("AIGC".equalsIgnoreCase(text.key() == null ? "" : text.key().strip())) {
            JsonNode node = parseObject(value.strip());
            if (node != null && node.has("AIGC") && node.get("AIGC").isObject()) {
                node = node.get("AIGC");
            }
            return new Found(node);
        }
        int at = value.indexOf("AIGC");
        while (at >= 0) {
            String rest = unescapeXml(value.substring(at + 4));
            int open = rest.indexOf('{');
            // The object must follow the name directly: "AIGC": {…}, <x:AIGC>{…}, x:AIGC="{…}".
            if (open >= 0 && rest.substring(0, open).matches("[\\s\"'>:=]*")) {
                String object = balanced(rest, open);
                return new Found(object == null ? null : parseObject(object));
            }
            at = value.indexOf("AIGC", at + 4);
        }
        return null;
    }

    private static JsonNode parseObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        }
        catch (JacksonException notJson) {
            return null;
        }
    }

    private static String balanced(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    inString = false;
                }
            }
            else if (c == '"') {
                inString = true;
            }
            else if (c == '{') {
                depth++;
            }
            else if (c == '}' && --depth == 0) {
                return text.substring(open, i + 1);
            }
        }
        return null;
    }

    private static String unescapeXml(String text) {
        return text.replace("&quot;", "\"").replace("&#34;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    // PNG: chunks of length, type, data, CRC; tEXt (Latin-1), zTXt (deflated Latin-1), iTXt (UTF-8, maybe
    // deflated). XMP travels as the iTXt keyword "XML:com.adobe.xmp".
    private static List<Text> png(byte[] b) {
        List<Text> texts = new ArrayList<>();
        int at = 8;
        while (at + 8 <= b.length) {
            long length = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
            if (length > b.length - at - 12L) {
                throw new IllegalArgumentException("PNG chunk beyond the end");
            }
            int data = at + 8;
            int end = data + (int) length;
            switch (type) {
                case "tEXt" -> {
                    int nul = indexOf(b, data, end, (byte) 0);
                    texts.add(new Text(Place.PNG_TEXT_CHUNK, latin1(b, data, nul),
                            latin1(b, nul + 1, end)));
                }
                case "zTXt" -> {
                    int nul = indexOf(b, data, end, (byte) 0);
                    texts.add(new Text(Place.PNG_TEXT_CHUNK, latin1(b, data, nul),
                            new String(inflate(b, nul + 2, end), StandardCharsets.ISO_8859_1)));
                }
                case "iTXt" -> {
                    int nul = indexOf(b, data, end, (byte) 0);
                    String keyword = latin1(b, data, nul);
                    boolean compressed = b[nul + 1] != 0;
                    int language = indexOf(b, nul + 3, end, (byte) 0);
                    int translated = indexOf(b, language + 1, end, (byte) 0);
                    String text = compressed ? new String(inflate(b, translated + 1, end), StandardCharsets.UTF_8)
                            : new String(b, translated + 1, end - translated - 1, StandardCharsets.UTF_8);
                    texts.add(new Text(keyword.equals("XML:com.adobe.xmp") ? Place.PNG_XMP : Place.PNG_TEXT_CHUNK,
                            keyword, text));
                }
                case "IEND" -> {
                    return texts;
                }
                default -> {
                }
            }
            at = end + 4;
        }
        return texts;
    }

    // JPEG: marker segments up to the start of scan; XMP is an APP1 segment with Adobe's namespace header, comments
    // are COM segments.
    private static List<Text> jpeg(byte[] b) {
        List<Text> texts = new ArrayList<>();
        byte[] xmpHeader = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("JPEG marker expected");
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                at += 2;
                continue;
            }
            int length = u16(b, at + 2);
            int data = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > b.length) {
                throw new IllegalArgumentException("JPEG segment beyond the end");
            }
            if (marker == 0xE1 && startsWith(b, data, xmpHeader)) {
                texts.add(new Text(Place.JPEG_XMP, null, new String(b, data + xmpHeader.length,
                        end - data - xmpHeader.length, StandardCharsets.UTF_8)));
            }
            else if (marker == 0xFE) {
                texts.add(new Text(Place.JPEG_COMMENT, null, new String(b, data, end - data, StandardCharsets.UTF_8)));
            }
            at = end;
        }
        return texts;
    }

    // MP3: the ID3v2 tag at the start; frames TXXX (description, value), COMM (language, description, text), other
    // text frames (T***), and PRIV (owner, data). Sizes are synchsafe in v2.4, plain in v2.3.
    private static List<Text> id3(byte[] b) {
        List<Text> texts = new ArrayList<>();
        if (!startsWith(b, 0, "ID3".getBytes(StandardCharsets.US_ASCII))) {
            return texts;
        }
        int major = b[3];
        if (major < 3 || major > 4) {
            throw new IllegalArgumentException("ID3v2." + major + " is not read");
        }
        int size = synchsafe(b, 6);
        int end = Math.min(b.length, 10 + size);
        int at = 10;
        if ((b[5] & 0x40) != 0) {
            int extended = major == 4 ? synchsafe(b, at) : (int) u32(b, at) + 4;
            at += extended;
        }
        while (at + 10 <= end && b[at] != 0) {
            String id = new String(b, at, 4, StandardCharsets.US_ASCII);
            int frameSize = major == 4 ? synchsafe(b, at + 4) : (int) u32(b, at + 4);
            int data = at + 10;
            int frameEnd = data + frameSize;
            if (frameSize < 0 || frameEnd > end) {
                throw new IllegalArgumentException("ID3 frame beyond the tag");
            }
            if (frameSize > 0) {
                if (id.equals("TXXX")) {
                    Charset charset = id3Charset(b[data]);
                    int split = id3Terminator(b, data + 1, frameEnd, b[data]);
                    String description = new String(b, data + 1, split - data - 1, charset);
                    int value = split + id3TerminatorLength(b[data]);
                    texts.add(new Text(Place.ID3_FRAME, strip(description),
                            new String(b, Math.min(value, frameEnd), Math.max(0, frameEnd - value), charset)));
                }
                else if (id.equals("COMM") && frameSize > 4) {
                    Charset charset = id3Charset(b[data]);
                    int split = id3Terminator(b, data + 4, frameEnd, b[data]);
                    String description = new String(b, data + 4, split - data - 4, charset);
                    int value = split + id3TerminatorLength(b[data]);
                    texts.add(new Text(Place.ID3_FRAME, strip(description),
                            new String(b, Math.min(value, frameEnd), Math.max(0, frameEnd - value), charset)));
                }
                else if (id.equals("PRIV")) {
                    int split = indexOf(b, data, frameEnd, (byte) 0);
                    texts.add(new Text(Place.ID3_FRAME, latin1(b, data, split),
                            new String(b, split + 1, frameEnd - split - 1, StandardCharsets.UTF_8)));
                }
                else if (id.charAt(0) == 'T') {
                    texts.add(new Text(Place.ID3_FRAME, id,
                            new String(b, data + 1, frameSize - 1, id3Charset(b[data]))));
                }
            }
            at = frameEnd;
        }
        return texts;
    }

    // MP4: boxes of size and type; the label is looked for in the user data (udta, with its meta/ilst items) of the
    // movie and its tracks, in a top-level or nested 'AIGC' box, and in Adobe's XMP uuid box.
    private static List<Text> mp4(byte[] b) {
        List<Text> texts = new ArrayList<>();
        boxes(b, 0, b.length, false, null, texts, 0);
        return texts;
    }

    private static void boxes(byte[] b, int from, int to, boolean userData, String parent, List<Text> texts,
            int depth) {
        if (depth > 12) {
            throw new IllegalArgumentException("MP4 boxes nested too deep");
        }
        int at = from;
        while (at + 8 <= to) {
            long size = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                size = ByteBuffer.wrap(b, at + 8, 8).getLong();
                header = 16;
            }
            else if (size == 0) {
                size = to - at;
            }
            if (size < header || size > to - at) {
                throw new IllegalArgumentException("MP4 box beyond its parent");
            }
            int data = at + header;
            int end = (int) (at + size);
            switch (type) {
                case "moov", "trak", "mdia", "minf", "stbl" -> boxes(b, data, end, userData, type, texts, depth + 1);
                case "udta", "ilst" -> boxes(b, data, end, true, type, texts, depth + 1);
                case "meta" -> boxes(b, data + 4, end, true, type, texts, depth + 1);
                case "uuid" -> {
                    if (startsWith(b, data, XMP_UUID)) {
                        texts.add(new Text(Place.MP4_XMP, null,
                                new String(b, data + 16, end - data - 16, StandardCharsets.UTF_8)));
                    }
                }
                case "data" -> {
                    if (userData && end - data >= 8) {
                        texts.add(new Text(Place.MP4_USER_DATA, parent,
                                new String(b, data + 8, end - data - 8, StandardCharsets.UTF_8)));
                    }
                }
                case "mdat", "free", "skip", "ftyp", "hdlr", "keys" -> {
                }
                default -> {
                    if (userData || type.equals("AIGC")) {
                        // An item of the user data: either a container of 'data' boxes or the text itself.
                        if (end - data >= 16 && "data".equals(new String(b, data + 4, 4, StandardCharsets.ISO_8859_1))) {
                            boxes(b, data, end, true, type, texts, depth + 1);
                        }
                        else {
                            texts.add(new Text(Place.MP4_USER_DATA, type,
                                    new String(b, data, end - data, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
            at = end;
        }
    }

    private static Charset id3Charset(byte encoding) {
        return switch (encoding) {
            case 1 -> StandardCharsets.UTF_16;
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    private static int id3TerminatorLength(byte encoding) {
        return encoding == 1 || encoding == 2 ? 2 : 1;
    }

    private static int id3Terminator(byte[] b, int from, int to, byte encoding) {
        if (id3TerminatorLength(encoding) == 1) {
            return indexOf(b, from, to, (byte) 0);
        }
        for (int i = from; i + 1 < to; i += 2) {
            if (b[i] == 0 && b[i + 1] == 0) {
                return i;
            }
        }
        return to;
    }

    private static String strip(String text) {
        return text.replace("\uFEFF", "").strip();
    }

    private static byte[] inflate(byte[] b, int from, int to) {
        Inflater inflater = new Inflater();
        inflater.setInput(b, from, Math.max(0, to - from));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new IllegalArgumentException("Compressed text too large");
                }
            }
        }
        catch (DataFormatException broken) {
            throw new IllegalArgumentException("Compressed text broken", broken);
        }
        finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("Terminator missing");
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static int synchsafe(byte[] b, int at) {
        return ((b[at] & 0x7F) << 21) | ((b[at + 1] & 0x7F) << 14) | ((b[at + 2] & 0x7F) << 7) | (b[at + 3] & 0x7F);
    }
}
