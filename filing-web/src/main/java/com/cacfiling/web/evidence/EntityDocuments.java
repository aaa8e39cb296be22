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

    /** One kind of upload, its file name and SHA-256 (null when nothing was uploaded). */
    public record Slot(EntityDocumentKind kind, String fileName, String sha256) {
        public boolean uploaded() {
            return fileName != null;
        }
    }

    /**
     * The kinds that hold one and the same file, each group in the slots' order: a licence scan uploaded again as
     * both ID photos is a slip (found in a walk: taken three times without a word), but only the company can tell,
     * so the page names it and takes it.
     */
    public static List<List<EntityDocumentKind>> sameFiles(List<Slot> slots) {
        Map<String, List<EntityDocumentKind>> bySha = new java.util.LinkedHashMap<>();
        slots.stream().filter(Slot::uploaded)
                .forEach(slot -> bySha.computeIfAbsent(slot.sha256(), sha -> new ArrayList<>()).add(slot.kind()));
        return bySha.values().stream().filter(kinds -> kinds.size() > 1).toList();
    }

    /** One of a filing's uploads: its own copy once it left the drafts, else the company's current file. */
    record Upload(EntityDocumentKind kind, String fileName, String contentType, String sha256, byte[] content) {
    }

    /**
     * A filing's uploads: its own (its signed letter; and, once it left the drafts, the copies it kept with its
     * snapshot of Step 1's values), else the company's current ones. {@code %1$s}: the columns; {@code %2$s}: a
     * further condition on the kind.
     */
    private static final String FOR_FILING = """
            select %1$s from filing_entity_document where filing_id = ? %2$s
            union all
            select %1$s from entity_document d
             where d.company_id = (select f.company_id from filing f where f.id = ? and f.entity_snapshot is null)
               and d.kind not in (%3$s) %2$s
            order by kind""";

    /** The kinds each filing has its own of, as a list of SQL literals. */
    static final String PER_FILING_KINDS = java.util.Arrays.stream(EntityDocumentKind.values())
            .filter(EntityDocumentKind::perFiling).map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));

    private final MessageSource messages;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    EntityDocuments(MessageSource messages, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** A filing leaving the drafts keeps the company's uploads as they are; back in draft it reads them again. */
    @org.springframework.context.event.EventListener
    @org.springframework.transaction.annotation.Transactional
    void entitySnapshotChanged(com.cacfiling.web.filing.EntitySnapshotChanged changed) {
        if (changed.taken()) {
            jdbc.update("""
                    insert into filing_entity_document (filing_id, kind, file_name, content_type, size_bytes, sha256,
                                                        content, created_at, created_by)
                    select f.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.sha256, d.content, d.created_at,
                           d.created_by
                      from filing f join entity_document d on d.company_id = f.company_id
                     where f.id = ? and d.kind not in (%s)
                    on conflict do nothing""".formatted(PER_FILING_KINDS), changed.filingId());
        }
        else {
            // The filing's own letter stays its own.
            jdbc.update("delete from filing_entity_document where filing_id = ? and kind not in (%s)"
                    .formatted(PER_FILING_KINDS), changed.filingId());
        }
    }

    /** Keeps a file of a kind each filing has its own of (see {@link EntityDocumentKind#perFiling()}), replacing one. */
    void keepForFiling(UUID filingId, EntityDocumentKind kind, String fileName, String contentType, byte[] content,
            java.time.Instant at, String by) {
        jdbc.update("""
                insert into filing_entity_document (filing_id, kind, file_name, content_type, size_bytes, sha256,
                                                    content, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_id, kind) do update set file_name = excluded.file_name,
                    content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                    sha256 = excluded.sha256, content = excluded.content, created_at = excluded.created_at,
                    created_by = excluded.created_by""", filingId, kind.name(), fileName, contentType,
                (long) content.length, com.cacfiling.docs.bundle.DossierBundle.sha256(content), content,
                java.sql.Timestamp.from(at), by);
    }

    /** Removes a filing's own file of the kind; its name, or empty when there was none. */
    java.util.Optional<String> removeFromFiling(UUID filingId, EntityDocumentKind kind) {
        List<String> removed = jdbc.queryForList("delete from filing_entity_document where filing_id = ? and kind = ? "
                + "returning file_name", String.class, filingId, kind.name());
        return removed.stream().findFirst();
    }

    private List<Upload> uploads(UUID filingId, boolean withContent) {
        return jdbc.query(FOR_FILING.formatted(columns(withContent), "", PER_FILING_KINDS), UPLOAD_ROW, filingId,
                filingId);
    }

    private static String columns(boolean withContent) {
        return "kind, file_name, content_type, sha256" + (withContent ? ", content" : ", null::bytea as content");
    }

    private static final org.springframework.jdbc.core.RowMapper<Upload> UPLOAD_ROW = (rs, i) -> new Upload(
            EntityDocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
            rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("content"));

    /** One upload of the filing (its own copy once it left the drafts), for the download: only its file is read. */
    @ReadWithoutTransaction
    public java.util.Optional<Upload> upload(UUID filingId, EntityDocumentKind kind) {
        return jdbc.query(FOR_FILING.formatted(columns(true), "and kind = ?", PER_FILING_KINDS), UPLOAD_ROW, filingId, kind.name(),
                filingId, kind.name()).stream().findFirst();
    }

    /**
     * What the filing's company has uploaded, as a fingerprint of kinds, names and SHA-256 values (empty when
     * nothing): a dossier ZIP built with the uploads is the same as long as this is.
     */
    @ReadWithoutTransaction
    public String fingerprint(UUID filingId) {
        StringBuilder fingerprint = new StringBuilder();
        for (Upload upload : uploads(filingId, false)) {
            fingerprint.append(upload.kind()).append('/').append(upload.fileName()).append('/')
                    .append(upload.sha256()).append(';');
        }
        return fingerprint.toString();
    }

    /**
     * The uploads for the dossier ZIP, which leaves the company: the business licence and the signed commitment
     * letter; the ID photos are named as withheld (found in a walk: no upload was in any ZIP).
     */
    @ReadWithoutTransaction
    public CompanyDocuments forDossier(UUID filingId) {
        List<Upload> uploaded = uploads(filingId, true);
        return new CompanyDocuments(files(uploaded, false), uploaded.stream()
                .filter(upload -> upload.kind().personal()).map(upload -> name(upload.kind())).toList());
    }

    /** The ID photos, for the officer's submission copy only. */
    @ReadWithoutTransaction
    public Map<String, byte[]> personalForSubmission(UUID filingId) {
        return files(uploads(filingId, true), true);
    }

    /** The uploads that are personal data, or those that are not, by their path in the ZIP. */
    private Map<String, byte[]> files(List<Upload> uploaded, boolean personal) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        uploaded.stream().filter(upload -> upload.kind().personal() == personal)
                .forEach(upload -> files.put(path(upload), upload.content()));
        return files;
    }

    /** Named in Chinese, as the CAC's upload asks for them. */
    private String path(Upload upload) {
        return CompanyDocuments.path(name(upload.kind()), upload.fileName());
    }

    private String name(EntityDocumentKind kind) {
        return messages.getMessage("entityDocumentKind." + kind.name(), null, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** Each kind of upload with the file the filing has (its own copy once it left the drafts), or none yet. */
    @ReadWithoutTransaction
    public List<Slot> ofFiling(UUID filingId) {
        Map<EntityDocumentKind, Upload> stored = uploads(filingId, false).stream()
                .collect(Collectors.toMap(Upload::kind, Function.identity()));
        List<Slot> slots = new ArrayList<>();
        for (EntityDocumentKind kind : EntityDocumentKind.values()) {
            Upload upload = stored.get(kind);
            slots.add(upload == null ? new Slot(kind, null, null)
                    : new Slot(kind, upload.fileName(), upload.sha256()));
        }
        return slots;
    }
}
