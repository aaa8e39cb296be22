package com.cacfiling.docs.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.FlowStepKind;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.SupportPlan;
import com.cacfiling.domain.reference.OptionList;

/**
 * 互联网信息服务算法安全自评估报告: the header table and chapters 一 to 六, in the provider variant (products per
 * product) or the technical-supporter variant (the support plan).
 */
public final class ReportBuilder {

    /** The widest a flow step's name column grows, in ems: about a quarter of the text column. */
    private static final double MAX_NAME_EM = 11;

    private ReportBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark, java.time.LocalDate today) {
        return build(dossier, l, draftWatermark, today, Map.of());
    }

    /** The report; {@code evidence} (evidence id to the uploaded bytes) puts image evidence at its measures. */
    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark, java.time.LocalDate today,
            Map<String, byte[]> evidence) {
        EntityProfile entity = dossier.entity();
        Filing filing = dossier.filing();
        AlgorithmProfile a = filing.algorithm().profile();
        SelfAssessment s = a.assessment();
        String name = DocumentNames.algorithmName(dossier, l);
        Blocks b = new Blocks();
        FieldValues fields = new FieldValues(dossier, l);
        // The report speaks as of its own date: a launch after the report date is planned, one on or before it has
        // happened, whatever day it is downloaded (found in a walk: dated 25 November, it said "launched 30
        // November"). Today only while the report has no date yet.
        java.time.LocalDate asOf = s.reportDate() != null ? s.reportDate() : today;

        b.heading(1, l.text("report.header"))
                .row(l.text("field.entityName"), l.value(entity.name()))
                .row(l.text("field.creditCode"), l.value(entity.creditCode()))
                .row(l.text("field.algorithmName"), l.value(a.name()))
                .row(l.text("field.algorithmType"), l.option(OptionList.ALGORITHM_TYPES, a.basics().algorithmType()))
                .row(l.text("field.role"), Text.of(l.text("role." + filing.role())))
                .row(l.text("field.applicationAreas"), applicationAreas(a, l))
                .row(fields.label("algorithm.details.usageScenario"), fields.value("algorithm.details.usageScenario"))
                .row(l.text("field.launch"), launch(a, l, asOf))
                .row(l.text("field.assessmentDate"), l.value(s.assessmentDate()))
                .row(l.text("field.reportDate"), l.value(s.reportDate()))
                .row(l.text("field.filingType"), Text.of(l.text(filing.kind() == FilingKind.CHANGE
                        ? "filingType.change" : "filingType.initial")));
        // A change names the filing it changes and the day the change took effect (its deadline runs from it).
        if (filing.kind() == FilingKind.CHANGE) {
            b.row(l.text("field.previousFilingNumber"), l.value(filing.previousFilingNumber()))
                    .row(l.text("field.changeEffectiveOn"), l.value(filing.changeEffectiveOn()));
        }
        b.row(l.text("field.basicSituation"), basicSituation(a, filing.role(), l, fields, asOf))
                .row(l.text("field.disclosureReference"), Text.of(l.text("report.seeDocument", l.text("doc.disclosure.title"))))
                .row(l.text("field.responsibilityReference"),
                        Text.of(l.text("report.seeDocument", l.text("doc.responsibility.title"))))
                .endTable();
        b.heading(2, l.text("report.header.assessed"));
        fields.row(b, "algorithm.details.introduction");
        fields.row(b, "algorithm.assessment.scope");
        // A supporter serves businesses and counts them, a provider the people using the service.
        fields.row(b, filing.role().audiencePath());
        // A service not launched yet has no users: its count is the forecast, and says so (found in two walks: the
        // report stated 1,200,000 users as a fact of a service launching next month).
        String countPath = filing.role().audienceCountPath();
        Text audienceCount = fields.value(countPath);
        if (planned(a, asOf) && audienceCount != null && !audienceCount.missing()) {
            b.row(fields.label(countPath), Text.of(l.text("report.userCount.forecast", audienceCount.value())));
        }
        else {
            fields.row(b, countPath);
        }
        rows(b, fields, "algorithm.assessment.socialImpact", "algorithm.assessment.softwareHardware",
                "algorithm.assessment.deploymentLocation", "algorithm.assessment.otherDescription");
        b.heading(2, l.text("report.header.risks"));
        for (RiskCategory category : RiskCategory.values()) {
            b.row(l.text("risk." + category), riskDescription(s.risks(), category, l));
        }
        b.endTable();
        b.row(l.text("field.declaration"), Text.of(l.text("report.declaration")))
                .row(l.text("field.securityOfficer"), l.value(entity.securityOfficer().name()))
                .row(l.text("field.phone"), l.value(entity.securityOfficer().phone()))
                .endTable();

        chapterAlgorithm(b, a, l, fields);
        chapterService(b, filing, l, fields);
        b.heading(1, l.text("report.ch3"));
        if (s.risks().isEmpty()) {
            b.paragraph(l.missing());
        }
        for (RiskAssessment risk : inTemplateOrder(s.risks())) {
            b.heading(2, l.text("risk." + (risk.category() == null ? RiskCategory.OTHER : risk.category())))
                    .paragraph(l.value(risk.description()));
        }
        chapterMeasures(b, a, l, fields, evidence);
        b.heading(1, l.text("report.ch5")).paragraph(l.value(s.conclusion()));
        // Other matters are optional: "none" rather than a placeholder when there are none.
        b.heading(1, l.text("report.ch6")).paragraph(s.otherMatters() == null || s.otherMatters().isBlank()
                ? Text.of(l.text("value.none")) : Text.of(s.otherMatters()));
        b.heading(2, l.text("report.evidenceList"));
        if (s.evidence().isEmpty()) {
            b.paragraph(l.text("report.noEvidence"));
        }
        else {
            List<String> kinds = new ArrayList<>(Arrays.stream(com.cacfiling.domain.algorithm.EvidenceKind.values())
                    .map(kind -> l.text("evidenceKind." + kind)).toList());
            kinds.add(l.text("evidence.kind"));
            // As the flow table: the number and the kind never broken by a long title or file name.
            b.table(List.of(l.text("evidence.id"), l.text("evidence.title"), l.text("evidence.kind"),
                            l.text("evidence.file")),
                    // Numbered: the items' ids are the portal's own keys, no reader's reference (found in a walk).
                    java.util.stream.IntStream.range(0, s.evidence().size()).mapToObj(i -> {
                        var item = s.evidence().get(i);
                        return List.of(Text.of(String.valueOf(i + 1)), l.value(item.title()),
                                item.kind() == null ? l.missing() : Text.of(l.text("evidenceKind." + item.kind())),
                                l.value(item.fileName()));
                    }).toList(), Arrays.asList(numberWidth(l.text("evidence.id"), s.evidence().size()), null,
                            ColumnWidths.fitting(kinds), null));
        }

        return new DocumentModel(DocumentKind.SELF_ASSESSMENT_REPORT, l.language(),
                List.of(name, l.text("doc.report.title")), l.value(entity.name()).value(),
                DocumentNames.runningHeader(dossier, l), true, l.text("toc.title"), draftWatermark, b.build());
    }

    /** A numbering column: its heading (序号, No.) and the widest number on one line. */
    private static Double numberWidth(String heading, int rows) {
        return ColumnWidths.fitting(List.of(heading, "0".repeat(String.valueOf(rows).length())));
    }

    /** The launch's status as of {@code asOf}, the report's date: planned when the launch is after it. */
    private static Text launch(AlgorithmProfile a, Labels l, java.time.LocalDate asOf) {
        if (a.basics().launchDate() == null) {
            return l.missing();
        }
        String status = l.text(planned(a, asOf) ? "launch.planned" : "launch.launched");
        return Text.of(status + " " + l.date(a.basics().launchDate()));
    }

    private static boolean planned(AlgorithmProfile a, java.time.LocalDate asOf) {
        return a.basics().launchDate() != null && a.basics().launchDate().isAfter(asOf);
    }

    /** The launch inside the basic situation's sentence ("…, launched on 20 November 2026; it serves …"). */
    private static Text launchInSentence(AlgorithmProfile a, Labels l, java.time.LocalDate asOf) {
        if (a.basics().launchDate() == null) {
            return l.missing();
        }
        return Text.of(l.text(planned(a, asOf) ? "launch.plannedOn" : "launch.launchedOn",
                l.date(a.basics().launchDate())));
    }

    private static Text applicationAreas(AlgorithmProfile a, Labels l) {
        return l.options(OptionList.APPLICATION_AREAS, a.basics().applicationAreas(), "OTHER",
                a.basics().applicationAreasOther());
    }

    /**
     * 算法基本情况 as a summary of the filing's answers (type, areas, scenarios, launch, users), not the 算法简介 again:
     * the introduction follows in the next table, and a reviewer reads a repeated text as an unanswered question.
     */
    private static Text basicSituation(AlgorithmProfile a, FilingRole role, Labels l, FieldValues fields,
            java.time.LocalDate asOf) {
        List<Text> parts = List.of(l.value(a.name()),
                inSentence(l.option(OptionList.ALGORITHM_TYPES, a.basics().algorithmType()), l),
                inSentence(applicationAreas(a, l), l),
                inSentence(l.options(OptionList.USAGE_SCENARIOS, a.details().usageScenario()), l),
                launchInSentence(a, l, asOf),
                orMissing(fields.value(role.audiencePath()), l), orMissing(fields.value(role.audienceCountPath()), l));
        String text = l.text((role == FilingRole.TECHNICAL_SUPPORTER ? "report.basicSituation.customers"
                : "report.basicSituation") + (planned(a, asOf) ? ".planned" : ""),
                parts.stream().map(Text::value).toArray());
        return parts.stream().anyMatch(Text::missing) ? Text.missing(text) : Text.of(text);
    }

    /**
     * An option's label inside an English sentence: "a personalised pushing algorithm applied in e-commerce", not
     * "a Personalised pushing algorithm applied in E-commerce" (found in a walk). Only a capital followed by a small
     * letter is lowered, so abbreviations (API, AI) stay as they are; Chinese has no case.
     */
    private static Text inSentence(Text label, Labels l) {
        if (label.missing() || !"en".equals(l.language())) {
            return label;
        }
        String value = label.value();
        StringBuilder lowered = new StringBuilder(value.length());
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lower = wordStart && Character.isUpperCase(c) && i + 1 < value.length()
                    && (Character.isLowerCase(value.charAt(i + 1)) || value.charAt(i + 1) == '-'
                            && i + 2 < value.length() && Character.isLowerCase(value.charAt(i + 2)))
                    && (i == 0 || value.startsWith(", ", i - 2) || value.startsWith("; ", i - 2));
            lowered.append(lower ? Character.toLowerCase(c) : c);
            wordStart = c == ' ' || c == ',' || c == ';';
        }
        return Text.of(lowered.toString());
    }

    private static Text orMissing(Text value, Labels l) {
        return value == null ? l.missing() : value;
    }

    private static Text riskDescription(List<RiskAssessment> risks, RiskCategory category, Labels l) {
        String text = risks.stream().filter(risk -> risk.category() == category)
                .map(RiskAssessment::description).filter(d -> d != null && !d.isBlank())
                .collect(Collectors.joining("\n"));
        if (!text.isEmpty()) {
            return Text.of(text);
        }
        // Found in two walks: "not identified" claimed an assessment the filer never wrote. A named category left
        // out is still to be filled (RiskCoveragePolicy warns of it); "other risks" may well be none.
        return category == RiskCategory.OTHER ? Text.of(l.text("value.none")) : l.missing();
    }

    /**
     * Chapters 三 and 四 in the order of the header table's categories (the template's), each category's risks in
     * the order entered: found in a walk, the chapters followed the order of entry and the table did not.
     */
    private static List<RiskAssessment> inTemplateOrder(List<RiskAssessment> risks) {
        return risks.stream().sorted(java.util.Comparator.comparing(
                risk -> risk.category() == null ? RiskCategory.OTHER : risk.category())).toList();
    }

    private static void chapterAlgorithm(Blocks b, AlgorithmProfile a, Labels l, FieldValues fields) {
        SelfAssessment s = a.assessment();
        b.heading(1, l.text("report.ch1"));
        b.heading(2, l.text("report.ch1.flow"));
        if (s.flow().isEmpty()) {
            b.paragraph(l.missing());
        }
        else {
            b.add(new Block.FlowDiagram(s.flow(), Arrays.stream(FlowStepKind.values())
                    .map(kind -> l.text("flowKind." + kind)).toList()));
            List<List<Text>> rows = new ArrayList<>();
            for (int i = 0; i < s.flow().size(); i++) {
                var step = s.flow().get(i);
                rows.add(List.of(Text.of(String.valueOf(i + 1)), l.value(step.name()),
                        step.kind() == null ? l.missing() : Text.of(l.text("flowKind." + step.kind())),
                        l.value(step.description())));
            }
            // The number and the kind as wide as their widest label: the description took the rest and broke them.
            // The step's name as wide as the longest name up to a quarter of the page, as it squeezed to two
            // characters a line; a longer name wraps in that width.
            List<String> kinds = new ArrayList<>(Arrays.stream(FlowStepKind.values())
                    .map(kind -> l.text("flowKind." + kind)).toList());
            kinds.add(l.text("flow.kind"));
            List<String> names = new ArrayList<>(s.flow().stream().map(step -> l.value(step.name()).value()).toList());
            names.add(l.text("flow.name"));
            b.table(List.of(l.text("flow.no"), l.text("flow.name"), l.text("flow.kind"), l.text("flow.description")),
                    rows, Arrays.asList(numberWidth(l.text("flow.no"), rows.size()),
                            Math.min(ColumnWidths.fitting(names), MAX_NAME_EM), ColumnWidths.fitting(kinds), null));
        }
        b.heading(2, l.text("report.ch1.data"));
        optionalParagraph(b, s.dataDescription());
        rows(b, fields, "algorithm.details.data.inputModalities", "algorithm.details.data.inputBiometric",
                "algorithm.details.data.inputIdentity", "algorithm.details.data.outputModalities",
                "algorithm.details.data.outputFormats", "algorithm.details.data.outputFileSize",
                "algorithm.details.data.batchOutput", "algorithm.details.model.trainingOverseasData",
                "algorithm.details.model.crossBorderExplanation", "algorithm.details.model.trainingDataGeneration",
                "algorithm.details.model.trainingPersonalInformation",
                "algorithm.details.model.personalInformationLegalBasis");
        b.heading(2, l.text("report.ch1.model"));
        optionalParagraph(b, s.modelDescription());
        rows(b, fields, "algorithm.details.model.generativeAlgorithmType",
                "algorithm.details.model.hardwareRequirements", "algorithm.details.model.performance",
                "algorithm.details.model.calculationMethod");
        b.heading(2, l.text("report.ch1.strategy"));
        optionalParagraph(b, s.interventionStrategy());
        rows(b, fields, "algorithm.details.strategy.preprocessTrainingData",
                "algorithm.details.strategy.trainingDataStrategy", "algorithm.details.strategy.preprocessInput",
                "algorithm.details.strategy.inputStrategy", "algorithm.details.strategy.postprocessOutput",
                "algorithm.details.strategy.outputStrategy");
        String[] labels = {"algorithm.details.riskPrevention.implicitLabel",
                "algorithm.details.riskPrevention.explicitLabel", "algorithm.details.riskPrevention.remindUsersToLabel"};
        // The labelling questions are asked of generative synthesis only: another type's report has this section
        // only when its own text describes how results are labelled.
        boolean asked = Arrays.stream(labels).anyMatch(path -> fields.value(path) != null);
        if (asked || s.resultLabelling() != null && !s.resultLabelling().isBlank()) {
            b.heading(2, l.text("report.ch1.labelling"));
            optionalParagraph(b, s.resultLabelling());
            rows(b, fields, labels);
        }
    }

    /** An optional text of the report: its paragraph, or nothing when it was left empty. */
    private static void optionalParagraph(Blocks b, String text) {
        if (text != null && !text.isBlank()) {
            b.paragraph(Text.of(text));
        }
    }

    /** The rows of catalogue fields, as one table; an optional field left empty has no row. */
    private static void rows(Blocks b, FieldValues fields, String... paths) {
        for (String path : paths) {
            fields.row(b, path);
        }
        b.endTable();
    }

    private static void chapterService(Blocks b, Filing filing, Labels l, FieldValues fields) {
        b.heading(1, l.text("report.ch2"));
        if (filing.step3() instanceof ProductsAndFunctions products) {
            if (products.products().isEmpty()) {
                b.paragraph(l.missing());
            }
            for (int i = 0; i < products.products().size(); i++) {
                String row = "step3.products[" + i + "].";
                b.heading(2, l.value(products.products().get(i).name()).value());
                rows(b, fields, row + "introduction", row + "launchDate", row + "form", row + "accessAddress",
                        row + "entryPoint", row + "userScale", row + "functions");
            }
        }
        else if (filing.step3() instanceof SupportPlan) {
            b.heading(2, l.text("report.ch2.supportPlan"));
            rows(b, fields, "step3.deliveryModes", "step3.customerTypes", "step3.customerDescription",
                    "step3.accessControl", "step3.customerFilingGuidance", "step3.serviceAgreement");
        }
    }

    private static void chapterMeasures(Blocks b, AlgorithmProfile a, Labels l, FieldValues fields,
            Map<String, byte[]> files) {
        Map<String, EvidenceItem> evidence = a.assessment().evidence().stream()
                .collect(Collectors.toMap(EvidenceItem::id, Function.identity(), (x, y) -> x));
        b.heading(1, l.text("report.ch4"));
        rows(b, fields, "algorithm.details.riskPrevention.userDataSecurity",
                "algorithm.details.riskPrevention.refutationMechanism",
                "algorithm.details.riskPrevention.harmfulContentMechanism",
                "algorithm.details.riskPrevention.explanation");
        // Each risk of chapter 三 with its own measures, in the same order: the reviewer checks that every risk is
        // answered, which a list grouped by kind of measure hides.
        List<RiskAssessment> risks = inTemplateOrder(a.assessment().risks());
        for (int r = 0; r < risks.size(); r++) {
            RiskAssessment risk = risks.get(r);
            b.heading(2, l.text("report.ch4.risk", l.itemNumber(r + 1),
                    l.text("risk." + (risk.category() == null ? RiskCategory.OTHER : risk.category()))));
            List<RiskMeasure> measures = risk.measures();
            if (measures.isEmpty()) {
                b.paragraph(l.missing());
                continue;
            }
            List<Text> items = new ArrayList<>();
            for (RiskMeasure measure : measures) {
                String proof = measure.evidenceIds().stream()
                        .map(id -> evidence.containsKey(id) ? evidence.get(id).title() : id)
                        .collect(Collectors.joining(l.text("list.separator")));
                String kind = measure.kind() == null ? "" : l.text("report.ch4.measureKind",
                        l.text("measure." + measure.kind()));
                items.add(Text.of(kind + l.value(measure.description()).value()
                        + (proof.isEmpty() ? "" : " " + l.text("measure.evidence", proof))));
            }
            b.list(items);
            // Screenshots are shown where they prove something: after the measures that cite them, once each.
            measures.stream().flatMap(measure -> measure.evidenceIds().stream()).distinct()
                    .filter(id -> evidence.containsKey(id) && files.containsKey(id))
                    .map(id -> EvidenceImages.image(files.get(id), l.text("measure.evidenceImage",
                            l.value(evidence.get(id).title()).value())))
                    .flatMap(java.util.Optional::stream)
                    .forEach(b::add);
        }
    }
}
