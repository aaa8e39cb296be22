package com.cacfiling.web.document;

import java.time.LocalDate;

import com.cacfiling.domain.sample.SampleDossiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the sample filing's dossier once, in the background, some seconds after a start: the first real download
 * after a start took 10 s in a walk in Chromium (2026-12-02: fonts loaded, the PDF and Word engines' classes, the JIT
 * cold), a warm one well under a second; measured on a new data directory, the first dossier ZIP of a new filing 45 s
 * after the start: 4.0 s without this. Started after the login page is served (the start-up target), at the lowest
 * priority; {@code filing.documents.warm-up.delay} (negative: off) moves or turns it off; the tests turn it off.
 */
@Component
class DocumentWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

    private final long delaySeconds;

    DocumentWarmUp(@Value("${filing.documents.warm-up.delay:20}") long delaySeconds) {
        this.delaySeconds = delaySeconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (delaySeconds < 0) {
            return;
        }
        Thread thread = new Thread(this::render, "document-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void render() {
        try {
            Thread.sleep(delaySeconds * 1000);
            long started = System.nanoTime();
            // The whole dossier: every document in PDF and Word, the findings, the spreadsheet (a report PDF alone
            // left the first ZIP at 2.5 s of its 4.0).
            com.cacfiling.docs.bundle.DossierBundle.zip(SampleDossiers.completeProvider(), LocalDate.now(),
                    java.util.Map.of());
            log.info("Documents warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException failed) {
            // Only an optimisation: the first download does the same work.
            log.debug("Document warm-up failed", failed);
        }
    }
}
