package com.cacfiling.web.filing;

import java.time.LocalDate;
import java.util.Set;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingRules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules' evaluation as the portal runs it, timed ({@code filing.rules.evaluation}, with percentiles), because it
 * runs on every wizard page and for every row of the dashboard: the first number to look at when pages slow down.
 * The rules read, beside the dossier, the output modalities of the algorithm's saved labelling checklist, whose text
 * goes into the report (a checklist naming images for a text-only algorithm made the documents contradict each
 * other, and no rule said so).
 */
@Component
public class TimedRules {

    private final Timer evaluation;
    private final JdbcTemplate jdbc;

    TimedRules(MeterRegistry meters, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.evaluation = Timer.builder("filing.rules.evaluation")
                .description("Evaluation of the filing rules for one dossier")
                .publishPercentileHistogram()
                .register(meters);
    }

    public Evaluation evaluate(Dossier dossier, LocalDate today) {
        return evaluate(dossier, null, today);
    }

    /** {@link #evaluate(Dossier, LocalDate)} reading {@code tree}, the dossier's, which a page has built already. */
    public Evaluation evaluate(Dossier dossier, DossierTree tree, LocalDate today) {
        return evaluate(dossier, tree, today, () -> labellingOutputs(dossier));
    }

    /**
     * As above, for a stored filing whose checklist version was read with its algorithm's row (0 before the first
     * save): the checklist's content types are remembered per version, so a save's new version of the filing reads
     * no checklist again (a statement per save round trip otherwise).
     */
    public Evaluation evaluate(Dossier dossier, DossierTree tree, LocalDate today, long labellingVersion) {
        return evaluate(dossier, tree, today, () -> labellingVersion == 0 ? Set.of() : labelledPerVersion.get(
                new ChecklistVersion(dossier.filing().algorithm().id().value(), labellingVersion),
                key -> labellingOutputs(dossier)));
    }

    /** Only a generative-synthesis algorithm is checked against its checklist: no statement for the others. */
    private Evaluation evaluate(Dossier dossier, DossierTree tree, LocalDate today,
            java.util.function.Supplier<Set<String>> labelled) {
        FilingContext context = tree == null ? FilingContext.of(dossier, today) : FilingContext.of(dossier, today, tree);
        FilingContext checked = context.isGenerativeSynthesis() ? context.withLabellingOutputs(labelled.get())
                : context;
        return evaluation.record(() -> FilingRules.evaluate(checked));
    }

    /** A checklist's version: every save of it makes a new one, on every node, so what it names never changes. */
    private record ChecklistVersion(java.util.UUID algorithm, long version) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<ChecklistVersion, Set<String>> labelledPerVersion =
            com.cacfiling.web.system.Caches.caffeine().maximumSize(10_000).build();

    /**
     * The modalities the algorithm's saved labelling checklist names, for a generative-synthesis algorithm (the only
     * kind the rules check against them); none before its first save, and none for the others.
     */
    public Set<String> checkedLabellingOutputs(Dossier dossier) {
        return com.cacfiling.domain.algorithm.AlgorithmTypes.isGenerativeSynthesis(
                dossier.filing().algorithm().profile().basics().algorithmType()) ? labellingOutputs(dossier) : Set.of();
    }

    /** The modalities the algorithm's saved labelling checklist names; none before its first save. */
    private Set<String> labellingOutputs(Dossier dossier) {
        return Set.copyOf(jdbc.queryForList("select jsonb_array_elements_text(answers -> 'modalities') "
                + "from labelling_checklist where algorithm_id = ?", String.class,
                dossier.filing().algorithm().id().value()));
    }
}
