package com.cacfiling.web.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.docs.bundle.CompanyDocuments;
import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import com.cacfiling.web.evidence.EntityDocuments;
import com.cacfiling.web.evidence.EvidenceContents;
import com.cacfiling.web.system.Caches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a filing's documents once per content version: the key is the filing, a SHA-256 of its JSON dossier, the
 * document, format, language and the day (deadline findings and dates in the documents depend on it). The cache is
 * bounded by bytes. Each render has a time budget; a dossier too large for it is refused instead of occupying a core
 * for minutes, and one with more rows than any real filing has is refused before rendering starts.
 */
@Component
public class RenderedDocuments {

    /**
     * Rows (flow steps, risks, measures, products, evidence) beyond which no real filing goes. Measured on the 2-core
     * machine under load (DocumentRenderBenchmark): the report PDF takes 4.4 s with 300 rows, 23 s with 1,000 and
     * 174 s with 3,000, growing faster than the rows.
     */
    static final int MAX_ROWS = 500;

    record Key(UUID filingId, String dossierSha256, String document, String format, String language,
            LocalDate today) {
    }

    private final Cache<Key, byte[]> rendered;
    /** Content that did not render within the budget: asked again, it is refused at once (renders cannot be stopped). */
    private final Cache<Key, Boolean> overBudget = Caches.caffeine().maximumSize(1000).build();
    private final ThreadPoolExecutor renderers;
    private final Duration budget;
    private final AtomicLong renders = new AtomicLong();

    private final EvidenceContents evidence;
    private final EntityDocuments companyUploads;
    private final MeterRegistry meters;
    private final com.cacfiling.web.filing.TimedRules rules;
    /** Sizes of the dossier ZIPs built: where the database and the downloads grow (see docs/performance.md). */
    private final DistributionSummary dossierSizes;

    RenderedDocuments(@Value("${filing.documents.render-budget:15s}") Duration budget,
            @Value("${filing.documents.cache-megabytes:64}") long cacheMegabytes, EvidenceContents evidence,
            EntityDocuments companyUploads, MeterRegistry meters, com.cacfiling.web.filing.TimedRules rules) {
        this.budget = budget;
        this.rules = rules;
        this.evidence = evidence;
        this.companyUploads = companyUploads;
        this.meters = meters;
        this.dossierSizes = DistributionSummary.builder("filing.dossier.size")
                .description("Size of each dossier ZIP built (documents, JSON and evidence)")
                .baseUnit("bytes")
                .publishPercentileHistogram()
                .register(meters);
        this.rendered = Caches.caffeine()
                .maximumWeight(cacheMegabytes * 1024 * 1024)
                .weigher((Key key, byte[] content) -> content.length)
                .build();
        int cores = Runtime.getRuntime().availableProcessors();
        // As many renders at a time as there are cores; more waiting ones are refused rather than queued for minutes.
        this.renderers = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(4 * cores),
                runnable -> {
                    Thread thread = new Thread(runnable, "document-renderer");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public byte[] document(Dossier dossier, DocumentKind kind, DocumentFormat format, Locale locale,
            LocalDate today) {
        checkSize(dossier);
        // The draft mark reads the labelling checklist's content types too, which are not in the dossier.
        java.util.Set<String> labelled = rules.checkedLabellingOutputs(dossier);
        return rendered.get(key(dossier, kind.key(), format.name(), locale.toLanguageTag() + labelledKey(labelled),
                        today),
                key -> {
                    // Only the report shows evidence (screenshots at their measures).
                    java.util.Map<String, byte[]> files = kind == DocumentKind.SELF_ASSESSMENT_REPORT
                            ? evidence.of(dossier) : java.util.Map.of();
                    return withinBudget(key, () -> timed(kind.key(), format.name(),
                            () -> DossierDocuments.render(kind, format, dossier, locale, today, files, labelled)));
                });
    }

    public byte[] zip(Dossier dossier, LocalDate today) {
        return zip(dossier, today, java.util.List.of());
    }

    /** The ZIP whose findings reports also name the values typed that are not valid yet ({@code pending}). */
    public byte[] zip(Dossier dossier, LocalDate today, java.util.List<com.cacfiling.docs.PendingValue> pending) {
        checkSize(dossier);
        // The evidence items' SHA-256 values are part of the dossier, so the key covers the evidence files too; the
        // company's Step 1 uploads are not, so their fingerprint is part of the key.
        UUID filingId = dossier.filing().id().value();
        String uploads = companyUploads.fingerprint(filingId);
        // The values typed invalidly are not in the dossier (it prints the answers before them): their words are.
        String typed = pending.isEmpty() ? "" : ":typed:" + DossierBundle.sha256(pending.toString()
                .getBytes(StandardCharsets.UTF_8));
        java.util.Set<String> labelled = rules.checkedLabellingOutputs(dossier);
        return rendered.get(key(dossier, "dossier", "ZIP", "all" + (uploads.isEmpty() ? ""
                        : ":" + DossierBundle.sha256(uploads.getBytes(StandardCharsets.UTF_8))) + typed
                        + labelledKey(labelled), today),
                key -> {
                    java.util.Map<String, byte[]> files = evidence.of(dossier);
                    CompanyDocuments company = uploads.isEmpty() ? CompanyDocuments.NONE
                            : companyUploads.forDossier(filingId);
                    byte[] zip = withinBudget(key, () -> timed("dossier", "ZIP",
                            () -> DossierBundle.zip(dossier, today, files, company, pending, labelled)));
                    dossierSizes.record(zip.length);
                    return zip;
                });
    }

    /** One render, timed per document kind and format ({@code filing.documents.render}). */
    private byte[] timed(String document, String format, Callable<byte[]> render) throws Exception {
        Timer.Sample sample = Timer.start(meters);
        try {
            return render.call();
        }
        finally {
            sample.stop(Timer.builder("filing.documents.render")
                    .description("Rendering of one document or dossier ZIP (cache misses only)")
                    .tag("document", document).tag("format", format)
                    .publishPercentileHistogram()
                    .register(meters));
        }
    }

    /**
     * The ZIP with full resident ID numbers (the officer's submission copy), made from the masked ZIP (rendered once,
     * cached) with its dossier.json in full. The copy itself is never cached: personal data in full stays in memory
     * only for the one request that asked for it.
     */
    public byte[] submissionCopy(Dossier dossier, LocalDate today) {
        return DossierBundle.submissionCopy(zip(dossier, today), dossier, today,
                companyUploads.personalForSubmission(dossier.filing().id().value()));
    }

    /** How many renders ran (cache misses), for tests and monitoring. */
    public long renderCount() {
        return renders.get();
    }

    /** The checklist's content types as part of a key: a change of them alone makes no new version. */
    private static String labelledKey(java.util.Set<String> labelled) {
        return labelled.isEmpty() ? "" : ":labelled:" + String.join(",", new java.util.TreeSet<>(labelled));
    }

    private static Key key(Dossier dossier, String document, String format, String language, LocalDate today) {
        String sha256 = DossierBundle.sha256(DossierJson.write(dossier).getBytes(StandardCharsets.UTF_8));
        return new Key(dossier.filing().id().value(), sha256, document, format, language, today);
    }

    private byte[] withinBudget(Key key, Callable<byte[]> render) {
        if (overBudget.getIfPresent(key) != null) {
            throw new DocumentTooLargeException(budget, false);
        }
        renders.incrementAndGet();
        Future<byte[]> running;
        try {
            running = renderers.submit(render);
        }
        catch (java.util.concurrent.RejectedExecutionException busy) {
            throw new DocumentTooLargeException(budget, true);
        }
        try {
            return running.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException late) {
            running.cancel(true);
            overBudget.put(key, Boolean.TRUE);
            throw new DocumentTooLargeException(budget, false);
        }
        catch (InterruptedException interrupted) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", interrupted);
        }
        catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Refuses dossiers with more rows than documents are made for, before any rendering. */
    static void checkSize(Dossier dossier) {
        var assessment = dossier.filing().algorithm().profile().assessment();
        long rows = assessment.flow().size() + assessment.evidence().size();
        for (var risk : assessment.risks()) {
            rows += 1 + risk.measures().size();
        }
        if (dossier.filing().step3() instanceof com.cacfiling.domain.filing.ProductsAndFunctions products) {
            rows += products.products().size();
        }
        if (rows > MAX_ROWS) {
            throw new DocumentTooLargeException(null, false);
        }
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }
}
