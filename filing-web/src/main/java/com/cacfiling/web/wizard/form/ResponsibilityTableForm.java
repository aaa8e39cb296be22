package com.cacfiling.web.wizard.form;

import java.util.ArrayList;
import java.util.List;

/** The responsibility table: body, one row per policy kind, attachments one per line. */
public class ResponsibilityTableForm {

    private BodyForm body = new BodyForm();
    private List<PolicyForm> policies = new ArrayList<>();
    private String attachments;

    public BodyForm getBody() {
        return body;
    }

    public void setBody(BodyForm body) {
        this.body = body;
    }

    public List<PolicyForm> getPolicies() {
        return policies;
    }

    public void setPolicies(List<PolicyForm> policies) {
        this.policies = policies;
    }

    public String getAttachments() {
        return attachments;
    }

    public void setAttachments(String attachments) {
        this.attachments = attachments;
    }
}
