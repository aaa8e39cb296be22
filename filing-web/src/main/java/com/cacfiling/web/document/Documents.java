package com.cacfiling.web.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.docs.build.Labels;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.web.filing.FilingService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Document responses shared by the wizard and the REST API: file name, type and disposition. */
public final class Documents {

    private Documents() {
    }

    public static ResponseEntity<byte[]> render(Dossier dossier, String kind, String extension, String lang,
            boolean inline, FilingService filings, RenderedDocuments rendered) {
        DocumentKind documentKind;
        DocumentFormat format;
        try {
            documentKind = DocumentKind.ofKey(kind);
            format = DocumentFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            throw new UnknownDocumentException(kind, extension);
        }
        Locale locale = lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        byte[] content = rendered.document(dossier, documentKind, format, locale, filings.today());
        return file(content, format.contentType(), DossierDocuments.fileName(documentKind, format, dossier, locale),
                inline);
    }

    public static ResponseEntity<byte[]> zip(Dossier dossier, FilingService filings, RenderedDocuments rendered) {
        return zip(dossier, filings, rendered, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The ZIP named in the reader's language; its findings reports name the values typed invalidly in the words the
     * page gives them (found in a walk: the report said "required" where the page said "not a valid code").
     */
    public static ResponseEntity<byte[]> zip(FilingService.DocumentDossier documents, FilingService filings,
            RenderedDocuments rendered, org.springframework.context.MessageSource messages, Locale locale) {
        java.util.List<com.cacfiling.docs.PendingValue> pending = documents.typed().stream()
                .map(problem -> pendingValue(problem.path(), problem.messageKey(), problem.arguments(), messages))
                .toList();
        return file(rendered.zip(documents.dossier(), filings.today(), pending), "application/zip",
                fileBase(documents.dossier(), locale) + ".zip", false);
    }

    /** A value typed invalidly at {@code path}, in the page's words for it in both document languages. */
    public static com.cacfiling.docs.PendingValue pendingValue(String path, String messageKey,
            java.util.List<String> arguments, org.springframework.context.MessageSource messages) {
        Object[] args = arguments.toArray();
        return new com.cacfiling.docs.PendingValue(path,
                messages.getMessage(messageKey, args, messageKey, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(messageKey, args, messageKey, Locale.ENGLISH));
    }

    /** Named in the reader's language (the ZIP holds the documents in both). */
    public static ResponseEntity<byte[]> zip(Dossier dossier, FilingService filings, RenderedDocuments rendered,
            Locale locale) {
        return file(rendered.zip(dossier, filings.today()), "application/zip", fileBase(dossier, locale) + ".zip",
                false);
    }

    /** The dossier ZIP with full resident ID numbers: the officer's audited submission copy. */
    public static ResponseEntity<byte[]> submissionCopy(Dossier dossier, FilingService filings,
            RenderedDocuments rendered, Locale locale) {
        return file(rendered.submissionCopy(dossier, filings.today()), "application/zip",
                fileBase(dossier, locale) + "-" + labels(dossier, locale).text("bundle.submissionCopy") + ".zip",
                false);
    }

    /** The JSON export: resident ID numbers masked, as everywhere outside the company. */
    public static ResponseEntity<byte[]> json(Dossier dossier, Locale locale) {
        return file(PersonalData.maskedDossierJson(dossier).getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON_VALUE,
                fileBase(dossier, locale) + ".json", false);
    }

    /**
     * The download's name in the reader's language: the algorithm and, since a dual-role pair shares the algorithm,
     * the filing's role.
     */
    static String fileBase(Dossier dossier, Locale locale) {
        Labels labels = labels(dossier, locale);
        return labels.text("bundle.fileName", dossier.algorithmName(), labels.text("role." + dossier.filing().role()))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static Labels labels(Dossier dossier, Locale locale) {
        return new Labels(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                dossier.filing().formVersion());
    }

    static ResponseEntity<byte[]> file(byte[] content, String contentType, String fileName, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }
}
