package com.cacfiling.web.document;

import java.util.UUID;

import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.UserRole;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The filing's documents, dossier ZIP and JSON export for the wizard's review page; same checks as every page. */
@Controller
class DocumentController {

    private final FilingService filings;
    private final RenderedDocuments rendered;

    private final org.springframework.context.MessageSource messages;

    DocumentController(FilingService filings, RenderedDocuments rendered,
            org.springframework.context.MessageSource messages) {
        this.filings = filings;
        this.rendered = rendered;
        this.messages = messages;
    }

    @GetMapping("/filings/{filingId}/documents/{kind}.{extension}")
    ResponseEntity<byte[]> document(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable String kind, @PathVariable String extension,
            @RequestParam(defaultValue = "zh-CN") String lang, @RequestParam(defaultValue = "false") boolean inline) {
        return Documents.render(filings.documentDossier(filingId, user), kind, extension, lang, inline, filings,
                rendered);
    }

    @GetMapping("/filings/{filingId}/dossier.zip")
    ResponseEntity<byte[]> dossierZip(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            java.util.Locale locale) {
        return Documents.zip(filings.documentDossierWithTyped(filingId, user), filings, rendered, messages, locale);
    }

    /**
     * The officer's unmasked submission copy: the dossier ZIP with the resident ID numbers in full in
     * {@code dossier.json}, for the upload to the CAC. Only the company's own officer may take it (the entity
     * submits its filing itself; consultants and administrators work with the masked copy), by an explicit POST,
     * and every copy is recorded in the audit log with who and when.
     */
    @PostMapping("/filings/{filingId}/submission-copy.zip")
    ResponseEntity<byte[]> submissionCopy(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            java.util.Locale locale) {
        var dossier = filings.dossier(filingId, user);
        if (!user.is(UserRole.OFFICER)) {
            throw new NotFoundException(); // as the consultant-only moves are for officers: not theirs to take
        }
        ResponseEntity<byte[]> copy = Documents.submissionCopy(dossier, filings, rendered, locale);
        // Recorded once the copy exists: a render that fails hands out nothing and records nothing.
        filings.recordSubmissionCopy(user, filingId);
        return copy;
    }

    @GetMapping("/filings/{filingId}/dossier.json")
    ResponseEntity<byte[]> dossierJson(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            java.util.Locale locale) {
        return Documents.json(filings.dossier(filingId, user), locale);
    }
}
