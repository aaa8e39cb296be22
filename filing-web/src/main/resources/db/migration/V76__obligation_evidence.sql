-- Issue 16 (triage branch): files kept as evidence of an obligation (a filing receipt, an assessment report, a
-- screenshot of the label), next to the evidence link.
create table obligation_evidence (
    id             uuid primary key,
    obligation_id  uuid          not null references obligation (id),
    file_name      varchar(200)  not null,
    content_type   varchar(100)  not null,
    content        bytea         not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(100)  not null
);
create index obligation_evidence_idx on obligation_evidence (obligation_id, uploaded_at);
