package com.cacfiling.docs.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full dossier ZIP (16 documents, JSON, findings, manifest) for a complete filing, warm. Sample-time mode
 * reports the median. Run: {@code ./mvnw -B -pl filing-docs -am -Pbenchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class DossierBundleBenchmark {

    private Dossier dossier;
    private final LocalDate today = LocalDate.of(2026, 12, 1);

    @Setup
    public void setUp() {
        dossier = SampleDossiers.completeProvider();
    }

    @Benchmark
    public byte[] fullDossierZip() {
        return DossierBundle.zip(dossier, today);
    }

    @Benchmark
    public byte[] reportPdfChinese() {
        return DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE, today);
    }
}
