package com.cacfiling.web.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import com.cacfiling.web.user.UserRole;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The versions of a filing with a field-by-field diff, and the audit log for administrators and consultants. */
@Controller
class HistoryController {

    static final int AUDIT_PAGE = 100;

    private final FilingService filings;
    private final ChangeLog changeLog;
    private final CompanyAccess access;

    HistoryController(FilingService filings, ChangeLog changeLog, CompanyAccess access) {
        this.filings = filings;
        this.changeLog = changeLog;
        this.access = access;
    }

    @GetMapping("/filings/{filingId}/history")
    String history(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
        FilingRecord filing = filings.get(filingId, user);
        List<ChangeLog.Entry> versions = changeLog.versions(filingId);
        model.addAttribute("filing", filing);
        model.addAttribute("versions", versions);
        if (from != null && to != null) {
            String before = changeLog.snapshot(filingId, from);
            String after = changeLog.snapshot(filingId, to);
            if (before == null || after == null) {
                throw new NotFoundException();
            }
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("differences", JsonDiff.between(before, after));
        }
        return "history/filing";
    }

    @GetMapping("/audit")
    String audit(@CurrentUser PortalUser user, @RequestParam(required = false) UUID companyId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = com.cacfiling.web.system.Paging.clamp(page, AUDIT_PAGE);
        model.addAttribute("entries", changeLog.audit(scope(user), companyId, AUDIT_PAGE, shown * AUDIT_PAGE));
        model.addAttribute("page", shown);
        model.addAttribute("companyId", companyId);
        return "history/audit";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> export(@CurrentUser PortalUser user, @RequestParam(required = false) UUID companyId) {
        StringBuilder csv = new StringBuilder("\uFEFFid,at,company,algorithm,actor,address,action,detail\n");
        for (ChangeLog.Entry e : changeLog.audit(scope(user), companyId, 100_000, 0)) {
            csv.append(e.id()).append(',').append(e.at()).append(',').append(cell(e.companyName())).append(',')
                    .append(cell(e.algorithmName())).append(',').append(cell(e.actor())).append(',')
                    .append(cell(e.clientAddress())).append(',').append(cell(e.action())).append(',')
                    .append(cell(e.detail())).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log.csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Administrators see every company's log, consultants their assigned companies'; officers none. */
    private List<UUID> scope(PortalUser user) {
        if (user.is(UserRole.ADMIN)) {
            return null;
        }
        if (user.is(UserRole.CONSULTANT)) {
            return access.companyIds(user);
        }
        throw new NotFoundException();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
