package com.cacfiling.web.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cacfiling.docs.bundle.CompanyDocuments;
import com.cacfiling.web.system.ReadWithoutTransaction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Step 1's uploads of a company, for the entity step: each kind with its current file, or none yet. */
@Component
public class EntityDocuments {

    /** One kind of upload and its file name (null when nothing was uploaded). */
    public record Slot(EntityDocumentKind kind, String fileName) {
        public boolean uploaded() {
            return fileName != null;
        }
    }

    private final EntityDocumentRepository documents;
    private final MessageSource messages;

    EntityDocuments(EntityDocumentRepository documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /**
     * What the filing's company has uploaded, as a fingerprint of kinds, names and SHA-256 values (empty when
     * nothing): a dossier ZIP built with the uploads is the same as long as this is.
     */
    @ReadWithoutTransaction
    public String fingerprint(UUID filingId) {
        StringBuilder fingerprint = new StringBuilder();
        for (Object[] row : documents.describeForFiling(filingId)) {
            fingerprint.append(row[0]).append('/').append(row[1]).append('/').append(row[2]).append(';');
        }
        return fingerprint.toString();
    }

    /**
     * The uploads for the dossier ZIP, which leaves the company: the business licence and the signed commitment
     * letter; the ID photos are named as withheld (found in a walk: no upload was in any ZIP).
     */
    @ReadWithoutTransaction
    public CompanyDocuments forDossier(UUID filingId) {
        List<EntityDocument> uploaded = documents.findForFiling(filingId);
        return new CompanyDocuments(files(uploaded, false), uploaded.stream()
                .filter(document -> document.getKind().personal()).map(document -> name(document.getKind())).toList());
    }

    /** The ID photos, for the officer's submission copy only. */
    @ReadWithoutTransaction
    public Map<String, byte[]> personalForSubmission(UUID filingId) {
        return files(documents.findForFiling(filingId), true);
    }

    /** The uploads that are personal data, or those that are not, by their path in the ZIP. */
    private Map<String, byte[]> files(List<EntityDocument> uploaded, boolean personal) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        uploaded.stream().filter(document -> document.getKind().personal() == personal)
                .forEach(document -> files.put(path(document), document.getContent()));
        return files;
    }

    /** Named in Chinese, as the CAC's upload asks for them. */
    private String path(EntityDocument document) {
        return CompanyDocuments.path(name(document.getKind()), document.getFileName());
    }

    private String name(EntityDocumentKind kind) {
        return messages.getMessage("entityDocumentKind." + kind.name(), null, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @ReadWithoutTransaction
    public List<Slot> of(UUID companyId) {
        Map<EntityDocumentKind, EntityDocument> stored = documents.findByCompanyIdOrderByKind(companyId).stream()
                .collect(Collectors.toMap(EntityDocument::getKind, Function.identity()));
        List<Slot> slots = new ArrayList<>();
        for (EntityDocumentKind kind : EntityDocumentKind.values()) {
            EntityDocument document = stored.get(kind);
            slots.add(new Slot(kind, document == null ? null : document.getFileName()));
        }
        return slots;
    }
}
