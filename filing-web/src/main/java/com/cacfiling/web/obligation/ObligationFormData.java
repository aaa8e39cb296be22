package com.cacfiling.web.obligation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What the obligation's form posts: status, owner, evidence and the next review date. */
public class ObligationFormData {

    private long version;

    @NotNull
    private ObligationStatus status;

    private UUID ownerId;

    /** A web address (the evidence kept elsewhere: a document system, a shared drive). */
    @Size(max = Obligations.MAX_LINK)
    @Pattern(regexp = "^(https?://\\S+)?$")
    private String evidenceLink;

    @Size(max = Obligations.MAX_NOTE)
    private String note;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReview;

    static ObligationFormData of(ObligationRow row) {
        ObligationFormData form = new ObligationFormData();
        form.version = row.version();
        form.status = row.status();
        form.ownerId = row.ownerId();
        form.evidenceLink = row.evidenceLink();
        form.note = row.note();
        form.nextReview = row.nextReview();
        return form;
    }

    Obligations.Edit toEdit() {
        return new Obligations.Edit(status, ownerId, evidenceLink, note, nextReview);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public ObligationStatus getStatus() {
        return status;
    }

    public void setStatus(ObligationStatus status) {
        this.status = status;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(UUID ownerId) {
        this.ownerId = ownerId;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public void setEvidenceLink(String evidenceLink) {
        this.evidenceLink = evidenceLink;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public void setNextReview(LocalDate nextReview) {
        this.nextReview = nextReview;
    }
}
