package com.cacfiling.web.review;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.rules.FilingContext;
import com.cacfiling.rules.FilingRules;
import com.cacfiling.rules.policies.CompletenessPolicy;

/**
 * The fields a comment can be attached to: every field the rules require of a complete filing in either role,
 * so comments use the same paths as findings and show at the same place in the wizard.
 */
final class CommentablePaths {

    static final List<String> ALL = paths();

    private CommentablePaths() {
    }

    private static List<String> paths() {
        TreeSet<String> paths = new TreeSet<>();
        for (var dossier : List.of(SampleDossiers.completeProvider(), SampleDossiers.completeSupporter())) {
            FilingContext context = FilingContext.of(dossier, LocalDate.of(2026, 1, 1));
            FilingRules.POLICIES.stream().filter(CompletenessPolicy.class::isInstance)
                    .map(CompletenessPolicy.class::cast)
                    .forEach(policy -> policy.requiredFields(context).forEach(field -> paths.add(field.path())));
        }
        return List.copyOf(paths);
    }
}
