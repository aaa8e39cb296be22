package com.cacfiling.web.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import org.springframework.stereotype.Component;

/**
 * What a workflow form's values lack, by field (message keys): checked before the confirmation and again when the
 * move is made, so both say the same. A filing number is one filing's (a change keeps the number of the filing it
 * changes); the CAC approves what was submitted to it, so not before the submission; what the CAC did has happened,
 * so its dates are not to come.
 */
@Component
class WorkflowFormCheck {

    private static final Set<String> DATES_OF_WHAT_HAPPENED = Set.of("submittedOn", "approvedOn", "entityApprovedOn");

    /**
     * The day the Algorithm Recommendation Provisions took effect and the CAC's filing system opened: nothing was
     * submitted to or approved by it before (found in a walk: a submission "on 2020-01-01" was taken).
     */
    static final LocalDate FILING_SYSTEM_OPENED = LocalDate.of(2022, 3, 1);

    private final FilingService filings;

    WorkflowFormCheck(FilingService filings) {
        this.filings = filings;
    }

    Map<String, String> problems(WorkflowMove move, Map<String, String> values, FilingRecord filing) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : move.fields()) {
            String value = values.getOrDefault(field, "").strip();
            if (field.equals("reason") && value.isEmpty()) {
                problems.put(field, "review.reasonRequired");
            }
            else if (field.endsWith("On") && !field.equals("changeEffectiveOn") && date(value) == null) {
                problems.put(field, value.isEmpty() ? "review.dateRequired" : "form.invalid.date");
            }
            else if (field.equals("changeEffectiveOn") && !value.isEmpty() && date(value) == null) {
                problems.put(field, "form.invalid.date");
            }
            else if (DATES_OF_WHAT_HAPPENED.contains(field) && date(value).isAfter(filings.today())) {
                problems.put(field, "workflow.dateInFuture");
            }
            else if (DATES_OF_WHAT_HAPPENED.contains(field) && date(value).isBefore(FILING_SYSTEM_OPENED)) {
                problems.put(field, "workflow.dateBeforeFilingSystem");
            }
        }
        // The CAC takes the algorithm only once it approved the filing entity (Step 1): a submission recorded before
        // that day cannot have been received (found in a walk: the page said so, and took such a date silently).
        LocalDate submittedOn = date(values.getOrDefault("submittedOn", ""));
        LocalDate entityApprovedOn = filing.getCompany().getEntityApprovedOn();
        if (move == WorkflowMove.SUBMISSION && submittedOn != null && entityApprovedOn != null
                && submittedOn.isBefore(entityApprovedOn) && !problems.containsKey("submittedOn")) {
            problems.put("submittedOn", "workflow.submittedBeforeEntityApproval");
        }
        // A filing is cancelled after its service ended (ARP Art. 24: within 20 working days of the end); an end to
        // come is recorded as such ("service end"), and the cancellation follows it.
        LocalDate serviceEndedOn = date(values.getOrDefault("serviceEndedOn", ""));
        if (move == WorkflowMove.CANCEL && serviceEndedOn != null && serviceEndedOn.isAfter(filings.today())) {
            problems.put("serviceEndedOn", "workflow.cancelBeforeServiceEnd");
        }
        // The service of an approved filing ends after its approval (found in a walk: a cancellation dated 2020-01-01,
        // years before the approval, was recorded). It may end before its launch date (a filing made ahead of a
        // launch that never came), so only the approval bounds it.
        if ((move == WorkflowMove.CANCEL || move == WorkflowMove.SERVICE_END) && serviceEndedOn != null
                && filing.getApprovedOn() != null && serviceEndedOn.isBefore(filing.getApprovedOn())) {
            problems.put("serviceEndedOn", "workflow.serviceEndBeforeApproval");
        }
        // A change changes the approved filing: one "effective" before the approval (found in a walk: two months
        // before, a draft overdue from its first day, which nothing could correct) belongs to the filing itself.
        LocalDate effectiveOn = date(values.getOrDefault("changeEffectiveOn", ""));
        if (move == WorkflowMove.CHANGE && effectiveOn != null && filing.getApprovedOn() != null
                && effectiveOn.isBefore(filing.getApprovedOn())) {
            problems.put("changeEffectiveOn", "workflow.changeBeforeApproval");
        }
        if (move == WorkflowMove.APPROVAL) {
            try {
                FilingNumber number = new FilingNumber(values.get("filingNumber"));
                if (filings.filingNumberTakenByAnother(filing, number.value())) {
                    problems.put("filingNumber", "workflow.filingNumber.taken");
                }
            }
            catch (InvalidValueException invalid) {
                problems.put("filingNumber", invalid.messageKey());
            }
            LocalDate approvedOn = date(values.getOrDefault("approvedOn", ""));
            if (approvedOn != null && filing.getSubmittedOn() != null && approvedOn.isBefore(filing.getSubmittedOn())) {
                problems.put("approvedOn", "workflow.approvedBeforeSubmission");
            }
        }
        return problems;
    }

    /** An ISO date as the date inputs send it; null for blank or not a date. */
    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
