package com.cacfiling.web.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cacfiling.web.system.ReadWithoutTransaction;
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

    EntityDocuments(EntityDocumentRepository documents) {
        this.documents = documents;
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
