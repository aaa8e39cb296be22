package com.cacfiling.web.filing;

import java.time.LocalDate;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingRules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The rules' evaluation as the portal runs it, timed ({@code filing.rules.evaluation}, with percentiles), because it
 * runs on every wizard page and for every row of the dashboard: the first number to look at when pages slow down.
 */
@Component
public class TimedRules {

    private final Timer evaluation;

    TimedRules(MeterRegistry meters) {
        this.evaluation = Timer.builder("filing.rules.evaluation")
                .description("Evaluation of the filing rules for one dossier")
                .publishPercentileHistogram()
                .register(meters);
    }

    public Evaluation evaluate(Dossier dossier, LocalDate today) {
        return evaluation.record(() -> FilingRules.evaluate(dossier, today));
    }

    /** {@link #evaluate(Dossier, LocalDate)} reading {@code tree}, the dossier's, which a page has built already. */
    public Evaluation evaluate(Dossier dossier, DossierTree tree, LocalDate today) {
        return evaluation.record(() -> FilingRules.evaluate(FilingContext.of(dossier, today, tree)));
    }
}
