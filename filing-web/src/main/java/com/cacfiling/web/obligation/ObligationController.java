package com.cacfiling.web.obligation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.evidence.CheckedUpload;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.EditConflictException;
import jakarta.validation.Valid;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register page (open obligations across the reachable companies), one obligation's form, the Excel export. */
@Controller
class ObligationController {

    private final Obligations obligations;
    private final FilingService filings;
    private final MessageSource messages;

    private final com.cacfiling.web.user.UserAccountRepository users;

    ObligationController(Obligations obligations, FilingService filings, MessageSource messages,
            com.cacfiling.web.user.UserAccountRepository users) {
        this.obligations = obligations;
        this.filings = filings;
        this.messages = messages;
        this.users = users;
    }

    /** Up to this many reachable companies the register offers them as a list; beyond, a name to type. */
    static final int COMPANY_CHOICES = 30;

    @GetMapping("/obligations")
    String register(@CurrentUser PortalUser user, @ModelAttribute("filter") ObligationFilter filter, Model model) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.page(model, "obligations.title");
        }
        Obligations.Page page = obligations.page(user, filter, Obligations.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("serviceFilings", obligations.filingsOf(page.rows().stream().map(ObligationRow::serviceId)
                .toList()));
        // A consultant with many clients types part of a name; a list of a thousand is no choice.
        List<com.cacfiling.web.company.Company> companies = filings.companiesFor(user);
        model.addAttribute("companies", companies.size() > COMPANY_CHOICES ? List.of() : companies);
        model.addAttribute("companySearch", companies.size() > COMPANY_CHOICES);
        // As on the filings page: a consultant with no client is told why the register is empty and whom to ask
        // (found in a walk: only "no obligations match").
        model.addAttribute("noClientCompany", companies.isEmpty() && user.isConsultant()
                && !users.hasAssignedCompanies(user.id()));
        model.addAttribute("today", obligations.today());
        return "obligations/list";
    }

    @GetMapping("/obligations/{obligationId}")
    String edit(@CurrentUser PortalUser user, @PathVariable UUID obligationId, Model model) {
        ObligationRow row = obligations.get(obligationId, user);
        model.addAttribute("form", ObligationFormData.of(row));
        return editView(row, user, model);
    }

    private String editView(ObligationRow row, PortalUser user, Model model) {
        model.addAttribute("obligation", row);
        model.addAttribute("evidenceFiles", obligations.evidence(row.id(), user));
        List<Map<String, Object>> owners = obligations.owners(row.companyId());
        model.addAttribute("owners", owners);
        // The owner it has, no longer active or assigned: shown as such, so that an unchanged save keeps them.
        model.addAttribute("formerOwner", row.ownerId() != null
                && owners.stream().noneMatch(owner -> row.ownerId().equals(owner.get("id"))) ? row : null);
        model.addAttribute("statuses", ObligationStatus.values());
        return "obligations/edit";
    }

    @PostMapping("/obligations/{obligationId}")
    String save(@CurrentUser PortalUser user, @PathVariable UUID obligationId,
            @Valid @ModelAttribute("form") ObligationFormData form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ObligationRow row = obligations.get(obligationId, user);
        if (!obligations.mayOwn(row, form.getOwnerId())) {
            result.rejectValue("ownerId", "obligation.owner.invalid");
        }
        if (result.hasErrors()) {
            return editView(row, user, model);
        }
        try {
            boolean changed = obligations.update(user, obligationId, form.getVersion(), form.toEdit());
            redirect.addFlashAttribute("message", changed ? "obligation.saved" : "obligation.unchanged");
        }
        catch (EditConflictException conflict) {
            redirect.addFlashAttribute("message", "obligation.conflict");
            return "redirect:/obligations/" + obligationId;
        }
        return "redirect:/obligations/" + obligationId;
    }

    /** Evidence files: PNG, JPEG or PDF up to 10 MB, checked by their content like the filing's evidence. */
    @PostMapping("/obligations/{obligationId}/evidence")
    String uploadEvidence(@CurrentUser PortalUser user, @PathVariable UUID obligationId,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
            org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws IOException {
        obligations.get(obligationId, user);
        String back = "redirect:/obligations/" + obligationId + "#evidence-files";
        CheckedUpload upload;
        try {
            upload = CheckedUpload.of(file);
        }
        catch (CheckedUpload.Refused refused) {
            redirect.addFlashAttribute("evidenceError", refused.refusal().messageKey());
            return back;
        }
        byte[] content = upload.content();
        String contentType = upload.contentType();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence"
                : file.getOriginalFilename().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        obligations.addEvidence(user, obligationId, name, contentType, content);
        redirect.addFlashAttribute("message", "obligation.evidence.added");
        return back;
    }

    @GetMapping("/obligations/{obligationId}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@CurrentUser PortalUser user, @PathVariable UUID obligationId,
            @PathVariable UUID fileId) {
        Obligations.EvidenceContent file = obligations.evidenceContent(obligationId, fileId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    /** A filing as the sheet names it: its algorithm, status, deadline and how late it is. */
    private String filingText(Obligations.ServiceFiling filing, java.time.LocalDate today, Locale locale) {
        StringBuilder text = new StringBuilder(filing.algorithmName()).append(" · ")
                .append(text("status." + filing.status(), locale));
        if (filing.dueDate() != null) {
            text.append(" · ").append(messages.getMessage("obligations.filingDue",
                    new Object[] {filing.dueDate().toString()}, locale));
            if (filing.overdue(today)) {
                text.append(" · ").append(messages.getMessage("dashboard.due.overdueBy",
                        new Object[] {filing.workingDaysLate(today)}, locale));
            }
        }
        return text.toString();
    }

    @GetMapping("/obligations/export.xlsx")
    Object export(@CurrentUser PortalUser user, @ModelAttribute("filter") ObligationFilter filter,
            Locale locale) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.view("obligations.title");
        }
        List<ObligationRow> rows = obligations.all(user, filter);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            com.cacfiling.docs.OfficeProperties.stamp(workbook, text("obligations.title", locale), user.displayName());
            Sheet sheet = workbook.createSheet(text("obligations.title", locale));
            String[] headers = {"dashboard.col.company", "services.col.name", "obligations.col.obligation",
                    "obligations.col.form", "triage.basis", "obligations.col.evidenceLevel", "obligations.col.status",
                    "obligations.col.owner", "obligations.col.evidence", "obligations.col.note",
                    "obligations.col.nextReview", "obligations.col.filings"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i], locale));
            }
            int r = 1;
            Obligations.ServiceFilings serviceFilings = obligations.filingsOf(
                    rows.stream().map(ObligationRow::serviceId).toList());
            java.time.LocalDate today = obligations.today();
            for (ObligationRow o : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(com.cacfiling.web.company.CompanyNames.inDocuments(o.companyName()));
                row.createCell(1).setCellValue(o.serviceName());
                row.createCell(2).setCellValue(text("obligation.kind." + o.kind(), locale));
                row.createCell(3).setCellValue(text("triage.detail." + o.kind() + "." + o.detail(), locale));
                row.createCell(4).setCellValue(text("triage.basis." + o.basis(), locale));
                row.createCell(5).setCellValue(o.confirmWithLocalCac() ? text("triage.confirmWithCac", locale)
                        : text("triage.evidence." + o.evidence(), locale));
                row.createCell(6).setCellValue(o.applies() ? text("obligation.status." + o.status(), locale)
                        : text("obligation.noLongerApplies", locale));
                row.createCell(7).setCellValue(o.ownerName() == null ? "" : o.ownerName());
                row.createCell(8).setCellValue(o.evidenceLink() == null ? "" : o.evidenceLink());
                row.createCell(9).setCellValue(o.note() == null ? "" : o.note());
                row.createCell(10).setCellValue(o.nextReview() == null ? "" : o.nextReview().toString());
                row.createCell(11).setCellValue(serviceFilings.of(o).stream()
                        .map(filing -> filingText(filing, today, locale))
                        .collect(java.util.stream.Collectors.joining(text("list.separator", locale))));
            }
            workbook.write(out);
            workbook.dispose();
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(text("obligations.exportFile", locale) + ".xlsx", StandardCharsets.UTF_8)
                            .build().toString())
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
