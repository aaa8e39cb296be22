package com.cacfiling.web.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.docs.pdf.PortalPdf;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.filing.CompanyArchivedException;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.UserRole;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 1's uploads (business licence, ID document images, the signed and stamped commitment letter): the company's
 * evidence, reached through any of its filings the user may see, with the same content checks as the assessment's
 * evidence (PNG, JPEG or PDF by their first bytes, at most 10 MB). Uploading replaces the kind's current file;
 * uploads and removals are allowed while the filing is editable, as Step 1 itself is. The kind is the path's key
 * (like an evidence key): a kind that is not one, or not uploaded, is no page.
 */
@Controller
class EntityDocumentController {

    private final FilingService filings;
    private final EntityDocumentRepository documents;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final EntityDocuments entityDocuments;

    EntityDocumentController(FilingService filings, EntityDocumentRepository documents, ChangeLog changeLog,
            Clock clock, EntityDocuments entityDocuments) {
        this.entityDocuments = entityDocuments;
        this.filings = filings;
        this.documents = documents;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @PostMapping("/filings/{filingId}/entity-documents/{key}")
    @Transactional
    String upload(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable("key") String kind,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FilingRecord filing = filings.get(filingId, user);
        EntityDocumentKind documentKind = EntityDocumentKind.parse(kind).orElseThrow(NotFoundException::new);
        requireMayHandle(user, documentKind);
        CompanyArchivedException.refuseIfArchived(filing.getCompany());
        String back = "redirect:/filings/" + filingId + "/steps/entity#entity-documents";
        if (!filing.getStatus().isEditable()) {
            redirect.addFlashAttribute("message", "wizard.notEditable");
            return back;
        }
        CheckedUpload upload;
        try {
            upload = CheckedUpload.of(file);
            if (documentKind.signedByTheCompany() && PortalPdf.isUnsignedPortalDocument(upload.content())) {
                throw new CheckedUpload.Refused(CheckedUpload.Refusal.UNSIGNED_PORTAL_COPY);
            }
        }
        catch (CheckedUpload.Refused refused) {
            // Said in the document's row, where the page lands (found in a walk: at the page's top, in green).
            redirect.addFlashAttribute("uploadError", refused.refusal().messageKey());
            redirect.addFlashAttribute("uploadKind", documentKind.name());
            // To the row itself, where the error is (at 390 px the section's top left it below the screen).
            return "redirect:/filings/" + filingId + "/steps/entity#entity-document-" + documentKind.name();
        }
        byte[] content = upload.content();
        String contentType = upload.contentType();
        String fileName = EvidenceController.safeName(file.getOriginalFilename(), contentType);
        UUID companyId = filing.getCompany().getId();
        EntityDocument document = documentKind.perFiling() ? null
                : documents.findByCompanyIdAndKind(companyId, documentKind).orElse(null);
        if (documentKind.perFiling()) {
            entityDocuments.keepForFiling(filingId, documentKind, fileName, contentType, content, clock.instant(),
                    user.getUsername());
        }
        else if (document == null) {
            documents.save(new EntityDocument(companyId, documentKind, fileName, contentType, content,
                    DossierBundle.sha256(content), clock.instant(), user.getUsername()));
        }
        else {
            document.replace(fileName, contentType, content, DossierBundle.sha256(content), clock.instant(),
                    user.getUsername());
        }
        // The company's documents are not part of a filing's versions: the audit log says who changed which.
        changeLog.record(companyId, filingId, user.getUsername(), "ENTITY_DOCUMENT_UPLOADED",
                documentKind.name() + ": " + fileName, null);
        redirect.addFlashAttribute("message", "entityDocument.uploaded");
        // Said in the row too, where the page lands (found in a walk: at 390 px the notice was 9,000 px above it).
        redirect.addFlashAttribute("uploadKind", documentKind.name());
        return "redirect:/filings/" + filingId + "/steps/entity#entity-document-" + documentKind.name();
    }

    @PostMapping("/filings/{filingId}/entity-documents/{key}/delete")
    @Transactional
    String delete(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable("key") String kind,
            RedirectAttributes redirect) {
        FilingRecord filing = filings.get(filingId, user);
        EntityDocumentKind documentKind = EntityDocumentKind.parse(kind).orElseThrow(NotFoundException::new);
        requireMayHandle(user, documentKind);
        CompanyArchivedException.refuseIfArchived(filing.getCompany());
        if (!filing.getStatus().isEditable()) {
            redirect.addFlashAttribute("message", "wizard.notEditable");
        }
        else {
            java.util.Optional<String> removed = documentKind.perFiling()
                    ? entityDocuments.removeFromFiling(filingId, documentKind)
                    : documents.findByCompanyIdAndKind(filing.getCompany().getId(), documentKind).map(document -> {
                        documents.delete(document);
                        return document.getFileName();
                    });
            removed.ifPresent(fileName -> changeLog.record(filing.getCompany().getId(), filingId,
                    user.getUsername(), "ENTITY_DOCUMENT_DELETED", documentKind.name() + ": " + fileName, null));
            redirect.addFlashAttribute("message", "entityDocument.deleted");
        }
        return "redirect:/filings/" + filingId + "/steps/entity#entity-documents";
    }

    @GetMapping("/filings/{filingId}/entity-documents/{key}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable("key") String kind) {
        FilingRecord filing = filings.get(filingId, user);
        EntityDocumentKind documentKind = EntityDocumentKind.parse(kind).orElseThrow(NotFoundException::new);
        requireMayHandle(user, documentKind);
        // The filing's own copy once it left the drafts, else the company's current file.
        EntityDocuments.Upload document = entityDocuments.upload(filing.getId(), documentKind)
                .orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }

    /**
     * ID photos show ID numbers: only the company's officers open, replace or remove them; they leave the company
     * only in the officer's submission copy (found in a walk: a consultant replaced one it could not open).
     */
    private static void requireMayHandle(PortalUser user, EntityDocumentKind kind) {
        if (kind.personal() && !user.is(UserRole.OFFICER)) {
            throw new NotFoundException();
        }
    }
}
