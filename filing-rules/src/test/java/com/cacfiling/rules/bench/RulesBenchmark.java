package com.cacfiling.rules.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingRules;
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
 * All rules on a complete provider filing, as on every autosave. Sample-time mode reports the median (p0.50).
 * Run: {@code ./mvnw -B -pl filing-rules -am -Pbenchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmark {

    private Dossier provider;
    private Dossier supporter;
    private final LocalDate today = LocalDate.of(2026, 12, 1);

    private com.cacfiling.rules.FilingContext providerContext;

    @Setup
    public void setUp() {
        provider = SampleDossiers.completeProvider();
        supporter = SampleDossiers.completeSupporter();
        providerContext = com.cacfiling.rules.FilingContext.of(provider, today);
    }

    /** One policy that walks the whole dossier's tree (every text searched for ID numbers), for its share. */
    @Benchmark
    public java.util.List<com.cacfiling.rules.Finding> idNumbersInTextsOfCompleteProvider() {
        return new com.cacfiling.rules.policies.IdNumberInTextPolicy().check(providerContext);
    }

    /** The policies that read every typed text (placeholders, names, product forms), each for its share. */
    @Benchmark
    public java.util.List<com.cacfiling.rules.Finding> boilerplateOfCompleteProvider() {
        return new com.cacfiling.rules.policies.BoilerplatePolicy().check(providerContext);
    }

    @Benchmark
    public java.util.List<com.cacfiling.rules.Finding> nameConsistencyOfCompleteProvider() {
        return new com.cacfiling.rules.policies.NameConsistencyPolicy().check(providerContext);
    }

    @Benchmark
    public java.util.List<com.cacfiling.rules.Finding> productFormsOfCompleteProvider() {
        return new com.cacfiling.rules.policies.ProductFormMentionPolicy().check(providerContext);
    }

    @Benchmark
    public Evaluation evaluateCompleteProvider() {
        return FilingRules.evaluate(provider, today);
    }

    @Benchmark
    public Evaluation evaluateCompleteSupporter() {
        return FilingRules.evaluate(supporter, today);
    }
}
