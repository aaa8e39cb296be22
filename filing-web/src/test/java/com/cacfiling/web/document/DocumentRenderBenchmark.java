package com.cacfiling.web.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the report takes for dossiers far beyond real ones, to set the render budget and the row limit. Run with
 * {@code -Dbenchmark=documents}; prints the times.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "documents")
class DocumentRenderBenchmark {

    static Dossier dossier(UnaryOperator<AlgorithmProfile> change) {
        Dossier sample = SampleDossiers.completeProvider();
        Filing filing = sample.filing();
        Algorithm algorithm = new Algorithm(filing.algorithm().id(), change.apply(filing.algorithm().profile()));
        Filing changed = Filing.restore(filing.id(), filing.role(), algorithm, filing.kind(), filing.previousFilingId(),
                filing.formVersion(), filing.step3(), filing.status(), filing.submittedOn(), filing.approval(),
                filing.cacReturnReason(), filing.cancellation(), filing.history());
        return new Dossier(sample.entity(), changed);
    }

    static long millis(Dossier dossier, DocumentFormat format) {
        long start = System.nanoTime();
        DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, format, dossier, Locale.SIMPLIFIED_CHINESE,
                LocalDate.of(2026, 11, 29));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void reportTimes() {
        millis(dossier(p -> p), DocumentFormat.PDF);
        for (int rows : new int[] {10, 100, 300, 1000, 3000}) {
            Dossier dossier = dossier(p -> LargeDossiers.withRows(p, rows));
            System.out.printf("BENCH rows=%d pdf=%d ms docx=%d ms%n", rows, millis(dossier, DocumentFormat.PDF),
                    millis(dossier, DocumentFormat.DOCX));
        }
        for (int length : new int[] {1000, 3000, 10000}) {
            Dossier dossier = dossier(p -> LargeDossiers.withWord(p, length));
            System.out.printf("BENCH word=%d pdf=%d ms%n", length, millis(dossier, DocumentFormat.PDF));
        }
    }
}
