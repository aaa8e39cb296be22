package com.cacfiling.web.wizard.form;

/** The self-assessment step: report content and disclosure text. */
public class AssessmentForm {

    private SelfAssessmentForm assessment = new SelfAssessmentForm();
    private DisclosureForm disclosure = new DisclosureForm();
    private long version;

    public SelfAssessmentForm getAssessment() {
        return assessment;
    }

    public void setAssessment(SelfAssessmentForm assessment) {
        this.assessment = assessment;
    }

    public DisclosureForm getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(DisclosureForm disclosure) {
        this.disclosure = disclosure;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
