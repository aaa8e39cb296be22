package com.cacfiling.web.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.algorithm.EvidenceItem;
import org.springframework.stereotype.Component;

/**
 * The demo filing's evidence as files that open: the sample dossier lists three screenshots, which were listed but
 * answered 404. Each gets a small placeholder image, stored as an upload is, and its item the image's real size and
 * hash (the dossier's manifest lists both).
 */
@Component
public class DemoEvidence {

    private static final Color[] SHADES = {new Color(0x2f6f9f), new Color(0x3f8f5f), new Color(0x9f6f2f)};

    private final EvidenceFileRepository files;
    private final Clock clock;

    DemoEvidence(EvidenceFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** A listed screenshot with its placeholder image; {@code item} carries the image's real size and hash. */
    public record Screenshot(EvidenceItem item, byte[] image) {
    }

    /** The placeholder images of the listed items, not stored yet (their algorithm must be stored first). */
    public List<Screenshot> prepare(List<EvidenceItem> items) {
        List<Screenshot> screenshots = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            byte[] image = placeholder(SHADES[i % SHADES.length]);
            screenshots.add(new Screenshot(new EvidenceItem(item.id(), item.title(), item.kind(), item.fileName(),
                    "image/png", (long) image.length, DossierBundle.sha256(image)), image));
        }
        return screenshots;
    }

    /** Stores the images as uploads of the (stored) algorithm. */
    public void store(UUID algorithmId, List<Screenshot> screenshots, String by) {
        for (Screenshot screenshot : screenshots) {
            EvidenceItem item = screenshot.item();
            files.save(new EvidenceFile(algorithmId, item.id(), item.fileName(), item.contentType(),
                    screenshot.image(), item.sha256(), clock.instant(), by));
        }
    }

    /** A screen-shaped image: a title bar and content blocks in one shade (no text: no font is assumed). */
    private static byte[] placeholder(Color shade) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 640, 400);
            g.setColor(shade);
            g.fillRect(0, 0, 640, 48);
            g.setColor(shade.brighter());
            for (int row = 0; row < 4; row++) {
                g.fillRoundRect(32, 80 + row * 72, 576 - row * 96, 40, 12, 12);
            }
        }
        finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
