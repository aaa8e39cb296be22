package com.cacfiling.domain.labelling;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import com.cacfiling.domain.labelling.AigcLabelReport.Place;
import com.cacfiling.domain.labelling.AigcLabelReport.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files, made in the test the way encoders write them, with and without an implicit label. */
class AigcLabelReaderTest {

    static final String LABEL = "{\"Label\":\"1\",\"ContentProducer\":\"001191110108MA01N7QX00LX001\","
            + "\"ProduceID\":\"lx-20260101-0001\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"\","
            + "\"PropagateID\":\"\",\"ReservedCode2\":\"\"}";

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(12 + data.length);
        buffer.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /** Inserts a chunk right after IHDR (8 bytes signature + 25 bytes IHDR chunk). */
    static byte[] pngWith(byte[] chunk) throws IOException {
        byte[] png = png();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static byte[] iTXt(String keyword, String text, boolean compressed) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(new byte[] {0, (byte) (compressed ? 1 : 0), 0, 0, 0});
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (compressed) {
            Deflater deflater = new Deflater();
            deflater.setInput(utf8);
            deflater.finish();
            byte[] buffer = new byte[utf8.length + 64];
            int n = deflater.deflate(buffer);
            deflater.end();
            data.write(buffer, 0, n);
        }
        else {
            data.write(utf8);
        }
        return chunk("iTXt", data.toByteArray());
    }

    static byte[] jpegWith(int marker, byte[] payload) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", encoded);
        byte[] jpeg = encoded.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static String xmp(String label) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                + "xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\"><TC260:AIGC>"
                + label.replace("\"", "&quot;") + "</TC260:AIGC></rdf:Description></rdf:RDF></x:xmpmeta>"
                + "<?xpacket end=\"w\"?>";
    }

    static byte[] mp3With(String description, String value) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(3);
        frame.write(description.getBytes(StandardCharsets.UTF_8));
        frame.write(0);
        frame.write(value.getBytes(StandardCharsets.UTF_8));
        byte[] body = frame.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.write("TXXX".getBytes(StandardCharsets.US_ASCII));
        tag.write(ByteBuffer.allocate(4).putInt(body.length).array());
        tag.write(new byte[] {0, 0});
        tag.write(body);
        byte[] frames = tag.toByteArray();
        int size = frames.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {'I', 'D', '3', 3, 0, 0, (byte) ((size >> 21) & 0x7F), (byte) ((size >> 14) & 0x7F),
                (byte) ((size >> 7) & 0x7F), (byte) (size & 0x7F)});
        out.write(frames);
        // One MPEG-1 layer III frame header and silence: the audio itself.
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64});
        out.write(new byte[413]);
        return out.toByteArray();
    }

    static byte[] box(String type, byte[]... children) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] child : children) {
            body.write(child);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        out.write(type.getBytes(StandardCharsets.ISO_8859_1));
        body.writeTo(out);
        return out.toByteArray();
    }

    static byte[] mp4With(byte[] userData) throws IOException {
        byte[] ftyp = box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0, 2, 0},
                "isomiso2mp41".getBytes(StandardCharsets.US_ASCII));
        byte[] mvhd = box("mvhd", new byte[100]);
        byte[] moov = userData == null ? box("moov", mvhd) : box("moov", mvhd, box("udta", userData));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ftyp);
        out.write(moov);
        out.write(box("mdat", "AIGC {\"Label\":\"1\"} in the media is no label".getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    @Test
    void pngWithAnAigcITxtChunkIsLabelled() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(pngWith(iTXt("AIGC", LABEL, false)));
        assertThat(report.format()).isEqualTo(SampleFormat.PNG);
        assertThat(report.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(report.place()).isEqualTo(Place.PNG_TEXT_CHUNK);
        assertThat(report.placeName()).isEqualTo("AIGC");
        assertThat(report.fields()).containsEntry("Label", "1")
                .containsEntry("ContentProducer", "001191110108MA01N7QX00LX001")
                .containsEntry("ProduceID", "lx-20260101-0001");
    }

    @Test
    void pngWithACompressedXmpPacketIsLabelled() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(pngWith(iTXt("XML:com.adobe.xmp", xmp(LABEL), true)));
        assertThat(report.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(report.place()).isEqualTo(Place.PNG_XMP);
    }

    @Test
    void pngWithoutMetadataIsNotLabelled() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(pngWith(chunk("tEXt",
                "Software\0Paint".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_LABELLED);
        assertThat(report.problems()).extracting(AigcLabelReport.Problem::code).containsExactly("NO_LABEL");
    }

    @Test
    void aLabelWithoutProducerOrWithAnotherLabelValueIsIncomplete() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(pngWith(iTXt("AIGC", "{\"Label\":\"2\",\"ProduceID\":\"x\"}", false)));
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.problems()).extracting(AigcLabelReport.Problem::code, AigcLabelReport.Problem::field)
                .contains(org.assertj.core.groups.Tuple.tuple("FIELD_MISSING", "ContentProducer"),
                        org.assertj.core.groups.Tuple.tuple("LABEL_NOT_AIGC", "Label"));
    }

    @Test
    void brokenJsonUnderTheAigcKeyIsSaid() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(pngWith(iTXt("AIGC", "{\"Label\":\"1\",", false)));
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.problems()).extracting(AigcLabelReport.Problem::code).contains("JSON_BROKEN");
    }

    @Test
    void jpegWithXmpIsLabelledAndWithACommentToo() throws IOException {
        byte[] header = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        byte[] xmp = xmp(LABEL).getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[header.length + xmp.length];
        System.arraycopy(header, 0, payload, 0, header.length);
        System.arraycopy(xmp, 0, payload, header.length, xmp.length);
        AigcLabelReport report = AigcLabelReader.read(jpegWith(0xE1, payload));
        assertThat(report.format()).isEqualTo(SampleFormat.JPEG);
        assertThat(report.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(report.place()).isEqualTo(Place.JPEG_XMP);

        AigcLabelReport comment = AigcLabelReader.read(jpegWith(0xFE,
                ("{\"AIGC\":" + LABEL + "}").getBytes(StandardCharsets.UTF_8)));
        assertThat(comment.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(comment.place()).isEqualTo(Place.JPEG_COMMENT);

        AigcLabelReport plain = AigcLabelReader.read(jpegWith(0xFE, "made with a camera".getBytes(StandardCharsets.UTF_8)));
        assertThat(plain.verdict()).isEqualTo(Verdict.NOT_LABELLED);
    }

    @Test
    void mp3WithAnId3TxxxFrameIsLabelled() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(mp3With("AIGC", LABEL));
        assertThat(report.format()).isEqualTo(SampleFormat.MP3);
        assertThat(report.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(report.place()).isEqualTo(Place.ID3_FRAME);
        assertThat(AigcLabelReader.read(mp3With("comment", "hello")).verdict()).isEqualTo(Verdict.NOT_LABELLED);
    }

    @Test
    void mp4WithAnAigcBoxInItsUserDataIsLabelledButTextInTheMediaIsNot() throws IOException {
        AigcLabelReport report = AigcLabelReader.read(mp4With(box("AIGC", LABEL.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.format()).isEqualTo(SampleFormat.MP4);
        assertThat(report.verdict()).isEqualTo(Verdict.LABELLED);
        assertThat(report.place()).isEqualTo(Place.MP4_USER_DATA);
        assertThat(AigcLabelReader.read(mp4With(null)).verdict()).isEqualTo(Verdict.NOT_LABELLED);
    }

    @Test
    void twoLabelsInOneFileAreSaid() throws IOException {
        byte[] once = pngWith(iTXt("AIGC", LABEL, false));
        byte[] twice = new byte[once.length + iTXt("AIGC", LABEL, false).length];
        byte[] extra = iTXt("AIGC", LABEL, false);
        System.arraycopy(once, 0, twice, 0, 33);
        System.arraycopy(extra, 0, twice, 33, extra.length);
        System.arraycopy(once, 33, twice, 33 + extra.length, once.length - 33);
        assertThat(AigcLabelReader.read(twice).problems()).extracting(AigcLabelReport.Problem::code)
                .containsExactly("MORE_THAN_ONE");
    }

    @Test
    void otherFilesAndBrokenStructuresAreUnreadableNotAnError() throws IOException {
        assertThat(AigcLabelReader.read("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).verdict())
                .isEqualTo(Verdict.UNREADABLE);
        byte[] png = pngWith(iTXt("AIGC", LABEL, false));
        byte[] truncated = java.util.Arrays.copyOf(png, 50);
        assertThat(AigcLabelReader.read(truncated).verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(AigcLabelReader.read(new byte[0]).verdict()).isEqualTo(Verdict.UNREADABLE);
    }
}
