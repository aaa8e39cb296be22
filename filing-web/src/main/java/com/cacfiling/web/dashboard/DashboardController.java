package com.cacfiling.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingRecordRepository;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.CurrentUser;
import com.cacfiling.web.security.PortalUser;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of filings over all companies the user may reach (one for an officer, the assigned ones for a
 * consultant): filtered, searched, sorted and paged in the database; readiness computed for the shown page only.
 */
@Controller
class DashboardController {

    static final int PAGE_SIZE = 25;
    /** Rows in one export; a longer list says so in the sheet and on the page (Excel takes about a million). */
    static final int EXPORT_LIMIT = 100_000;
    /** Up to this many companies the filter offers them in a list; a consultant with more types the name. */
    static final int COMPANY_CHOICES = 50;
    private static final Map<String, String> SORTS = Map.of("updated", "updatedAt", "algorithm", "algorithm.name",
            "company", "company.name", "status", "status", "role", "role", "due", "dueDate");

    private final FilingRecordRepository records;
    private final FilingService filings;
    private final DashboardCounts counts;
    private final DashboardPages pages;
    private final MessageSource messages;
    private final com.cacfiling.web.modelfiling.ModelFilingService modelFilings;
    private final DashboardExportRows exportRows;
    private final com.cacfiling.web.user.UserAccountRepository users;

    DashboardController(FilingRecordRepository records, FilingService filings, DashboardCounts counts,
            DashboardPages pages, MessageSource messages,
            com.cacfiling.web.modelfiling.ModelFilingService modelFilings, DashboardExportRows exportRows,
            com.cacfiling.web.user.UserAccountRepository users) {
        this.users = users;
        this.exportRows = exportRows;
        this.modelFilings = modelFilings;
        this.records = records;
        this.filings = filings;
        this.counts = counts;
        this.pages = pages;
        this.messages = messages;
    }

    /**
     * What a row's progress is computed from: each step's readiness, the errors, and whether the filing has been to
     * review (every step counts as started then); which steps are started is read with the row, since a step is
     * started by its first save also when the save changed nothing (no new version).
     */
    private record Readiness(Map<com.cacfiling.rules.WizardStep, Double> steps, long errors, boolean beenInReview,
            int typedProblems) {
    }

    /**
     * Readiness of rows already shown: the rules over 25 dossiers (reading each one's JSON first) were a fifth of
     * a dashboard request's time, the same 25 for everyone who opens the first page.
     */
    private final com.github.benmanes.caffeine.cache.Cache<FilingService.StoredVersion, Readiness> evaluated =
            com.cacfiling.web.system.Caches.caffeine().maximumSize(20_000).build();

    /** A dashboard row; {@code pairRole} is the role of the other filing when it is half of a dual-role pair. */
    record Row(FilingRecord filing, int readiness, long errors, LocalDate due, boolean overdue, boolean dueSoon,
            com.cacfiling.domain.filing.FilingRole pairRole) {

        /** What the deadline is for: the filing after launch, the change after it took effect, the cancellation. */
        public String dueKind() {
            return dueKindOf(filing);
        }

        /**
         * What the deadline column says when there is none: a filing still to be filed has none yet (no launch date,
         * or a supporter's), one submitted or closed has nothing due (found in a walk: 602 submitted filings read
         * "no deadline yet", as if their launch dates were missing).
         */
        public String noDeadlineKey() {
            return noDeadlineKey(filing.getStatus(), filing.getRole());
        }

        /**
         * A provider's filing in preparation has its deadline once Step 2's launch date is there, and the list says
         * so (found in a walk: a new company's first filing read "no deadline yet", with no hint of what gives one);
         * a supporter's is bound only for a generative algorithm, so it is not promised one.
         */
        static String noDeadlineKey(FilingStatus status, FilingRole role) {
            return switch (status) {
                case DRAFT, IN_REVIEW, RETURNED, READY, RETURNED_BY_CAC ->
                        role == FilingRole.SERVICE_PROVIDER ? "dashboard.due.afterLaunch" : "dashboard.due.none";
                default -> "dashboard.due.nothing";
            };
        }

        static String dueKindOf(FilingRecord filing) {
            return dueKindOf(filing.getStatus(), filing.getKind());
        }

        static String dueKindOf(FilingStatus status, com.cacfiling.domain.filing.FilingKind kind) {
            if (status == FilingStatus.APPROVED) {
                return "CANCELLATION";
            }
            return kind == com.cacfiling.domain.filing.FilingKind.CHANGE ? "CHANGE" : "FILING";
        }

        /** How late, in working days (the deadline counts them, holidays excluded). */
        public int workingDaysLate(LocalDate today) {
            return overdue ? com.cacfiling.rules.calendar.WorkingCalendar.official().workingDaysBetween(due, today) : 0;
        }
    }

    /**
     * Statements per request (a consultant with 1,000 clients): the change log's newest id; the counts per status
     * and role, remembered while it stays the same (see {@link DashboardCounts}); the page's ids; its 25 filings;
     * their pairs; their histories; the company choices. The access rule is part of each statement (see
     * {@link Reach}).
     */
    @GetMapping("/filings")
    @Transactional(readOnly = true)
    String dashboard(@CurrentUser PortalUser user, @ModelAttribute("filter") DashboardFilter filter,
            @RequestParam(defaultValue = "updated") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(name = "page", defaultValue = "0") long pageAsked,
            @RequestParam(required = false) String pageNumber,
            Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.page(model, "dashboard.title");
        }
        // A page number beyond an int (an edited link) is past the last page, not an invalid request (walk).
        int page = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, pageAsked));
        // The page-jump form counts from 1, as the page shows; what is not a number there is no jump.
        if (pageNumber != null && pageNumber.strip().matches("\\d{1,9}")) {
            page = Integer.parseInt(pageNumber.strip()) - 1;
        }
        LocalDate today = filings.today();
        long stamp = counts.stamp();
        DashboardCounts.Tally tally = counts.tally(user, today, stamp);
        var specification = filter.toSpecification(user, today);
        Page<FilingRecord> result = pages.page(specification,
                PageRequest.of(com.cacfiling.web.system.Paging.clamp(page, PAGE_SIZE), PAGE_SIZE, sort(sort, dir)),
                () -> filter.totalFrom(tally).orElseGet(() -> counts.total(user, today, filter, stamp,
                        () -> pages.count(specification))));
        if (result.getNumber() > 0 && result.getNumber() >= result.getTotalPages()) {
            // Past the last page (an old link, a number typed too high): the last page, not "page 501 of 120, none".
            // A path, not an absolute address: one built from the request would name whatever Host it was sent
            // with (found in a review).
            var current = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
            String query = ((org.springframework.web.context.request.ServletRequestAttributes) current).getRequest()
                    .getQueryString();
            // Said, not silent (found in a walk: the last page came as if it were the one asked for).
            redirect.addFlashAttribute("message", "dashboard.pastLast");
            redirect.addFlashAttribute("messageArgument", result.getTotalPages());
            return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/filings").query(query)
                    .replaceQueryParam("pageNumber")
                    .replaceQueryParam("page", Math.max(0, result.getTotalPages() - 1)).build().toUriString();
        }
        Map<UUID, List<FilingRecord>> siblings = siblings(result.getContent());
        model.addAttribute("superseded", filings.replacedAmong(result.getContent()));
        Map<UUID, com.cacfiling.domain.company.EntityProfile> entities = new java.util.HashMap<>();
        List<Row> rows = result.getContent().stream()
                .map(filing -> row(filing, today, entities, siblings.getOrDefault(filing.getId(), List.of())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("page", result);
        model.addAttribute("sort", SORTS.containsKey(sort) ? sort : "updated");
        model.addAttribute("dir", "asc".equals(dir) ? "asc" : "desc");
        List<DashboardPages.CompanyChoice> companies = pages.companies(user, COMPANY_CHOICES);
        boolean companySearch = companies.size() > COMPANY_CHOICES;
        // No company to start a filing for: an officer's company is archived (its filings are read), or a consultant
        // has no active client. The page says so instead of offering a form that cannot be sent (found in a walk).
        boolean noActiveCompany = !companySearch
                && companies.stream().allMatch(DashboardPages.CompanyChoice::archived);
        model.addAttribute("noActiveCompany", noActiveCompany);
        model.addAttribute("ownCompanyArchived", noActiveCompany && !companies.isEmpty()
                && user.is(com.cacfiling.web.user.UserRole.OFFICER));
        // A consultant with no client at all is told why the list is empty and whom to ask (found in a walk: only
        // "No filings yet.").
        model.addAttribute("noClientCompany", noActiveCompany && user.isConsultant()
                && !users.hasAssignedCompanies(user.id()));
        model.addAttribute("companySearch", companySearch);
        // Beyond a list one can read, the company is typed (part of its name); a company chosen elsewhere (a link
        // with companyId) stays shown as the one choice besides "all companies", so it can be cleared.
        model.addAttribute("companies", !companySearch ? companies
                : filter.getCompanyId() == null ? List.of() : pages.company(user, filter.getCompanyId()));
        model.addAttribute("statuses", FilingStatus.values());
        model.addAttribute("roles", FilingRole.values());
        model.addAttribute("dues", DashboardFilter.Due.values());
        model.addAttribute("byStatus", tally.byStatus());
        // An approved filing replaced by its approved change is still "approved" (and listed so), but not in force.
        long approved = tally.byStatus().getOrDefault(FilingStatus.APPROVED, 0L);
        model.addAttribute("approvedTotal", approved);
        model.addAttribute("replacedApproved", tally.replaced());
        model.addAttribute("approvedInForce", approved - tally.replaced());
        // Each status's bar is its share of all the user's filings, whatever the list below is filtered by.
        model.addAttribute("statusTotal", Math.max(1, tally.byStatus().values().stream().mapToLong(Long::longValue)
                .sum()));
        model.addAttribute("total", result.getTotalElements());
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        model.addAttribute("deadlines", tally.deadlines());
        model.addAttribute("modelFilings", modelFilings.dashboard(user).stream()
                .filter(row -> filter.selectsModelFiling(row.filing().getCompany().getId(),
                        row.filing().getCompany().getName(), row.filing().getCompany().getNameEn(),
                        row.filing().displayName()))
                .toList());
        return "filing/list";
    }

    @GetMapping("/filings/export.xlsx")
    @Transactional(readOnly = true)
    Object export(@CurrentUser PortalUser user, @ModelAttribute("filter") DashboardFilter filter,
            @ModelAttribute("zone") java.time.ZoneId zone, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "desc") String dir, Locale locale) {
        if (user.isAdministrator()) {
            return com.cacfiling.web.system.AdministratorsSeeNoFilings.view("dashboard.title");
        }
        // The reader's zone with its offset, as the dashboard shows the time (not the server's UTC).
        java.time.format.DateTimeFormatter updated = java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm (xxx)");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            com.cacfiling.docs.OfficeProperties.stamp(workbook, text("dashboard.title", locale), user.displayName());
            Sheet sheet = workbook.createSheet(text("dashboard.title", locale));
            // A reader of the sheet tells a change from its original, a replaced filing from the current one, the
            // two halves of a pair, and what each deadline is for, as the list's badges tell them.
            String[] headers = {"filing.company", "filing.algorithmName", "filing.role", "filing.status",
                    "dashboard.kind", "dashboard.note", "dashboard.due", "dashboard.dueFor", "dashboard.filingNumber",
                    "filing.updatedAt"};
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(text(headers[i], locale));
            }
            int[] next = {1};
            LocalDate today = filings.today();
            long total = exportRows.read(filter.toSpecification(user, filings.today()),
                    // In the list's order when it was sorted (the export link carries it), else by company.
                    sort == null ? Sort.by("company.name", "algorithm.name") : sort(sort, dir), EXPORT_LIMIT,
                    filing -> {
                        org.apache.poi.ss.usermodel.Row row = sheet.createRow(next[0]++);
                        row.createCell(0).setCellValue(
                                com.cacfiling.web.company.CompanyNames.inDocuments(filing.companyName()));
                        row.createCell(1).setCellValue(filing.algorithmName());
                        row.createCell(2).setCellValue(text("role." + filing.role(), locale));
                        row.createCell(3).setCellValue(text("status." + filing.status(), locale));
                        row.createCell(4).setCellValue(text(filing.kind()
                                == com.cacfiling.domain.filing.FilingKind.CHANGE ? "dashboard.change"
                                        : "dashboard.initial", locale));
                        List<String> notes = new java.util.ArrayList<>();
                        if (filing.replaced()) {
                            notes.add(text("dashboard.superseded", locale));
                        }
                        if (filing.pairRole() != null) {
                            notes.add(messages.getMessage("dashboard.pair", new Object[] {
                                    text("role." + filing.pairRole(), locale)}, locale));
                        }
                        // Late, as the list's badge says (found in a walk: the sheet gave the date only).
                        if (filing.dueDate() != null && filing.dueDate().isBefore(today)) {
                            notes.add(messages.getMessage("dashboard.due.overdueBy", new Object[] {
                                    com.cacfiling.rules.calendar.WorkingCalendar.official()
                                            .workingDaysBetween(filing.dueDate(), today)}, locale));
                        }
                        row.createCell(5).setCellValue(String.join(text("list.separator", locale), notes));
                        row.createCell(6).setCellValue(filing.dueDate() == null
                                ? text(Row.noDeadlineKey(filing.status(), filing.role()), locale) : filing.dueDate().toString());
                        row.createCell(7).setCellValue(filing.dueDate() == null ? ""
                                : text("dashboard.dueKind." + filing.dueKind(), locale));
                        row.createCell(8).setCellValue(filing.filingNumber() == null ? "" : filing.filingNumber());
                        row.createCell(9).setCellValue(updated.format(filing.updatedAt().atZone(zone)));
                    });
            if (total > EXPORT_LIMIT) {
                // Never a silent cut (found in a walk: a 20,001st filing missing without a word).
                sheet.createRow(next[0] + 1).createCell(0).setCellValue(messages.getMessage("dashboard.exportCut",
                        new Object[] {EXPORT_LIMIT, total}, locale));
            }
            workbook.write(out);
            workbook.dispose();
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(text("dashboard.exportFile", locale) + ".xlsx", StandardCharsets.UTF_8).build()
                            .toString())
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * For each shown filing that shares its algorithm with another filing (a dual-role pair): the others, whose role
     * the row names and whose started steps of the shared parts count as its own, as in the wizard.
     */
    private Map<UUID, List<FilingRecord>> siblings(List<FilingRecord> shown) {
        Map<UUID, List<FilingRecord>> siblings = new java.util.HashMap<>();
        if (shown.isEmpty()) {
            return siblings;
        }
        List<FilingRecord> related = records.findByAlgorithmIdIn(shown.stream()
                .map(filing -> filing.getAlgorithm().getId()).collect(java.util.stream.Collectors.toSet()));
        for (FilingRecord filing : shown) {
            List<FilingRecord> others = related.stream().filter(other -> !other.getId().equals(filing.getId())
                    && other.getAlgorithm().getId().equals(filing.getAlgorithm().getId())).toList();
            if (!others.isEmpty()) {
                siblings.put(filing.getId(), others);
            }
        }
        return siblings;
    }

    /** A row with its readiness; the company's entity JSON is read once per company shown, not once per row. */
    private Row row(FilingRecord filing, LocalDate today,
            Map<UUID, com.cacfiling.domain.company.EntityProfile> entities, List<FilingRecord> siblings) {
        // Remembered per stored version: any save gives a new one.
        Readiness readiness = evaluated.get(FilingService.StoredVersion.of(filing, today), key -> {
            var entity = filing.getEntitySnapshot() != null ? FilingService.entityOf(filing)
                    : entities.computeIfAbsent(filing.getCompany().getId(),
                            id -> FilingService.entityProfile(filing.getCompany()));
            com.cacfiling.domain.filing.Filing domain = filing.toDomain();
            Evaluation evaluation = filings.evaluate(new com.cacfiling.domain.dossier.Dossier(entity, domain), filing,
                    today);
            // Values typed invalidly are kept in the company's, the algorithm's and the filing's rows, whose versions
            // are the key: one typed into the shared Step 1 from another filing is a new key, not a stale figure.
            return new Readiness(evaluation.readiness(), evaluation.errorCount(), FilingService.beenInReview(domain),
                    FilingService.typedProblemCount(filing));
        });
        // The progress its pages show: the steps started only (a new filing's values it holds unsaved are none).
        int percent = (int) Math.floor(Evaluation.overallReadiness(readiness.steps(),
                FilingService.startedSteps(filing, siblings, readiness.beenInReview())) * 100);
        // As its pages: never 100 % while a value typed invalidly waits (the rules see the last valid value there).
        if (percent == 100 && readiness.typedProblems() > 0) {
            percent = 99;
        }
        LocalDate due = filing.getDueDate();
        boolean overdue = due != null && due.isBefore(today);
        boolean soon = due != null && !overdue && !due.isAfter(today.plusDays(DashboardFilter.SOON_DAYS));
        return new Row(filing, percent, readiness.errors(), due, overdue, soon,
                siblings.isEmpty() ? null : siblings.get(0).getRole());
    }

    private static Sort sort(String key, String dir) {
        String property = SORTS.getOrDefault(key, "updatedAt");
        Sort sort = Sort.by("asc".equals(dir) ? Sort.Direction.ASC : Sort.Direction.DESC, property);
        return property.equals("updatedAt") ? sort : sort.and(Sort.by(Sort.Direction.DESC, "updatedAt"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
