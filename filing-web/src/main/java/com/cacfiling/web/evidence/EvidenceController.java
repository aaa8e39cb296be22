package com.cacfiling.web.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.EvidenceKind;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
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
 * Evidence uploads (screenshots, policy PDFs): at most 10 MB, PNG, JPEG or PDF as the bytes say, stored in the
 * database and listed in the self-assessment report.
 */
@Controller
class EvidenceController {

    private final FilingService filings;
    private final EvidenceFileRepository files;
    private final Clock clock;

    EvidenceController(FilingService filings, EvidenceFileRepository files, Clock clock) {
        this.filings = filings;
        this.files = files;
        this.clock = clock;
    }

    @PostMapping("/filings/{filingId}/evidence")
    @Transactional
    String upload(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) String title, @RequestParam EvidenceKind kind,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FilingRecord filing = filings.get(filingId, user);
        String back = "redirect:/filings/" + filingId + "/steps/assessment#evidence";
        if (!filing.getStatus().isEditable()) {
            redirect.addFlashAttribute("message", "wizard.notEditable");
            return back;
        }
        boolean titleMissing = title == null || title.isBlank();
        CheckedUpload upload = null;
        CheckedUpload.Refusal refusal = null;
        try {
            upload = CheckedUpload.of(file);
        }
        catch (CheckedUpload.Refused refused) {
            refusal = refused.refusal();
        }
        if (titleMissing || refusal != null) {
            // Said at the fields, the title and kind kept as typed (the file input cannot be refilled).
            redirect.addFlashAttribute("uploadKind", "evidence");
            if (refusal != null) {
                redirect.addFlashAttribute("uploadError", refusal.messageKey());
            }
            if (titleMissing) {
                redirect.addFlashAttribute("evidenceTitleError", "evidence.titleMissing");
            }
            redirect.addFlashAttribute("evidenceTitle", title == null ? "" : title);
            redirect.addFlashAttribute("evidenceKind", kind);
            return back;
        }
        byte[] content = upload.content();
        String contentType = upload.contentType();
        String key = "ev-" + UUID.randomUUID().toString().substring(0, 8);
        String fileName = safeName(file.getOriginalFilename(), contentType);
        String sha256 = DossierBundle.sha256(content);
        UUID algorithmId = filing.getAlgorithm().getId();
        files.save(new EvidenceFile(algorithmId, key, fileName, contentType, content, sha256, clock.instant(),
                user.getUsername()));
        EvidenceItem item = new EvidenceItem(key, title.strip(), kind, fileName, contentType, (long) content.length,
                sha256);
        filings.updateAlgorithm(user, filingId, filing.getAlgorithm().getVersion(), profile -> withEvidence(profile,
                append(profile.assessment().evidence(), item), null), "EVIDENCE_ADDED", named(item));
        redirect.addFlashAttribute("message", "evidence.uploaded");
        return back;
    }

    @PostMapping("/filings/{filingId}/evidence/{key}/delete")
    @Transactional
    String delete(@CurrentUser PortalUser user, @PathVariable UUID filingId, @PathVariable String key,
            RedirectAttributes redirect) {
        FilingRecord filing = filings.get(filingId, user);
        if (!filing.getStatus().isEditable()) {
            redirect.addFlashAttribute("message", "wizard.notEditable");
            return "redirect:/filings/" + filingId + "/steps/assessment#evidence";
        }
        String removed = filing.getAlgorithm().profile().assessment().evidence().stream()
                .filter(item -> item.id().equals(key)).findFirst().map(EvidenceController::named).orElse(null);
        filings.updateAlgorithm(user, filingId, filing.getAlgorithm().getVersion(), profile -> withEvidence(profile,
                profile.assessment().evidence().stream().filter(item -> !item.id().equals(key)).toList(), key),
                "EVIDENCE_REMOVED", removed);
        files.deleteByAlgorithmIdAndEvidenceKey(filing.getAlgorithm().getId(), key);
        redirect.addFlashAttribute("message", "evidence.deleted");
        return "redirect:/filings/" + filingId + "/steps/assessment#evidence";
    }

    @GetMapping("/filings/{filingId}/evidence/{key}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @PathVariable String key) {
        FilingRecord filing = filings.get(filingId, user);
        EvidenceFile file = files.findByAlgorithmIdAndEvidenceKey(filing.getAlgorithm().getId(), key)
                .orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .body(file.getContent());
    }

    private static List<EvidenceItem> append(List<EvidenceItem> items, EvidenceItem item) {
        List<EvidenceItem> all = new ArrayList<>(items);
        all.add(item);
        return all;
    }

    /** The self-assessment with new evidence; references to a removed item are dropped from the measures. */
    private static AlgorithmProfile withEvidence(AlgorithmProfile profile, List<EvidenceItem> evidence,
            String removedKey) {
        SelfAssessment a = profile.assessment();
        List<RiskAssessment> risks = a.risks().stream().map(risk -> new RiskAssessment(risk.category(),
                risk.description(), risk.measures().stream().map(m -> new RiskMeasure(m.kind(), m.description(),
                        m.evidenceIds().stream().filter(id -> !id.equals(removedKey)).toList())).toList())).toList();
        return profile.withAssessment(new SelfAssessment(a.flow(), a.scope(), a.servedUsers(), a.userCount(),
                a.servedCustomers(), a.customerCount(),
                a.socialImpact(), a.softwareHardware(), a.deploymentLocation(), a.otherDescription(),
                a.dataDescription(), a.modelDescription(), a.interventionStrategy(), a.resultLabelling(), risks,
                evidence, a.assessmentDate(), a.reportDate(), a.conclusion(), a.otherMatters()));
    }

    /** An evidence item as the history names it: its title and file (found in a walk: two uploads read as one save). */
    static String named(EvidenceItem item) {
        return item.title() + " · " + item.fileName();
    }

    static String safeName(String original, String contentType) {
        String extension = switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".pdf";
        };
        String base = original == null || original.isBlank() ? "evidence" : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? base : base + extension;
    }
}
