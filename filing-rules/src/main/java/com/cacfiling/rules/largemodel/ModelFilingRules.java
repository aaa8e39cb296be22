package com.cacfiling.rules.largemodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cacfiling.domain.form.Condition;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldPaths;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.largemodel.AssessmentClause;
import com.cacfiling.domain.largemodel.ClauseResult;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.ServiceAlgorithmFiling;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;
import com.cacfiling.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Every check of a large-model filing or registration: the form's required fields (from its catalogue), the
 * assessment report's clauses (filing), the called model (registration), the agreement and privacy-policy clauses,
 * the corpus and generated-content sampling (filing), and the uploaded lists against the standard's thresholds.
 */
public final class ModelFilingRules {

    private static final LegalBasis MEASURES_17 = LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第十七条");

    /** The readiness key of the uploaded lists, beside the form's steps. */
    public static final String LISTS_STEP = "LISTS";

    private ModelFilingRules() {
    }

    /** The findings of a filing as of {@code today} (a planned launch date that has come is one). */
    public static ModelEvaluation evaluate(DossierTree tree, ModelFilingRoute route, ModelLists lists,
            ModelThresholds thresholds, java.time.LocalDate today) {
        return evaluate(tree, route, lists, thresholds, today, null);
    }

    /**
     * As above, and checked against the algorithm filing of the filing's service ({@code serviceAlgorithm}, null when
     * the filing has no service or the service no algorithm filing).
     */
    public static ModelEvaluation evaluate(DossierTree tree, ModelFilingRoute route, ModelLists lists,
            ModelThresholds thresholds, java.time.LocalDate today, ServiceAlgorithmFiling serviceAlgorithm) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Double> readiness = new LinkedHashMap<>();
        // Per step: how many fields are asked, and the paths of those filled in (ready once no error is at them).
        Map<String, Integer> asked = new LinkedHashMap<>();
        Map<String, List<String>> filledPaths = new LinkedHashMap<>();
        for (StepSpec step : ModelFilingForm.steps(route)) {
            int required = 0;
            List<String> filled = new ArrayList<>();
            for (FieldGroup group : step.groups()) {
                for (FieldSpec field : group.fields()) {
                    List<String> missing = new ArrayList<>();
                    required += required(field, tree, missing, filled);
                    missing.forEach(path -> findings.add(new Finding("MODEL_REQUIRED", Severity.ERROR, path,
                            "rule.required", List.of(), MEASURES_17)));
                    storedValue(field, tree, findings);
                }
            }
            asked.put(step.step(), required);
            filledPaths.put(step.step(), filled);
        }
        if (route == ModelFilingRoute.FILING) {
            clauses(tree, thresholds, findings);
            corpusSampling(tree, thresholds, findings);
            generatedSampling(tree, thresholds, findings);
        }
        else {
            calledModel(tree, findings);
        }
        agreements(tree, findings);
        algorithmFiling(tree, route, serviceAlgorithm, findings);
        launchDate(tree, route, today, findings);
        findings.addAll(ServiceAlgorithmAgreement.check(tree, serviceAlgorithm, route));
        findings.addAll(ListChecks.keywords(lists.keywords(), thresholds));
        findings.addAll(ListChecks.contentBank(lists.contentBank(), thresholds));
        findings.addAll(ListChecks.shouldRefuse(lists.shouldRefuse(), thresholds));
        findings.addAll(ListChecks.nonRefusal(lists.nonRefusal(), thresholds));
        // As the algorithm filing counts it: a field filled in with an error at it is not ready (found in a walk: the
        // agreements' step read 100 % with five errors at its two texts).
        java.util.Set<String> pathsWithErrors = new java.util.HashSet<>();
        findings.stream().filter(Finding::isError).forEach(finding -> pathsWithErrors.add(finding.fieldPath()));
        asked.forEach((step, required) -> readiness.put(step, required == 0 ? 1.0
                : (double) filledPaths.get(step).stream().filter(path -> !pathsWithErrors.contains(path)).count()
                        / required));
        // The lists are a step of the filing too: each counts once uploaded and meeting the standard, so the
        // filing is not "100 %" while they are missing.
        List<String> listPaths = List.of(ListChecks.KEYWORDS, ListChecks.CONTENT_BANK, ListChecks.SHOULD_REFUSE,
                ListChecks.NON_REFUSAL);
        long listsReady = listPaths.stream().filter(path -> findings.stream()
                .noneMatch(finding -> finding.isError() && finding.fieldPath().equals(path))).count();
        readiness.put(LISTS_STEP, (double) listsReady / listPaths.size());
        return new ModelEvaluation(findings, readiness);
    }

    /**
     * Both routes build on the service's algorithm filing, whose number the form cites (a prerequisite in practice,
     * [S] in the reference; Art. 17 of the Interim Measures asks for the algorithm filing itself): without the number
     * the review said "no errors, can be submitted". A warning, since the dossier is often prepared while the algorithm
     * filing is still with the CAC.
     */
    private static void algorithmFiling(DossierTree tree, ModelFilingRoute route, ServiceAlgorithmFiling service,
            List<Finding> findings) {
        String number = "model.basics.algorithmFilingNumber";
        boolean asked = ModelFilingForm.steps(route).stream().flatMap(step -> step.groups().stream())
                .flatMap(group -> group.fields().stream()).anyMatch(field -> field.path().equals(number));
        if (asked && !isPresent(tree.get(number))) {
            // Once the service's algorithm filing is approved, its number is known: say it, not "once approved".
            boolean known = service != null && service.approvedNumber() != null;
            // "Then submit this filing" is said of the registration as a registration (found in a walk).
            String missing = route == ModelFilingRoute.REGISTRATION
                    ? "rule.model.algorithmFilingNumber.missing.registration" : "rule.model.algorithmFilingNumber.missing";
            findings.add(new Finding("MODEL_PREREQUISITES", Severity.WARNING, number,
                    known ? "rule.model.algorithmFilingNumber.approved" : missing,
                    known ? List.of(service.approvedNumber()) : List.of(), MEASURES_17));
        }
    }

    /**
     * A generative AI service is assessed and filed before it is offered (Interim Measures Art. 17): a planned launch
     * date that has come while the filing is still being prepared is either stale or a service running unfiled. A
     * warning, as for the algorithm filing (found in a walk: a date nine months past, "no errors found").
     */
    private static void launchDate(DossierTree tree, ModelFilingRoute route, java.time.LocalDate today,
            List<Finding> findings) {
        JsonNode value = tree.get("model.basics.launchDate");
        if (!value.isString()) {
            return;
        }
        java.time.LocalDate launch;
        try {
            launch = java.time.LocalDate.parse(value.asString());
        }
        catch (java.time.format.DateTimeParseException notADate) {
            return;
        }
        if (!launch.isAfter(today)) {
            findings.add(new Finding("MODEL_LAUNCH", Severity.WARNING, "model.basics.launchDate",
                    route == ModelFilingRoute.REGISTRATION ? "rule.model.launchBeforeApproval.registration"
                            : "rule.model.launchBeforeApproval", List.of(launch),
                    com.cacfiling.rules.Citations.GENERATIVE_ASSESSMENT_AND_FILING));
        }
    }

    /**
     * A value stored that its field's type refuses: the page keeps such a value typed, not stored, so it is one saved
     * before the field was checked (the test endpoint took any text, "abc" among them). Said at the field until
     * corrected, not sent as if it were an address.
     */
    private static void storedValue(FieldSpec field, DossierTree tree, List<Finding> findings) {
        if (field.kind() != FieldKind.IDENTIFIER) {
            return;
        }
        JsonNode value = tree.get(field.path());
        if (!value.isString() || value.asString().isBlank()) {
            return;
        }
        try {
            field.identifier().canonical(value.asString());
        }
        catch (com.cacfiling.domain.identifiers.InvalidValueException invalid) {
            findings.add(new Finding("MODEL_VALUES", Severity.ERROR, field.path(), "rule.model.invalidValue",
                    List.of(value.asString()), null));
        }
    }

    /** How many of a field's paths (rows included) are asked; adds the paths missing and the paths filled in. */
    private static int required(FieldSpec field, DossierTree tree, List<String> missing, List<String> filled) {
        int[] counts = new int[1];
        FieldPaths.walk(field, tree, FieldPaths.NOT_OPTIONAL_KEYS, (each, path) -> {
            // A field shown for an answer beside it is asked only when that answer calls for it, as the page shows it:
            // required then if the catalogue says so (a further model's other way of calling after 其他).
            boolean asked = each.isAskedIn(tree, path);
            if (asked && isRequired(each, tree)) {
                counts[0]++;
                if (isPresent(tree.get(path))) {
                    filled.add(path);
                }
                else {
                    missing.add(path);
                }
            }
            else if (asked && each.shownForAnswer() != null) {
                // Asked by its row's answer (a clause's evidence for 符合): it counts toward the step's progress as the
                // page shows it (found in a walk: 93 % with every text missing); its finding is the clause check's own.
                counts[0]++;
                if (isPresent(tree.get(path))) {
                    filled.add(path);
                }
            }
            return true; // every row and key is counted, each field asked or not by its own answer
        });
        return counts[0];
    }

    private static boolean isRequired(FieldSpec field, DossierTree tree) {
        if (field.isAlwaysRequired()) {
            return true;
        }
        Condition when = field.requiredWhen();
        // The large-model form has no named predicates.
        return when != null && when.predicate() == null && tree.holds(when);
    }

    static boolean isPresent(JsonNode value) {
        return DossierTree.isAnswered(value);
    }

    /** What each text of a clause says when its result asks for it and it is missing (keys written out, as all are). */
    private static final Map<String, String> CLAUSE_TEXT_MISSING = Map.of("evidence", "rule.model.clause.evidence",
            "reason", "rule.model.clause.reason", "measure", "rule.model.clause.measure");

    /**
     * Each text a clause's result asks for, as the catalogue says and the page shows (its shownForAnswer: 符合 its
     * evidence, 不符合 its reason and measure or plan, 不适用 its reason; the report's TC260 §9.1), and a warning for
     * 不符合; cited as the standard the filing is assessed against, as its other checks are.
     */
    private static void clauses(DossierTree tree, ModelThresholds thresholds, List<Finding> findings) {
        LegalBasis basis = ListChecks.basis(thresholds.standard());
        List<FieldSpec> texts = ModelFilingForm.fields().find("model.assessment.clauses").orElseThrow().fields()
                .stream().filter(field -> field.shownForAnswer() != null).toList();
        for (AssessmentClause clause : AssessmentClause.values()) {
            String path = "model.assessment.clauses." + clause.name();
            JsonNode result = tree.get(path + ".result");
            if (!isPresent(result)) {
                continue;
            }
            ClauseResult answer = ClauseResult.valueOf(result.asString());
            for (FieldSpec text : texts) {
                String textPath = path + "." + text.name();
                if (text.shownForAnswer().calledFor(answer.name()) && !isPresent(tree.get(textPath))) {
                    findings.add(new Finding("MODEL_CLAUSE", Severity.ERROR, textPath,
                            CLAUSE_TEXT_MISSING.get(text.name()), List.of(), basis));
                }
            }
            if (answer == ClauseResult.DOES_NOT_CONFORM) {
                findings.add(new Finding("MODEL_CLAUSE", Severity.WARNING, path + ".result",
                        "rule.model.clause.nonConforming", List.of(), basis));
            }
        }
    }

    /**
     * A service that changes a filed model it calls is not a registration: it must be filed. Said of the first model
     * and of each further one (a row of model.called.others).
     */
    private static void calledModel(DossierTree tree, List<Finding> findings) {
        List<String> models = new ArrayList<>(List.of("model.called"));
        JsonNode others = tree.get("model.called.others");
        for (int i = 0; others.isArray() && i < others.size(); i++) {
            models.add("model.called.others[" + i + "]");
        }
        for (String model : models) {
            JsonNode unmodified = tree.get(model + ".unmodified");
            if (unmodified.isBoolean() && !unmodified.booleanValue()) {
                findings.add(new Finding("MODEL_CALLED", Severity.ERROR, model + ".unmodified",
                        "rule.model.called.modified", List.of(), MEASURES_17));
            }
        }
    }

    /** Generated content carries explicit labels (Labelling Measures Art. 4), which an agreement cannot waive. */
    private static final LegalBasis LABELLING_EXPLICIT = LegalBasis.of(Regulation.LABELLING_MEASURES, "第四条");

    private static void agreements(DossierTree tree, List<Finding> findings) {
        for (AgreementClause clause : AgreementClause.values()) {
            String text = tree.get(clause.document().path()).asString("");
            if (text.isBlank()) {
                continue;
            }
            switch (clause.check(text)) {
                case MISSING -> findings.add(new Finding("MODEL_AGREEMENT", Severity.ERROR, clause.document().path(),
                        "rule.model.agreement.missing",
                        List.of(new FindingArgument.Text("agreementClause." + clause.name())), clause.basis()));
                // Quoted, so the filer sees which sentence contradicts the duty to label.
                case REFUSED -> findings.add(new Finding("MODEL_AGREEMENT", Severity.ERROR, clause.document().path(),
                        "rule.model.agreement.labellingRefused", List.of(clause.refusal(text).orElseThrow()),
                        LABELLING_EXPLICIT));
                case FOUND -> { }
            }
        }
    }

    /** Corpus sampling: the manual sample's size and pass rate, the machine sample's share and rate, worst source. */
    private static void corpusSampling(DossierTree tree, ModelThresholds thresholds, List<Finding> findings) {
        ModelThresholds.CorpusSampling min = thresholds.corpusSampling();
        String standard = thresholds.standard();
        Long sampled = integer(tree, "model.development.corpusManualSampled");
        Long passed = integer(tree, "model.development.corpusManualPassed");
        BigDecimal share = decimal(tree, "model.development.corpusMachineSharePercent");
        BigDecimal machinePass = decimal(tree, "model.development.corpusMachinePassPercent");
        if (sampled == null && share == null) {
            findings.add(ListChecks.error("MODEL_CORPUS", "model.development.corpusManualSampled",
                    "rule.model.corpus.noSample", standard));
        }
        if (sampled != null) {
            passRate("MODEL_CORPUS", "model.development.corpusManualSampled", "model.development.corpusManualPassed",
                    sampled, passed, min.manualItems(), min.manualPassRate(), standard, findings);
        }
        if (share != null) {
            BigDecimal minShare = min.machineShare().multiply(BigDecimal.valueOf(100));
            if (share.compareTo(minShare) < 0) {
                findings.add(ListChecks.error("MODEL_CORPUS", "model.development.corpusMachineSharePercent",
                        "rule.model.corpus.machineShare", share.stripTrailingZeros().toPlainString(),
                        minShare.stripTrailingZeros().toPlainString(), standard));
            }
            BigDecimal minPass = min.machinePassRate().multiply(BigDecimal.valueOf(100));
            if (machinePass == null || machinePass.compareTo(minPass) < 0) {
                findings.add(ListChecks.error("MODEL_CORPUS", "model.development.corpusMachinePassPercent",
                        "rule.model.corpus.machinePass", machinePass == null ? "—" : machinePass.stripTrailingZeros()
                                .toPlainString(), minPass.stripTrailingZeros().toPlainString(), standard));
            }
        }
        BigDecimal worst = decimal(tree, "model.development.worstSourceIllegalPercent");
        BigDecimal maxIllegal = min.maxIllegalShare().multiply(BigDecimal.valueOf(100));
        if (worst != null && worst.compareTo(maxIllegal) > 0) {
            findings.add(ListChecks.error("MODEL_CORPUS", "model.development.worstSourceIllegalPercent",
                    "rule.model.corpus.illegalSource", worst.stripTrailingZeros().toPlainString(),
                    maxIllegal.stripTrailingZeros().toPlainString(), standard));
        }
    }

    /** Generated content: each of manual, keyword and classifier sampling with its size and pass rate. */
    private static void generatedSampling(DossierTree tree, ModelThresholds thresholds, List<Finding> findings) {
        ModelThresholds.GeneratedSampling min = thresholds.generatedSampling();
        for (String method : List.of("Manual", "Keyword", "Classifier")) {
            String sampledPath = "model.assessment.generated" + method + "Sampled";
            String passedPath = "model.assessment.generated" + method + "Passed";
            Long sampled = integer(tree, sampledPath);
            if (sampled == null) {
                findings.add(ListChecks.error("MODEL_GENERATED", sampledPath, "rule.model.generated.missing",
                        thresholds.standard()));
                continue;
            }
            passRate("MODEL_GENERATED", sampledPath, passedPath, sampled, integer(tree, passedPath), min.perMethod(),
                    min.passRate(), thresholds.standard(), findings);
        }
    }

    private static void passRate(String rule, String sampledPath, String passedPath, long sampled, Long passed,
            int minItems, BigDecimal minRate, String standard, List<Finding> findings) {
        if (sampled < minItems) {
            findings.add(ListChecks.error(rule, sampledPath, "rule.model.sample.tooSmall", sampled, minItems,
                    standard));
        }
        if (passed == null) {
            findings.add(ListChecks.error(rule, passedPath, "rule.model.sample.noPassed", standard));
        }
        else if (passed > sampled) {
            findings.add(ListChecks.error(rule, passedPath, "rule.model.sample.passedOverSampled", passed, sampled,
                    standard));
        }
        else if (sampled > 0 && ListChecks.rate(passed.intValue(), (int) sampled).compareTo(minRate) < 0) {
            findings.add(ListChecks.error(rule, passedPath, "rule.model.sample.passRate",
                    ListChecks.percent(passed.intValue(), (int) sampled), ListChecks.percent(minRate), passed,
                    sampled, standard));
        }
    }

    private static Long integer(DossierTree tree, String path) {
        JsonNode node = tree.get(path);
        return node.isNumber() ? node.longValue() : null;
    }

    private static BigDecimal decimal(DossierTree tree, String path) {
        JsonNode node = tree.get(path);
        return node.isNumber() ? node.decimalValue() : null;
    }
}
