package com.cacfiling.web.labelling;

import java.util.List;

/** What the checklist form posts; yes/no answers arrive as "true"/"false", unanswered as nothing. */
public class LabellingFormData {

    private long checklistVersion;
    private long algorithmVersion;
    private List<Modality> modalities;
    private List<Modality> explicitDone;
    private Boolean interfaceLabel;
    private Boolean downloadsKeepLabel;
    private Boolean implicitMetadata;
    private Boolean agreementClause;
    private Boolean userDeclaration;
    private LogDuty logDuty;

    /** Whether the self-assessment's own "labelling of results" text stays (the page asks when someone wrote one). */
    private boolean keepResultText;

    static LabellingFormData of(LabellingChecklist checklist, long checklistVersion, long algorithmVersion) {
        LabellingFormData form = new LabellingFormData();
        form.checklistVersion = checklistVersion;
        form.algorithmVersion = algorithmVersion;
        form.modalities = List.copyOf(checklist.modalities());
        form.explicitDone = List.copyOf(checklist.explicitDone());
        form.interfaceLabel = checklist.interfaceLabel();
        form.downloadsKeepLabel = checklist.downloadsKeepLabel();
        form.implicitMetadata = checklist.implicitMetadata();
        form.agreementClause = checklist.agreementClause();
        form.userDeclaration = checklist.userDeclaration();
        form.logDuty = checklist.logDuty();
        return form;
    }

    LabellingChecklist toChecklist() {
        return new LabellingChecklist(nonNull(modalities), nonNull(explicitDone), interfaceLabel,
                downloadsKeepLabel, implicitMetadata, agreementClause, userDeclaration, logDuty);
    }

    private static java.util.Set<Modality> nonNull(List<Modality> values) {
        return values == null ? null : values.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    public long getChecklistVersion() {
        return checklistVersion;
    }

    public void setChecklistVersion(long checklistVersion) {
        this.checklistVersion = checklistVersion;
    }

    public long getAlgorithmVersion() {
        return algorithmVersion;
    }

    public void setAlgorithmVersion(long algorithmVersion) {
        this.algorithmVersion = algorithmVersion;
    }

    public List<Modality> getModalities() {
        return modalities;
    }

    public void setModalities(List<Modality> modalities) {
        this.modalities = modalities;
    }

    public List<Modality> getExplicitDone() {
        return explicitDone;
    }

    public void setExplicitDone(List<Modality> explicitDone) {
        this.explicitDone = explicitDone;
    }

    public Boolean getInterfaceLabel() {
        return interfaceLabel;
    }

    public void setInterfaceLabel(Boolean interfaceLabel) {
        this.interfaceLabel = interfaceLabel;
    }

    public Boolean getDownloadsKeepLabel() {
        return downloadsKeepLabel;
    }

    public void setDownloadsKeepLabel(Boolean downloadsKeepLabel) {
        this.downloadsKeepLabel = downloadsKeepLabel;
    }

    public Boolean getImplicitMetadata() {
        return implicitMetadata;
    }

    public void setImplicitMetadata(Boolean implicitMetadata) {
        this.implicitMetadata = implicitMetadata;
    }

    public Boolean getAgreementClause() {
        return agreementClause;
    }

    public void setAgreementClause(Boolean agreementClause) {
        this.agreementClause = agreementClause;
    }

    public Boolean getUserDeclaration() {
        return userDeclaration;
    }

    public void setUserDeclaration(Boolean userDeclaration) {
        this.userDeclaration = userDeclaration;
    }

    public LogDuty getLogDuty() {
        return logDuty;
    }

    public void setLogDuty(LogDuty logDuty) {
        this.logDuty = logDuty;
    }

    public boolean isKeepResultText() {
        return keepResultText;
    }

    public void setKeepResultText(boolean keepResultText) {
        this.keepResultText = keepResultText;
    }
}
