package com.cacfiling.docs.largemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.docx.DocxRenderer;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.docs.pdf.PdfRenderer;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.largemodel.AssessmentClause;
import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.largemodel.AgreementClause;
import com.cacfiling.rules.largemodel.ListChecks;
import com.cacfiling.rules.largemodel.ListStatistics;
import tools.jackson.databind.JsonNode;

/**
 * Builds the large-model dossier's documents as document models, drawn by the same PDF and DOCX renderers as the
 * algorithm filing's (so the fonts, headings and draft watermark are the same). The application form is read from
 * the catalogue, field by field, so a field added there appears here: every field the wizard shows has its row, a
 * required one left empty the placeholder, an optional one "none" (as a paper form is filled). A dossier the checks
 * still find errors in is marked as a draft.
 */
public final class ModelDocuments {

    private ModelDocuments() {
    }

    public static byte[] render(ModelDocumentKind kind, DocumentFormat format, ModelDossier dossier, Locale locale) {
        DocumentModel model = model(kind, dossier, locale);
        return format == DocumentFormat.PDF ? PdfRenderer.render(model) : DocxRenderer.render(model);
    }

    /** The document's title in the language, as file names and pages name it. */
    public static String title(ModelDocumentKind kind, ModelFilingRoute route, Locale locale) {
        ModelLabels l = new ModelLabels(locale);
        return kind == ModelDocumentKind.FORM ? l.text("model.doc.form." + route) : l.text("model.doc." + kind.key());
    }

    public static DocumentModel model(ModelDocumentKind kind, ModelDossier dossier, Locale locale) {
        if (!kind.appliesTo(dossier.route())) {
            throw new IllegalArgumentException(kind + " is not a document of a " + dossier.route());
        }
        ModelLabels l = new ModelLabels(locale);
        List<Block> blocks = switch (kind) {
            case FORM -> form(dossier, l);
            case REPORT -> report(dossier, l);
            case CALLED -> section(dossier, l, "MODEL_CALLED");
            case AGREEMENTS -> agreements(dossier, l);
            case ANNOTATION -> annotation(dossier, l);
            case POLICIES -> policies(dossier, l);
        };
        String title = title(kind, dossier.route(), locale);
        String entity = dossier.tree().get("model.entity.name").asString("");
        String watermark = dossier.isReady() ? null : l.text("draft.watermark");
        return new DocumentModel(null, l.isEnglish() ? "en" : "zh-CN", List.of(title),
                joined(entity, dossier.name()),
                // The assessment report, clause by clause, is long: a cover and contents as the algorithm filing's
                // report has (found in a re-check).
                joined(title, dossier.name()), kind == ModelDocumentKind.REPORT,
                kind == ModelDocumentKind.REPORT ? l.text("toc.title") : null, watermark, blocks,
                entity.isBlank() ? null : entity);
    }

    private static List<Block> form(ModelDossier dossier, ModelLabels l) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (StepSpec step : ModelFilingForm.steps(dossier.route())) {
            if (step.step().equals("MODEL_ASSESSMENT") || step.step().equals("MODEL_AGREEMENTS")
                    || step.step().equals("MODEL_ANNOTATION")) {
                continue; // documents of their own
            }
            blocks.add(new Block.Heading(1, "s" + n, n + ". " + l.text("modelStep." + step.step())));
            n++;
            for (FieldGroup group : step.groups()) {
                blocks.addAll(group(group, dossier, l, 2));
            }
        }
        blocks.add(new Block.Signature(List.of(l.text("model.doc.sign.legal"), l.text("model.doc.sign.lead"),
                l.text("model.doc.sign.seal"), l.text("model.doc.sign.date"))));
        return blocks;
    }

    private static List<Block> section(ModelDossier dossier, ModelLabels l, String stepName) {
        StepSpec step = ModelFilingForm.fields().step(stepName);
        List<Block> blocks = new ArrayList<>();
        for (FieldGroup group : step.groups()) {
            blocks.addAll(group(group, dossier, l, 1));
        }
        return blocks;
    }

    /**
     * A group under its heading: its fields' table, then a heading and a table for each row of its repeating fields
     * (each further model called); nothing when it has neither (no further model).
     */
    private static List<Block> group(FieldGroup group, ModelDossier dossier, ModelLabels l, int level) {
        List<Block> blocks = new ArrayList<>();
        List<Block.KeyValueTable.Row> rows = rows(group, dossier, l);
        if (!rows.isEmpty()) {
            blocks.add(new Block.KeyValueTable(rows));
        }
        for (FieldSpec field : group.fields()) {
            if (field.kind() != com.cacfiling.domain.form.FieldKind.GROUP) {
                continue;
            }
            JsonNode repeated = dossier.tree().get(field.path());
            for (int i = 0; repeated.isArray() && i < repeated.size(); i++) {
                String row = field.path() + "[" + i + "]";
                List<Block.KeyValueTable.Row> cells = new ArrayList<>();
                for (FieldSpec child : field.fields()) {
                    String path = row + "." + child.name();
                    Text value = value(child, dossier.tree().get(path), l);
                    // As the page shows it: a text its row's answer does not ask for is not printed (其他调用方式 under
                    // API接口调用), one it asks for is, to be filled while empty.
                    if (child.isAskedIn(dossier.tree(), path)) {
                        cells.add(new Block.KeyValueTable.Row(l.text(child.labelKey()),
                                value != null ? value : Text.missing(l.text("placeholder.missing"))));
                    }
                }
                blocks.add(new Block.Heading(2, "r-" + field.name() + "-" + (i + 1),
                        l.text(field.labelKey()) + " " + (i + 1)));
                blocks.add(new Block.KeyValueTable(cells));
            }
        }
        if (!blocks.isEmpty()) {
            blocks.add(0, new Block.Heading(level, "g-" + group.group(), l.text(group.labelKey())));
        }
        return blocks;
    }

    /** The parts given, joined by " · " (found in a walk: "星河数据服务有限公司 ·" before the model had a name). */
    static String joined(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static List<Block.KeyValueTable.Row> rows(FieldGroup group, ModelDossier dossier, ModelLabels l) {
        List<Block.KeyValueTable.Row> rows = new ArrayList<>();
        for (FieldSpec field : group.fields()) {
            // A text kept from an earlier answer (限定的领域 after 否) is not printed, as the page says under it.
            if (field.kind().isGroup() || !field.isAskedIn(dossier.tree(), field.path())) {
                continue;
            }
            Text value = value(field, dossier.tree().get(field.path()), l);
            // A field the checks ask for is outstanding, required or not (found in a walk: the algorithm filing
            // number, warned about, was left out of the form instead of showing as to be completed).
            boolean required = field.isAlwaysRequired() || dossier.evaluation().findings().stream()
                    .anyMatch(f -> f.fieldPath().equals(field.path()) && (f.messageKey().equals("rule.required")
                            || f.severity() != com.cacfiling.rules.Severity.INFO));
            // Found in a review: a row left out for an empty optional field made the form read as if the
            // question had not been asked; a field the wizard does not show (its condition unmet) has no row. An
            // empty one reads as to be filled, as in the assessment report: "无" in a form for the CAC read as a
            // claim of zero (found in a walk: 语料人工抽检合格条数 无). An answer of none is a value, printed as chosen.
            // A field that only follows an answer not given (限定的领域 after 否) has nothing to fill: no row (found in
            // a walk: "其他调用方式 【待填】" under 调用方式 API接口调用 read as a gap to a reviewer).
            if (value != null || required
                    || field.isShown(dossier.tree()) && !field.followsAnswerNotGiven(dossier.tree())) {
                rows.add(new Block.KeyValueTable.Row(l.text(field.labelKey()),
                        value != null ? value : Text.missing(l.text("placeholder.missing"))));
            }
        }
        return rows;
    }

    /** A saved value in words: choices by their labels, yes/no, numbers and texts as saved; null when empty. */
    static Text value(FieldSpec field, JsonNode node, ModelLabels l) {
        if (node.isMissingNode() || node.isNull() || node.isString() && node.asString().isBlank()
                || node.isArray() && node.isEmpty()) {
            return null;
        }
        return Text.of(switch (field.kind()) {
            case YES_NO -> l.text(node.asBoolean() ? "answer.yes" : "answer.no");
            case SINGLE_CHOICE -> field.usesEnum() ? l.text(field.labelPrefix() + node.asString()) : node.asString();
            case MULTI_CHOICE -> {
                List<String> labels = new ArrayList<>();
                node.forEach(item -> labels.add(field.usesEnum() ? l.text(field.labelPrefix() + item.asString())
                        : item.asString()));
                yield String.join(l.isEnglish() ? ", " : "、", labels);
            }
            case LINES -> {
                List<String> lines = new ArrayList<>();
                node.forEach(item -> lines.add(item.asString()));
                yield String.join("\n", lines);
            }
            // As the algorithm filing's documents write dates (found in a walk: 2026-12-15 here, 2026年12月15日 there).
            case DATE -> isoDate(node.asString()).map(l::date).orElse(node.asString());
            default -> node.isNumber() ? node.numberValue().toString() : node.asString();
        });
    }

    private static java.util.Optional<java.time.LocalDate> isoDate(String value) {
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(value));
        }
        catch (java.time.format.DateTimeParseException notADate) {
            return java.util.Optional.empty();
        }
    }

    private static String text(ModelDossier dossier, String path) {
        return dossier.tree().get(path).asString("");
    }

    private static Text textOrMissing(ModelDossier dossier, String path, ModelLabels l) {
        String value = text(dossier, path);
        return value.isBlank() ? Text.missing(l.text("placeholder.missing")) : Text.of(value);
    }

    /** 安全评估报告: overview, one result per clause, the test results with their numbers, the conclusion. */
    private static List<Block> report(ModelDossier dossier, ModelLabels l) {
        List<Block> blocks = new ArrayList<>();
        ModelThresholds t = dossier.thresholds();
        blocks.add(new Block.Heading(1, "overview", l.text("model.doc.report.overview")));
        blocks.add(new Block.KeyValueTable(List.of(
                new Block.KeyValueTable.Row(l.text("field.model.basics.modelName"),
                        textOrMissing(dossier, "model.basics.modelName", l)),
                new Block.KeyValueTable.Row(l.text("field.model.entity.name"),
                        textOrMissing(dossier, "model.entity.name", l)),
                new Block.KeyValueTable.Row(l.text("field.model.entity.assessmentLead"),
                        textOrMissing(dossier, "model.entity.assessmentLead", l)),
                new Block.KeyValueTable.Row(l.text("model.doc.report.standard"),
                        Text.of(l.text("regulation." + ListChecks.basis(t.standard()).regulation()))),
                new Block.KeyValueTable.Row(l.text("model.doc.report.date"), Text.of(l.date(dossier.today()))))));

        blocks.add(new Block.Heading(1, "clauses", l.text("model.doc.report.clauses")));
        // One heading per clause with its result and what supports it: a grid squeezes the result into a sliver.
        for (AssessmentClause clause : AssessmentClause.values()) {
            String path = "model.assessment.clauses." + clause.name();
            String result = text(dossier, path + ".result");
            List<Block.KeyValueTable.Row> rows = new ArrayList<>();
            rows.add(new Block.KeyValueTable.Row(l.text("model.doc.report.result"), result.isBlank()
                    ? Text.missing(l.text("placeholder.missing")) : Text.of(l.text("clauseResult." + result))));
            for (String part : List.of("evidence", "reason", "measure")) {
                String value = text(dossier, path + "." + part);
                // Printed where the result asks for it (the catalogue's shownForAnswer, as the wizard shows it), and
                // only there: a reason kept from an earlier result does not belong under 符合 (found in a walk).
                if (ModelFilingForm.fields().find(path + "." + part).orElseThrow().isAskedIn(dossier.tree(),
                        path + "." + part)) {
                    rows.add(new Block.KeyValueTable.Row(l.text("field.model.assessment.clauses." + part),
                            value.isBlank() ? Text.missing(l.text("placeholder.missing")) : Text.of(value)));
                }
            }
            // A clause of a whole chapter is headed by the chapter, not its bare number: found in a review, seven
            // headings in a row read "7 …" (the chapter's own numbering of its items is not in the domain sources).
            String where = clause.section().contains(".") ? clause.section()
                    : l.text("model.doc.report.chapter", clause.section());
            blocks.add(new Block.Heading(2, "c-" + clause.name(), where + " " + l.text("clause." + clause.name())));
            blocks.add(new Block.KeyValueTable(rows));
        }

        blocks.add(new Block.Heading(1, "tests", l.text("model.doc.report.tests")));
        blocks.addAll(listSummary(dossier, l));
        blocks.add(new Block.Heading(2, "coverage", l.text("model.doc.report.coverage")));
        Map<ContentRisk, Integer> keywords = ListStatistics.keywordsPerRisk(dossier.lists().keywords());
        Map<ContentRisk, Integer> content = ListStatistics.questionsPerRisk(dossier.lists().contentBank());
        Map<ContentRisk, Integer> refuse = ListStatistics.questionsPerRisk(dossier.lists().shouldRefuse());
        List<List<Text>> coverage = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.values()) {
            boolean core = risk.category().isCoreRisk();
            coverage.add(List.of(Text.of(l.text("risk." + risk.name())),
                    Text.of(core ? keywords.getOrDefault(risk, 0) + " / " + (risk.category().code().equals("A.1")
                            ? t.keywords().perA1Risk() : t.keywords().perA2Risk()) : "—"),
                    Text.of(content.getOrDefault(risk, 0) + " / "
                            + (core ? t.contentBank().perA1A2Risk() : t.contentBank().perOtherRisk())),
                    Text.of(core ? refuse.getOrDefault(risk, 0) + " / " + t.shouldRefuse().perRisk() : "—")));
        }
        blocks.add(new Block.Table(List.of(l.text("model.doc.report.risk"), l.text("model.list.keywords"),
                l.text("model.list.contentBank"), l.text("model.list.shouldRefuse")), coverage));

        blocks.add(new Block.Heading(2, "sampling", l.text("model.doc.report.sampling")));
        List<Block.KeyValueTable.Row> sampling = new ArrayList<>();
        for (String path : List.of("model.development.corpusManualSampled", "model.development.corpusManualPassed",
                "model.development.corpusMachineSharePercent", "model.development.corpusMachinePassPercent",
                "model.development.worstSourceIllegalPercent", "model.assessment.generatedManualSampled",
                "model.assessment.generatedManualPassed", "model.assessment.generatedKeywordSampled",
                "model.assessment.generatedKeywordPassed", "model.assessment.generatedClassifierSampled",
                "model.assessment.generatedClassifierPassed")) {
            FieldSpec field = ModelFilingForm.fields().find(path).orElseThrow();
            Text value = value(field, dossier.tree().get(path), l);
            sampling.add(new Block.KeyValueTable.Row(l.text(field.labelKey()),
                    value != null ? value : Text.missing(l.text("placeholder.missing"))));
        }
        blocks.add(new Block.KeyValueTable(sampling));

        blocks.add(new Block.Heading(2, "findings", l.text("model.doc.report.findings")));
        blocks.addAll(findings(dossier, l));

        blocks.add(new Block.Heading(1, "conclusion", l.text("model.doc.report.conclusion")));
        blocks.add(new Block.Paragraph(textOrMissing(dossier, "model.assessment.conclusion", l)));
        blocks.add(new Block.Signature(List.of(l.text("model.doc.sign.lead"), l.text("model.doc.sign.seal"),
                l.text("model.doc.sign.date"))));
        return blocks;
    }

    /** Each list: its rows, what the standard asks, and the rate its verdicts give. */
    private static List<Block> listSummary(ModelDossier dossier, ModelLabels l) {
        ModelThresholds t = dossier.thresholds();
        var lists = dossier.lists();
        List<List<Text>> rows = new ArrayList<>();
        // The keyword library counts its distinct keywords, as the standard's minimum does and the checks count.
        rows.add(List.of(Text.of(l.text("model.list.keywords")), lists.keywords() == null
                ? Text.missing(l.text("model.doc.notUploaded"))
                : Text.of(l.text("model.doc.report.distinctKeywords", ListStatistics.distinctKeywords(lists.keywords()),
                        lists.keywords().size())),
                Text.of(String.valueOf(t.keywords().total())), Text.of("—")));
        ListStatistics.Verdicts content = ListStatistics.passed(lists.contentBank());
        rows.add(List.of(Text.of(l.text("model.list.contentBank")), count(lists.contentBank(), l),
                Text.of(String.valueOf(t.contentBank().total())),
                rate(content, l, "model.doc.report.passRate", t.contentBank().minPassRate())));
        ListStatistics.Verdicts refuse = ListStatistics.refused(lists.shouldRefuse());
        rows.add(List.of(Text.of(l.text("model.list.shouldRefuse")), count(lists.shouldRefuse(), l),
                Text.of(String.valueOf(t.shouldRefuse().total())),
                rate(refuse, l, "model.doc.report.refusalMin", t.shouldRefuse().minRefusalRate())));
        ListStatistics.Verdicts answered = ListStatistics.refused(lists.nonRefusal());
        rows.add(List.of(Text.of(l.text("model.list.nonRefusal")), count(lists.nonRefusal(), l),
                Text.of(String.valueOf(t.nonRefusal().total())),
                rate(answered, l, "model.doc.report.refusalMax", t.nonRefusal().maxRefusalRate())));
        return List.of(new Block.Table(List.of(l.text("model.doc.report.list"), l.text("model.doc.report.rows"),
                l.text("model.doc.report.required"), l.text("model.doc.report.rate")), rows));
    }

    /** A list's rate against its requirement; no rate (not "—%") while none of its rows has a verdict. */
    private static Text rate(ListStatistics.Verdicts verdicts, ModelLabels l, String key,
            java.math.BigDecimal required) {
        return verdicts.judged() == 0 ? Text.missing(l.text("model.doc.report.noVerdicts"))
                : Text.of(l.text(key, verdicts.percent(), ListChecks.percent(required)));
    }

    private static Text count(List<?> rows, ModelLabels l) {
        return rows == null ? Text.missing(l.text("model.doc.notUploaded")) : Text.of(String.valueOf(rows.size()));
    }

    /** The findings of the lists and sampling, in words with their numbers and basis. */
    private static List<Block> findings(ModelDossier dossier, ModelLabels l) {
        List<Text> items = new ArrayList<>();
        for (Finding finding : dossier.evaluation().findings()) {
            if (finding.fieldPath().startsWith("lists.") || finding.ruleCode().equals("MODEL_CORPUS")
                    || finding.ruleCode().equals("MODEL_GENERATED")) {
                String basis = l.basis(finding);
                // Punctuation of the document's language: 全角 in Chinese, a colon and brackets in English.
                items.add(Text.of(l.text("model.doc.finding", l.text("severity." + finding.severity()),
                        l.label(finding.fieldPath()), l.message(finding))
                        + (basis == null ? "" : l.text("model.doc.finding.basis", basis))));
            }
        }
        if (items.isEmpty()) {
            return List.of(new Block.Paragraph(Text.of(l.text("model.doc.report.noFindings"))));
        }
        return List.of(new Block.BulletList(items));
    }

    /** The agreement and privacy policy: which required clauses were found, then their texts as given. */
    private static List<Block> agreements(ModelDossier dossier, ModelLabels l) {
        List<Block> blocks = new ArrayList<>();
        for (AgreementClause.Document document : AgreementClause.Document.values()) {
            String text = text(dossier, document.path());
            blocks.add(new Block.Heading(1, document.name(), l.text("field." + document.path())));
            List<List<Text>> rows = new ArrayList<>();
            for (AgreementClause clause : AgreementClause.values()) {
                if (clause.document() == document) {
                    String article = clause.basis().article(l.locale());
                    // Without a text nothing was checked: "not found" then read as a finding about a text never
                    // given (found in a walk); it is to be filled, as the text below is, and as the checks say nothing.
                    rows.add(List.of(Text.of(l.text("agreementClause." + clause.name())),
                            text.isBlank() ? Text.missing(l.text("placeholder.missing"))
                                    : switch (clause.check(text)) {
                                        case FOUND -> Text.of(l.text("model.doc.agreements.found"));
                                        case REFUSED -> Text.missing(l.text("model.doc.agreements.refused"));
                                        case MISSING -> Text.missing(l.text("model.doc.agreements.missing"));
                                    },
                            Text.of(l.text("regulation." + clause.basis().regulation())
                                    + (article == null ? "" : " " + article))));
                }
            }
            blocks.add(new Block.Table(List.of(l.text("model.doc.agreements.clause"),
                    l.text("model.doc.agreements.status"), l.text("model.doc.agreements.basis")), rows));
            blocks.add(new Block.Heading(2, document.name() + "-text", l.text("model.doc.agreements.text")));
            if (text.isBlank()) {
                blocks.add(new Block.Paragraph(Text.missing(l.text("placeholder.missing"))));
            }
            else {
                for (String paragraph : text.split("\n")) {
                    if (!paragraph.isBlank()) {
                        blocks.add(new Block.Paragraph(Text.of(paragraph.strip())));
                    }
                }
            }
        }
        return blocks;
    }

    /** 语料标注规则: the team, the functional and safety rules, process, training and checks; or 不涉及 with why. */
    private static List<Block> annotation(ModelDossier dossier, ModelLabels l) {
        List<Block> blocks = new ArrayList<>();
        JsonNode involved = dossier.tree().get("model.annotation.involved");
        if (involved.isBoolean() && !involved.booleanValue()) {
            blocks.add(new Block.Heading(1, "none", l.text("model.doc.annotation.notInvolved")));
            blocks.add(new Block.Paragraph(textOrMissing(dossier, "model.annotation.notInvolvedReason", l)));
            return blocks;
        }
        int n = 1;
        for (String part : List.of("team", "functionalRules", "safetyRules", "process", "training", "checks")) {
            String path = "model.annotation." + part;
            blocks.add(new Block.Heading(1, part, n++ + ". " + l.text("field." + path)));
            blocks.add(new Block.Paragraph(textOrMissing(dossier, path, l)));
        }
        return blocks;
    }

    /** 内容安全管理制度 of a registration: the policies, interception, updates. */
    private static List<Block> policies(ModelDossier dossier, ModelLabels l) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (String path : List.of("model.service.contentSecurityPolicies", "model.service.interception",
                "model.service.updates")) {
            blocks.add(new Block.Heading(1, path.replace('.', '-'), n++ + ". " + l.text("field." + path)));
            blocks.add(new Block.Paragraph(textOrMissing(dossier, path, l)));
        }
        blocks.add(new Block.Heading(1, "tests", n + ". " + l.text("model.doc.report.tests")));
        blocks.addAll(listSummary(dossier, l));
        blocks.addAll(findings(dossier, l));
        return blocks;
    }
}
