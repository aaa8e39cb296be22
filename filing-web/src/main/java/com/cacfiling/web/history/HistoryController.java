package com.cacfiling.web.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.changelog.ChangeLog;
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
    private final com.cacfiling.web.wizard.FormComparison comparison;
    private final org.springframework.context.MessageSource messages;
    private final com.cacfiling.web.wizard.FieldLabels fieldLabels;
    private final com.cacfiling.web.user.PeopleNames peopleNames;

    HistoryController(FilingService filings, ChangeLog changeLog, CompanyAccess access,
            com.cacfiling.web.wizard.FormComparison comparison, org.springframework.context.MessageSource messages,
            com.cacfiling.web.wizard.FieldLabels fieldLabels, com.cacfiling.web.user.PeopleNames peopleNames) {
        this.peopleNames = peopleNames;
        this.fieldLabels = fieldLabels;
        this.filings = filings;
        this.changeLog = changeLog;
        this.access = access;
        this.comparison = comparison;
        this.messages = messages;
    }

    /**
     * What changed between two versions, in words: every field of the form by its label with the values as the form
     * shows them, then the filing's workflow state.
     */
    private java.util.List<com.cacfiling.web.wizard.FormComparison.Difference> differences(String before, String after,
            java.util.Locale locale) {
        return differences(before, after, true, locale);
    }

    /**
     * {@code withLifecycle}: also the filing's state, submission, number and CAC return. A change compared with the
     * approved filing leaves them out: they are two filings, not a change of content (found in a walk: the approved
     * state and number "changed" to empty looked like data lost).
     */
    private java.util.List<com.cacfiling.web.wizard.FormComparison.Difference> differences(String before, String after,
            boolean withLifecycle, java.util.Locale locale) {
        com.cacfiling.domain.dossier.Dossier a = com.cacfiling.domain.dossier.DossierJson.read(before);
        com.cacfiling.domain.dossier.Dossier b = com.cacfiling.domain.dossier.DossierJson.read(after);
        java.util.List<com.cacfiling.web.wizard.FormComparison.Difference> differences =
                new java.util.ArrayList<>(comparison.between(a, b, locale));
        if (!withLifecycle) {
            return differences;
        }
        lifecycle(differences, "field.filing.status",
                messages.getMessage("status." + a.filing().status(), null, locale),
                messages.getMessage("status." + b.filing().status(), null, locale), locale);
        lifecycle(differences, "field.filing.submittedOn", a.filing().submittedOn(), b.filing().submittedOn(), locale);
        lifecycle(differences, "field.filing.filingNumber",
                a.filing().approval() == null ? null : a.filing().approval().filingNumber().value(),
                b.filing().approval() == null ? null : b.filing().approval().filingNumber().value(), locale);
        lifecycle(differences, "field.filing.cacReturnReason", a.filing().cacReturnReason(),
                b.filing().cacReturnReason(), locale);
        return differences;
    }

    private void lifecycle(java.util.List<com.cacfiling.web.wizard.FormComparison.Difference> into, String labelKey,
            Object before, Object after, java.util.Locale locale) {
        String a = before == null ? "" : before.toString();
        String b = after == null ? "" : after.toString();
        if (!a.equals(b)) {
            into.add(new com.cacfiling.web.wizard.FormComparison.Difference(
                    messages.getMessage(labelKey, null, locale), a, b));
        }
    }

    /**
     * An entry of the history or the audit log in words: what was done and what it concerned. The log keeps codes
     * (the action, a workflow move, a role, a field's path), so that it reads the same in every language; they are
     * put into words here, never shown as they are.
     */
    private String describe(ChangeLog.Entry entry, Days days, java.util.Locale locale) {
        String detail = detailInWords(entry, days, locale);
        return actionInWords(entry, locale) + (detail == null ? "" : " · " + detail);
    }

    private String actionInWords(ChangeLog.Entry entry, java.util.Locale locale) {
        return messages.getMessage("action." + entry.action(), null, entry.action(), locale);
    }

    /**
     * What the entry concerned, in words; null when it says nothing beyond its action. ID numbers written into it (a
     * reason, an upload's name) are masked: the audit log is read outside the company (found in a review).
     */
    private String detailInWords(ChangeLog.Entry entry, Days days, java.util.Locale locale) {
        String detail = entry.detail();
        int madeIn = detail == null ? -1 : detail.indexOf(ChangeLog.MADE_IN);
        if (madeIn >= 0) {
            // Made through the other filing of a pair: said after what it concerned.
            String role = detail.substring(madeIn + ChangeLog.MADE_IN.length());
            String own = detailInWords(entry.withDetail(detail.substring(0, madeIn)), days, locale);
            String where = messages.getMessage("history.madeIn", new Object[] {
                    messages.getMessage("roleInSentence." + role, null, role, locale)}, locale);
            return own == null ? where : own + " · " + where;
        }
        return com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(detailInWordsAsWritten(entry, days, locale));
    }

    /** The approval and cancellation days of the filings entries concern; null for a filing not among them. */
    @FunctionalInterface
    private interface Days {
        FilingService.LifecycleDays of(UUID filingId);

        /** A person the entry names by sign-in name, by their name; the sign-in name where none was read. */
        default String person(String username) {
            return username;
        }

        /** The names read with the days: the entries' actors and the consultants they name, by sign-in name. */
        default java.util.Map<String, String> people() {
            return java.util.Map.of();
        }
    }

    /** The filings' days that these entries name, read once for all of them (entries of other moves need none). */
    private Days daysOf(List<ChangeLog.Entry> entries) {
        java.util.Map<UUID, FilingService.LifecycleDays> days = filings.lifecycleDays(entries.stream()
                .filter(entry -> entry.filingId() != null && dated(entry)).map(ChangeLog.Entry::filingId)
                .collect(java.util.stream.Collectors.toSet()));
        // The consultants that assignments name, with the people who acted, in one statement (found in a walk: the
        // audit log read "分配法律顾问 · consultant" under 王磊's name).
        java.util.Map<String, String> people = peopleNames.of(java.util.stream.Stream.concat(
                entries.stream().map(ChangeLog.Entry::actor),
                entries.stream().filter(HistoryController::namesAConsultant).map(ChangeLog.Entry::detail)).toList());
        return new Days() {
            @Override
            public FilingService.LifecycleDays of(UUID filingId) {
                return days.get(filingId);
            }

            @Override
            public String person(String username) {
                return people.getOrDefault(username, username);
            }

            @Override
            public java.util.Map<String, String> people() {
                return people;
            }
        };
    }

    private static boolean namesAConsultant(ChangeLog.Entry entry) {
        return entry.detail() != null && ("CONSULTANT_ASSIGNED".equals(entry.action())
                || "CONSULTANT_UNASSIGNED".equals(entry.action()));
    }

    private static boolean dated(ChangeLog.Entry entry) {
        return "TRANSITION".equals(entry.action()) && entry.detail() != null
                && (entry.detail().startsWith("cancel: ") || entry.detail().startsWith("recordApproval: "));
    }

    private String detailInWordsAsWritten(ChangeLog.Entry entry, Days days, java.util.Locale locale) {
        String detail = entry.detail();
        if (detail == null || detail.isBlank() || entry.action().equals("CREATE_CHANGE")) {
            return null;
        }
        return switch (entry.action()) {
            case "CREATE" -> messages.getMessage("role." + detail, null, detail, locale);
            case "TRANSITION" -> {
                int colon = detail.indexOf(": ");
                String move = colon < 0 ? detail : detail.substring(0, colon);
                String note = colon < 0 ? null : detail.substring(colon + 2);
                if ("withdraw".equals(move)
                        && com.cacfiling.domain.filing.Filing.WITHDRAWN_WITH_ORIGINAL.equals(note)) {
                    note = messages.getMessage("workflow.withdrawn.originalCancelled", null, locale);
                }
                String dated = datedNote(move, note, entry.filingId() == null ? null : days.of(entry.filingId()),
                        locale);
                yield messages.getMessage("transition." + move, null, move, locale)
                        + (dated == null ? "" : " · " + dated);
            }
            case "COMMENT", "COMMENT_REPLY", "COMMENT_ADDRESSED", "COMMENT_RESOLVED", "COMMENT_REOPENED" ->
                    fieldLabels.label(detail, locale);
            case "USER_CREATED", "USER_INVITED", "INVITATION_RENEWED", "ROLE_CHANGED" -> userRolesInWords(detail, locale);
            case "TRIAGE_SAVED" -> triageInWords(detail, locale);
            case "CONSULTANT_ASSIGNED", "CONSULTANT_UNASSIGNED" -> days.person(detail);
            case "ENTITY_APPROVED" -> dayInWords("history.entityApprovedOn", detail, locale);
            // An uploaded list's rows as the large-model filing's history counts them ("11,000 行").
            case "MODEL_LIST_UPLOADED" -> {
                Integer rows = com.cacfiling.web.modelfiling.ModelFilingService.HistoryEntry.rows(entry.action(),
                        detail);
                yield rows == null ? detail : com.cacfiling.web.modelfiling.ModelFilingService.HistoryEntry
                        .listFile(entry.action(), detail) + " · "
                        + messages.getMessage("modelFiling.history.rows", new Object[] {rows}, locale);
            }
            case "MODEL_FILING_CREATED", "MODEL_REGISTRATION_CREATED" ->
                    com.cacfiling.web.modelfiling.ModelFilingService.detailAsLogged(entry.action(), detail,
                            entry.companyName());
            // Which document or obligation, logged as its code before the file (older entries name the file only).
            case "ENTITY_DOCUMENT_UPLOADED", "ENTITY_DOCUMENT_DELETED" -> codedInWords("entityDocumentKind.", detail,
                    locale);
            case "OBLIGATION_EVIDENCE_ADDED" -> codedInWords("obligation.kind.", detail, locale);
            case "CAC_OUTCOME_BY_OFFICERS" -> messages.getMessage("audit.cacOutcome." + detail, null, detail, locale);
            // The exception's name is what Spring Security reported; the page says what it means.
            case "LOGIN_FAILED" -> messages.getMessage("audit.loginFailed." + detail, null,
                    messages.getMessage("audit.loginFailed.other", null, locale), locale);
            // Older entries named the token by its id only.
            case "TOKEN_REVOKED" -> detail.matches("[0-9a-f-]{36}")
                    ? messages.getMessage("audit.token.unnamed", null, locale) : detail;
            default -> detail;
        };
    }

    /** A detail logged as {@code CODE: words}, its code said by the bundles' {@code prefix}; else as it is. */
    private String codedInWords(String prefix, String detail, java.util.Locale locale) {
        int colon = detail.indexOf(": ");
        if (colon > 0 && detail.substring(0, colon).matches("[A-Z][A-Z0-9_]*")) {
            String code = messages.getMessage(prefix + detail.substring(0, colon), null, null, locale);
            if (code != null) {
                return code + " · " + detail.substring(colon + 2);
            }
        }
        return detail;
    }

    /**
     * A move's note with the day the log does not store: an approval's (beside its number) and a cancellation's, with
     * the end of the service (before its reason). Found in a walk: a cancellation's entry said no date at all.
     */
    private String datedNote(String move, String note, FilingService.LifecycleDays days, java.util.Locale locale) {
        String day = switch (move) {
            case "recordSubmission" -> "history.submittedOn";
            case "recordServiceEnd", "serviceEndHandedOver" -> "history.serviceEndsOn";
            case "recordEntityApproval" -> "history.entityApprovedOn";
            default -> null;
        };
        if (day != null) {
            return dayInWords(day, note, locale);
        }
        if (days == null) {
            return note;
        }
        if ("cancel".equals(move) && days.cancelledOn() != null) {
            String when = messages.getMessage("history.cancellation", new Object[] {days.cancelledOn(),
                    days.serviceEndedOn()}, locale);
            return note == null ? when : when + " · " + note;
        }
        if ("recordApproval".equals(move) && days.approvedOn() != null && note != null) {
            return messages.getMessage("history.approval", new Object[] {note, days.approvedOn()}, locale);
        }
        return note;
    }

    /**
     * A detail that is only a day, said as which day it is (found in a walk: "提交网信办 · 2026-12-04" and "记录主体审核通过 ·
     * 2026-12-02" said no more); anything else stays as written.
     */
    private String dayInWords(String key, String detail, java.util.Locale locale) {
        return detail != null && detail.matches("\\d{4}-\\d{2}-\\d{2}")
                ? messages.getMessage(key, new Object[] {detail}, locale) : detail;
    }

    /** A triage is stored as "service · number of obligations found"; the page says what the number is. */
    private String triageInWords(String detail, java.util.Locale locale) {
        int separator = detail.lastIndexOf(" · ");
        String count = separator < 0 ? "" : detail.substring(separator + 3);
        if (count.equals("-")) {
            return messages.getMessage("audit.triagePartial", new Object[] {detail.substring(0, separator)}, locale);
        }
        if (!count.matches("\\d{1,4}")) {
            return detail;
        }
        return messages.getMessage("audit.triage", new Object[] {detail.substring(0, separator),
                Integer.parseInt(count)}, locale);
    }

    /**
     * A user's creation, invitation or change of role is stored as "name (ROLE)" or "name: OLD → NEW" with the
     * roles' constants; the page names the roles in words.
     */
    private String userRolesInWords(String detail, java.util.Locale locale) {
        for (com.cacfiling.web.user.UserRole role : com.cacfiling.web.user.UserRole.values()) {
            detail = detail.replaceAll("(?<=: |→ |\\()" + role.name() + "\\b",
                    java.util.regex.Matcher.quoteReplacement(
                            messages.getMessage("userRole." + role.name(), null, role.name(), locale)));
        }
        return detail;
    }

    @GetMapping("/filings/{filingId}/history")
    String history(@CurrentUser PortalUser user, @PathVariable UUID filingId,
            @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
            @RequestParam(defaultValue = "false") boolean approved, Model model, java.util.Locale locale) {
        FilingRecord filing = filings.get(filingId, user);
        List<ChangeLog.Entry> versions = changeLog.versions(filingId);
        model.addAttribute("filing", filing);
        model.addAttribute("versions", versions);
        // Versions are numbered 1, 2, … in the filing's order; their entries' ids are the whole log's.
        java.util.Map<Long, Integer> versionNumbers = new java.util.HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            versionNumbers.put(versions.get(i).id(), versions.size() - i);
        }
        model.addAttribute("versionNumbers", versionNumbers);
        // A filing's page names people as the workflow page does.
        model.addAttribute("actorNames", peopleNames.of(versions.stream().map(ChangeLog.Entry::actor).toList()));
        // The filing's own days date its approval and cancellation entries (read with the filing, no statement more).
        FilingService.LifecycleDays days = FilingService.LifecycleDays.of(filing);
        model.addAttribute("descriptions", versions.stream().collect(java.util.stream.Collectors.toMap(
                ChangeLog.Entry::id, entry -> describe(entry, id -> id.equals(filingId) ? days : null, locale))));
        // The only version has nothing earlier to compare with: the page says so and shows its values, as a large-model
        // filing's first version does (found in a walk: that one's first save read as every field changed from empty).
        if (versions.size() == 1) {
            String only = changeLog.snapshot(filingId, versions.get(0).id());
            if (only != null) {
                var values = comparison.values(com.cacfiling.domain.dossier.DossierJson.read(only), locale);
                // Readers outside the company see ID numbers written into texts masked, as on the form.
                model.addAttribute("firstValues", user.worksFor(filing.getCompany().getId()) ? values
                        : values.stream().map(v -> new com.cacfiling.web.wizard.FormComparison.Value(v.label(),
                                com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(v.value()))).toList());
            }
        }
        // A change filing against the filing it changes, as the CAC holds it (found in a walk: the change's own first
        // version, which starts undated, made every date look new).
        boolean againstApproved = approved && filing.getKind() == com.cacfiling.domain.filing.FilingKind.CHANGE
                && filing.getPreviousFilingId() != null && !versions.isEmpty();
        if (againstApproved || from != null && to != null) {
            String before;
            if (againstApproved) {
                List<ChangeLog.Entry> original = changeLog.versions(filing.getPreviousFilingId());
                before = original.isEmpty() ? null
                        : changeLog.snapshot(filing.getPreviousFilingId(), original.get(0).id());
                to = versions.get(0).id();
            }
            else {
                before = changeLog.snapshot(filingId, from);
            }
            String after = changeLog.snapshot(filingId, to);
            if (before == null || after == null) {
                throw new NotFoundException();
            }
            model.addAttribute("from", againstApproved ? null : from);
            model.addAttribute("to", to);
            model.addAttribute("againstApproved", againstApproved);
            var differences = differences(before, after, !againstApproved, locale);
            // Readers outside the company see ID numbers written into texts masked, as on the form.
            model.addAttribute("differences", user.worksFor(filing.getCompany().getId()) ? differences
                    : differences.stream().map(d -> new com.cacfiling.web.wizard.FormComparison.Difference(d.label(),
                            com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(d.before()),
                            com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(d.after()))).toList());
        }
        return "history/filing";
    }

    /**
     * The audit log, newest first, a page at a time; narrowed by who made the entries and which kind (found in a
     * walk: after one bulk assignment an administrator's own deactivation was several pages back).
     */
    @GetMapping("/audit")
    String audit(@CurrentUser PortalUser user, @RequestParam(required = false) UUID companyId,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "ALL") ChangeLog.AuditKind kind,
            @RequestParam(defaultValue = "0") int page, Model model, java.util.Locale locale) {
        int shown = com.cacfiling.web.system.Paging.clamp(page, AUDIT_PAGE);
        ChangeLog.AuditFilter filter = new ChangeLog.AuditFilter(companyId, who, kind);
        List<ChangeLog.Entry> entries = changeLog.audit(scope(user), filter, AUDIT_PAGE, shown * AUDIT_PAGE);
        model.addAttribute("who", filter.actor() == null ? "" : filter.actor());
        model.addAttribute("kind", filter.kind());
        model.addAttribute("kinds", ChangeLog.AuditKind.values());
        model.addAttribute("filtered", filter.actor() != null || filter.kind() != ChangeLog.AuditKind.ALL);
        model.addAttribute("entries", entries);
        Days days = daysOf(entries);
        // People by their names, as a filing's pages name them; the sign-in name stays in the cell's title. Read with
        // the consultants the entries name, in the one statement (they were read twice).
        model.addAttribute("actorNames", days.people());
        model.addAttribute("descriptions", entries.stream().collect(java.util.stream.Collectors.toMap(
                ChangeLog.Entry::id, entry -> describe(entry, days, locale))));
        model.addAttribute("page", shown);
        model.addAttribute("companyId", companyId);
        // Administrators read every company's log but not the filings themselves: the name is no link for them.
        model.addAttribute("filingLinks", !user.is(com.cacfiling.web.user.UserRole.ADMIN));
        return "history/audit";
    }

    /**
     * The audit log as a spreadsheet reads it: the page's columns in the reader's language, times in the reader's
     * zone with their offset, actions in words (the log's codes stay in the database), and the entry's number, so
     * that a reader can tell that nothing is missing.
     */
    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> export(@CurrentUser PortalUser user, @RequestParam(required = false) UUID companyId,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "ALL") ChangeLog.AuditKind kind,
            @org.springframework.web.bind.annotation.ModelAttribute("zone") java.time.ZoneId zone,
            java.util.Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(java.util.stream.Stream.of("audit.entry", "workflow.when", "filing.company", "audit.subject",
                        "workflow.who", "audit.signInName", "audit.address", "workflow.what", "audit.detail")
                .map(key -> cell(messages.getMessage(key, null, locale)))
                .collect(java.util.stream.Collectors.joining(","))).append('\n');
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss (xxx)");
        List<ChangeLog.Entry> entries = changeLog.audit(scope(user), new ChangeLog.AuditFilter(companyId, who, kind),
                100_000, 0);
        Days days = daysOf(entries);
        // The person's name as the page shows it, then the sign-in name the log keeps (read with the days).
        java.util.Map<String, String> names = days.people();
        for (ChangeLog.Entry e : entries) {
            csv.append(e.id()).append(',').append(cell(time.format(e.at().atZone(zone)))).append(',')
                    .append(cell(e.companyDisplayName(locale))).append(',')
                    .append(cell(e.algorithmName() == null || e.filingRole() == null ? e.algorithmName()
                            : e.algorithmName() + messages.getMessage("audit.role", new Object[] {
                                    messages.getMessage("role." + e.filingRole(), null, locale)}, locale)))
                    .append(',').append(cell(e.apiToken() == null ? names.get(e.actor()) : names.get(e.actor())
                            + " · " + messages.getMessage("history.viaApi", new Object[] {e.apiToken()}, locale)))
                    .append(',').append(cell(e.actor())).append(',')
                    .append(cell(e.clientAddress())).append(',').append(cell(actionInWords(e, locale))).append(',')
                    .append(cell(detailInWords(e, days, locale))).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        // Named in the reader's language with its day: exports of several days sit side by side.
                        .filename(messages.getMessage("audit.title", null, locale) + "-"
                                + java.time.LocalDate.now(zone) + ".csv", StandardCharsets.UTF_8).build().toString())
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
        // CSV injection: a spreadsheet treats a cell starting with these as a formula; a leading TAB or CR is
        // skipped by some of them before the formula character, so those are neutralised too.
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
