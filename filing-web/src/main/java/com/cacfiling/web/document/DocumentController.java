package com.cacfiling.web.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The filing's documents, dossier ZIP and JSON export, for the wizard's review page; same checks as every page. */
@Controller
class DocumentController {

    private final FilingService filings;

    DocumentController(FilingService filings) {
        this.filings = filings;
    }

    @GetMapping("/filings/{filingId}/documents/{kind}.{extension}")
    ResponseEntity<byte[]> document(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable String kind, @PathVariable String extension,
            @RequestParam(defaultValue = "zh-CN") String lang, @RequestParam(defaultValue = "false") boolean inline) {
        Dossier dossier = filings.dossier(filingId, user);
        return render(dossier, kind, extension, lang, inline, filings);
    }

    static ResponseEntity<byte[]> render(Dossier dossier, String kind, String extension, String lang, boolean inline,
            FilingService filings) {
        DocumentKind documentKind;
        DocumentFormat format;
        try {
            documentKind = DocumentKind.ofKey(kind);
            format = DocumentFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
        Locale locale = lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        byte[] content = DossierDocuments.render(documentKind, format, dossier, locale, filings.today());
        return file(content, format.contentType(), DossierDocuments.fileName(documentKind, format, dossier, locale),
                inline);
    }

    @GetMapping("/filings/{filingId}/dossier.zip")
    ResponseEntity<byte[]> dossierZip(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        Dossier dossier = filings.dossier(filingId, user);
        return file(DossierBundle.zip(dossier, filings.today()), "application/zip",
                fileBase(dossier) + ".zip", false);
    }

    @GetMapping("/filings/{filingId}/dossier.json")
    ResponseEntity<byte[]> dossierJson(@CurrentUser PortalUser user, @PathVariable UUID filingId) {
        Dossier dossier = filings.dossier(filingId, user);
        return file(DossierJson.write(dossier).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE,
                fileBase(dossier) + ".json", false);
    }

    static String fileBase(Dossier dossier) {
        return "算法备案材料-" + String.valueOf(dossier.algorithmName()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
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
