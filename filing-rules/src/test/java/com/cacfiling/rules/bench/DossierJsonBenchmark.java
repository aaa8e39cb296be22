package com.cacfiling.rules.bench;

import java.util.concurrent.TimeUnit;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.form.DossierTree;
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
 * The JSON mapping a wizard save round trip does with a complete provider dossier: the form's tree of the dossier,
 * the step's part read back from it, the part stored as text and read again, the history's snapshot.
 * Run: {@code ./mvnw -B -pl filing-rules -am -Pbenchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierJsonBenchmark {

    private Dossier provider;
    private DossierTree providerTree;
    private String algorithmJson;
    private String storedProfileJson;

    @Setup
    public void setUp() {
        provider = SampleDossiers.completeProvider();
        providerTree = DossierTree.of(provider);
        algorithmJson = DomainJson.write(providerTree.algorithm());
        storedProfileJson = DomainJson.write(provider.filing().algorithm().profile());
    }

    @Benchmark
    public DossierTree formTreeOfDossier() {
        return DossierTree.of(provider);
    }

    /** The same tree copied from one built before (the portal remembers a value's tree; thirty-seventh round). */
    @Benchmark
    public tools.jackson.databind.node.ObjectNode formTreeCopied() {
        return providerTree.root().deepCopy();
    }

    @Benchmark
    public AlgorithmProfile algorithmFromFormTree() {
        return providerTree.algorithm();
    }

    @Benchmark
    public String algorithmWrittenAndRead() {
        return DomainJson.read(DomainJson.write(DomainJson.read(algorithmJson, AlgorithmProfile.class)),
                AlgorithmProfile.class).name();
    }

    /** The history's snapshot as a save writes it since the fourteenth round: one pass, the entity handed over. */
    @Benchmark
    public String historySnapshot() {
        return DossierJson.writeCompact(provider, entity -> entity);
    }

    /** The same, with the algorithm's profile taken as stored (thirty-seventh round). */
    @Benchmark
    public String historySnapshotWithStoredProfile() {
        return DossierJson.writeCompact(provider, storedProfileJson, entity -> entity);
    }
}
