package com.cacfiling.docs.securityassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.build.Labels;
import com.cacfiling.docs.docx.DocxRenderer;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.docs.pdf.PdfRenderer;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;

/**
 * The report in the four parts Art. 6 names: the basic facts with licences and filings, each measure of Art. 5 with
 * its state and effect (and the remedy where it falls short), the conclusion, other matters; then lines to sign and
 * the seal, as the report is signed before it is submitted. A report the checks still find errors in is a draft.
 */
public final class SecurityAssessmentReport {

    /**
     * What the report is made of: the company's legal name, the service's name, the answers, whether it is ready, and
     * its round (the rounds' printed reports are told apart, found in a walk).
     */
    public record Input(String companyName, String serviceName, SecurityAssessment assessment, boolean ready,
            int round) {
    }

    private SecurityAssessmentReport() {
    }

    public static byte[] render(Input input, DocumentFormat format, Locale locale) {
        DocumentModel model = model(input, locale);
        return format == DocumentFormat.PDF ? PdfRenderer.render(model) : DocxRenderer.render(model);
    }

    /**
     * The file's name: the report, the service, the round and the day it was submitted (or made), so that the reports
     * of several rounds are told apart in a downloads folder (found in a walk: all were named alike).
     */
    public static String fileName(String serviceName, int round, java.time.LocalDate day, DocumentFormat format,
            Locale locale) {
        Labels l = new Labels(locale);
        return l.text("securityAssessment.doc.fileName") + "-" + serviceName + "-"
                + l.text("securityAssessment.doc.fileRound", String.valueOf(round)) + "-" + day + "."
                + format.extension();
    }

    public static DocumentModel model(Input input, Locale locale) {
        Labels l = new Labels(locale);
        SecurityAssessment a = input.assessment();
        List<Block> blocks = new ArrayList<>();
        boolean translation = l.language().equals("en");
        if (translation) {
            // Read, not signed: the report submitted to the CAC and the police is the Chinese one (found in a walk:
            // the English version looked like a document to sign).
            blocks.add(new Block.Paragraph(Text.of(l.text("securityAssessment.doc.translationNotice"))));
        }
        blocks.add(new Block.Heading(1, "basics", l.text("securityAssessment.doc.basics")));
        blocks.add(new Block.KeyValueTable(List.of(
                row(l, "securityAssessment.field.company", input.companyName()),
                row(l, "securityAssessment.field.service", input.serviceName()),
                row(l, "securityAssessment.field.functions", a.functions()),
                row(l, "securityAssessment.field.facilities", a.facilities()),
                row(l, "securityAssessment.field.deployment", a.deployment()),
                row(l, "securityAssessment.field.licences", a.licences()))));

        blocks.add(new Block.Heading(1, "conduct", l.text("securityAssessment.doc.conduct")));
        String triggers = a.triggers().stream().sorted()
                .map(trigger -> l.text("securityAssessment.trigger." + trigger))
                .collect(Collectors.joining(l.text("securityAssessment.doc.separator")));
        String assessor = a.assessor() == null ? null : a.assessor() == Assessor.THIRD_PARTY && a.thirdParty() != null
                ? l.text("securityAssessment.doc.thirdPartyNamed", a.thirdParty())
                : l.text("securityAssessment.assessor." + a.assessor());
        List<Block.KeyValueTable.Row> conduct = new ArrayList<>(List.of(
                row(l, "securityAssessment.field.round", l.text("securityAssessment.doc.round", input.round())),
                row(l, "securityAssessment.field.triggers", triggers.isEmpty() ? null : triggers),
                row(l, "securityAssessment.field.assessor", assessor),
                new Block.KeyValueTable.Row(l.text("securityAssessment.field.assessedOn"), l.value(a.assessedOn()))));
        if (a.recordedAsSubmitted()) {
            conduct.add(new Block.KeyValueTable.Row(l.text("securityAssessment.field.submittedOn"),
                    l.value(a.submittedOn())));
            conduct.add(row(l, "securityAssessment.field.submissionReference", a.submissionReference()));
        }
        blocks.add(new Block.KeyValueTable(conduct));

        blocks.add(new Block.Heading(1, "measures", l.text("securityAssessment.doc.measures")));
        int n = 1;
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            MeasureAnswer answer = a.measure(measure);
            blocks.add(new Block.Heading(2, "m-" + measure, l.text("securityAssessment.doc.item", l.itemNumber(n++),
                    l.text("securityAssessment.measure." + measure))));
            List<Block.KeyValueTable.Row> rows = new ArrayList<>();
            rows.add(row(l, "securityAssessment.field.state", answer.state() == null ? null
                    : l.text("securityAssessment.state." + answer.state())));
            rows.add(row(l, "securityAssessment.field.situation", answer.situation()));
            if (answer.state() != null && answer.state().needsRemedy()) {
                rows.add(row(l, "securityAssessment.field.remedy", answer.remedy()));
            }
            blocks.add(new Block.KeyValueTable(rows));
        }

        blocks.add(new Block.Heading(1, "conclusion", l.text("securityAssessment.doc.conclusion")));
        blocks.add(new Block.Paragraph(l.value(a.conclusion())));
        blocks.add(new Block.Heading(1, "other", l.text("securityAssessment.doc.other")));
        blocks.add(new Block.Paragraph(a.otherMatters() == null ? Text.of(l.text("securityAssessment.doc.none"))
                : Text.of(a.otherMatters())));
        if (!translation) {
            blocks.add(new Block.Signature(List.of(l.text("model.doc.sign.legal"), l.text("model.doc.sign.lead"),
                    l.text("model.doc.sign.seal"), l.text("model.doc.sign.date"))));
        }

        // The long title in two lines, as a cover would set it (one line broke mid-word).
        List<String> titleLines = List.of(l.text("securityAssessment.doc.title"),
                l.text("securityAssessment.doc.title.line2"));
        String company = input.companyName() == null || input.companyName().isBlank() ? null : input.companyName();
        return new DocumentModel(null, l.language(), titleLines,
                company == null ? input.serviceName() : company + " · " + input.serviceName(),
                l.text("securityAssessment.doc.header") + " · " + input.serviceName(), false, null,
                input.ready() ? null : l.text("draft.watermark"), blocks, company);
    }

    private static Block.KeyValueTable.Row row(Labels l, String labelKey, String value) {
        return new Block.KeyValueTable.Row(l.text(labelKey), l.value(value));
    }
}
