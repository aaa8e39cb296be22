package com.cacfiling.web.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.dossier.Dossier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored bytes of a dossier's evidence items, for the documents and the ZIP (which have no database). */
@Service
public class EvidenceContents {

    private final EvidenceFileRepository files;

    EvidenceContents(EvidenceFileRepository files) {
        this.files = files;
    }

    /** Evidence id to the file as uploaded; an item whose file is missing or does not match its SHA-256 is left out. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> of(Dossier dossier) {
        UUID algorithmId = dossier.filing().algorithm().id().value();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (EvidenceItem item : dossier.filing().algorithm().profile().assessment().evidence()) {
            files.findByAlgorithmIdAndEvidenceKey(algorithmId, item.id())
                    .filter(file -> item.sha256() == null || item.sha256().equals(file.getSha256()))
                    .ifPresent(file -> contents.put(item.id(), file.getContent()));
        }
        return contents;
    }

    /** A change filing's algorithm carries the approved one's evidence items: their files come with them. */
    @org.springframework.context.event.EventListener
    @Transactional
    void changeFilingStarted(com.cacfiling.web.filing.ChangeFilingStarted started) {
        files.copyAll(started.approvedAlgorithmId(), started.changeAlgorithmId());
    }
}
