-- Regulatory fidelity (issue 15): Step 1's uploads, the company's own evidence: the business licence scan, the ID
-- document images of the legal representative and of the algorithm security officer, and the signed and stamped
-- commitment letter. One current file per kind and company; a new upload replaces it.
create table entity_document (
    id uuid primary key,
    company_id uuid not null references company (id),
    kind varchar(40) not null,
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    created_at timestamptz not null,
    created_by varchar(100),
    unique (company_id, kind)
);
