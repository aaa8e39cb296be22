package com.cacfiling.web.labelling;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Sample files for the labelling tests, made the way encoders write them. */
public final class LabellingTestFiles {

    private LabellingTestFiles() {
    }

    /** A real PNG (encoded by ImageIO) with one tEXt or iTXt chunk after its header. */
    public static byte[] pngWithText(String keyword, String text) throws IOException {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "png", encoded);
        byte[] png = encoded.toByteArray();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(new byte[] {0, 0, 0, 0, 0});
        data.write(text.getBytes(StandardCharsets.UTF_8));
        byte[] body = data.toByteArray();
        ByteBuffer chunk = ByteBuffer.allocate(12 + body.length);
        chunk.putInt(body.length).put("iTXt".getBytes(StandardCharsets.US_ASCII)).put(body);
        CRC32 crc = new CRC32();
        crc.update("iTXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(body);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk.array());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }
}
