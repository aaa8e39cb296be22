package com.cacfiling.docs.build;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.cacfiling.docs.model.Block;

/** Evidence files that can be shown in a document: PNG and JPEG images (a PDF policy is listed, not shown). */
final class EvidenceImages {

    private EvidenceImages() {
    }

    /** The image block for the file, by its content (not its name); empty for anything that is not PNG or JPEG. */
    static Optional<Block> image(byte[] content, String caption) {
        String type = contentType(content);
        if (type == null) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Block.Image(content, type, caption, image.getWidth(), image.getHeight()));
        }
        catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String contentType(byte[] c) {
        if (c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "image/png";
        }
        if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
