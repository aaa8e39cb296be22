package com.cacfiling.web.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workflow moves a user confirms before they happen: the endpoint that performs each one, the domain action it
 * records (which names its confirmation and outcome texts), the form fields it carries, and where "cancel" leads.
 */
public enum WorkflowMove {
    SUBMIT_FOR_REVIEW("submit-for-review", "submitForReview", List.of(), "steps/review"),
    RETURN("return", "returnForRework", List.of("reason"), "workflow"),
    READY("ready", "markReady", List.of(), "workflow"),
    SUBMISSION("submission", "recordSubmission", List.of("submittedOn"), "workflow"),
    APPROVAL("approval", "recordApproval", List.of("filingNumber", "approvedOn"), "workflow"),
    CAC_RETURN("cac-return", "recordCacReturn", List.of("reason"), "workflow"),
    CANCEL("cancel", "cancel", List.of("serviceEndedOn", "reason"), "workflow"),
    CHANGE("change", "startChange", List.of("changeEffectiveOn"), "workflow"),
    SERVICE_END("service-end", "recordServiceEnd", List.of("serviceEndedOn"), "workflow"),
    ENTITY_APPROVAL("entity-approval", "recordEntityApproval", List.of("entityApprovedOn"), "workflow"),
    WITHDRAW("withdraw", "withdraw", List.of("reason"), "workflow");

    private final String path;
    private final String action;
    private final List<String> fields;
    private final String backTo;

    WorkflowMove(String path, String action, List<String> fields, String backTo) {
        this.path = path;
        this.action = action;
        this.fields = fields;
        this.backTo = backTo;
    }

    public static Optional<WorkflowMove> ofPath(String path) {
        return Arrays.stream(values()).filter(move -> move.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public String action() {
        return action;
    }

    public List<String> fields() {
        return fields;
    }

    public String backTo() {
        return backTo;
    }
}
