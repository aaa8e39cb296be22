package com.cacfiling.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.cacfiling.docs.build.CommitmentLetterBuilder;
import com.cacfiling.docs.build.DisclosureBuilder;
import com.cacfiling.docs.build.DocumentNames;
import com.cacfiling.docs.build.Labels;
import com.cacfiling.docs.build.ReportBuilder;
import com.cacfiling.docs.build.ResponsibilityTableBuilder;
import com.cacfiling.docs.docx.DocxRenderer;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.pdf.PdfRenderer;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingRules;

/**
 * The documents of a filing, rendered from the dossier alone (one source of truth: the name, modalities and
 * products cannot disagree between documents). A filing the rules still find errors in gets the draft watermark.
 */
public final class DossierDocuments {

    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private DossierDocuments() {
    }

    public static DocumentModel model(DocumentKind kind, Dossier dossier, Locale locale, LocalDate today) {
        return model(kind, dossier, locale, today, FilingRules.evaluate(dossier, today));
    }

    public static DocumentModel model(DocumentKind kind, Dossier dossier, Locale locale, LocalDate today,
            Evaluation evaluation) {
        return model(kind, dossier, locale, today, evaluation, java.util.Map.of());
    }

    /** The model; {@code evidence} (evidence id to the uploaded bytes) shows image evidence in the report. */
    public static DocumentModel model(DocumentKind kind, Dossier dossier, Locale locale, LocalDate today,
            Evaluation evaluation, java.util.Map<String, byte[]> evidence) {
        Labels labels = new Labels(locale, dossier.filing().formVersion());
        String watermark = evaluation.isReady() ? null : labels.text("draft.watermark");
        return switch (kind) {
            case SELF_ASSESSMENT_REPORT -> ReportBuilder.build(dossier, labels, watermark, today, evidence);
            case RESPONSIBILITY_TABLE -> ResponsibilityTableBuilder.build(dossier, labels, watermark);
            case PUBLIC_DISCLOSURE -> DisclosureBuilder.build(dossier, labels, watermark);
            case COMMITMENT_LETTER -> CommitmentLetterBuilder.build(dossier, labels, watermark);
        };
    }

    public static byte[] render(DocumentKind kind, DocumentFormat format, Dossier dossier, Locale locale,
            LocalDate today) {
        return render(model(kind, dossier, locale, today), format);
    }

    public static byte[] render(DocumentKind kind, DocumentFormat format, Dossier dossier, Locale locale,
            LocalDate today, java.util.Map<String, byte[]> evidence) {
        return render(kind, format, dossier, locale, today, evidence, java.util.Set.of());
    }

    /**
     * As above; the rules also read the content types the algorithm's labelling checklist names, kept beside the
     * dossier, so the draft mark agrees with the review page.
     */
    public static byte[] render(DocumentKind kind, DocumentFormat format, Dossier dossier, Locale locale,
            LocalDate today, java.util.Map<String, byte[]> evidence, java.util.Set<String> labellingOutputs) {
        return render(model(kind, dossier, locale, today, FilingRules.evaluate(
                com.cacfiling.rules.FilingContext.of(dossier, today).withLabellingOutputs(labellingOutputs)),
                evidence), format);
    }

    public static byte[] render(DocumentModel model, DocumentFormat format) {
        return switch (format) {
            case PDF -> PdfRenderer.render(model);
            case DOCX -> DocxRenderer.render(model);
        };
    }

    public static String fileName(DocumentKind kind, DocumentFormat format, Dossier dossier, Locale locale) {
        return DocumentNames.fileName(kind, dossier, new Labels(locale, dossier.filing().formVersion()), format);
    }
}
