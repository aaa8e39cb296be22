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

    /** Stores a placeholder image for each item; returns the items with the stored files' sizes and hashes. */
    public List<EvidenceItem> store(UUID algorithmId, List<EvidenceItem> items, String by) {
        List<EvidenceItem> stored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            byte[] image = placeholder(SHADES[i % SHADES.length]);
            String sha256 = DossierBundle.sha256(image);
            files.save(new EvidenceFile(algorithmId, item.id(), item.fileName(), "image/png", image, sha256,
                    clock.instant(), by));
            stored.add(new EvidenceItem(item.id(), item.title(), item.kind(), item.fileName(), "image/png",
                    (long) image.length, sha256));
        }
        return stored;
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
