package com.cacfiling.web.wizard.form;

import com.cacfiling.domain.company.PolicyKind;

/** One management policy of the responsibility table. */
public class PolicyForm {

    private PolicyKind kind;
    private String title;
    private String content;

    public PolicyKind getKind() {
        return kind;
    }

    public void setKind(PolicyKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
