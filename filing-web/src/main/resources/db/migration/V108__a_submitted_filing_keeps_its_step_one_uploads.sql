-- Step 1's uploads (licence, ID photos, signed commitment letter) are the company's current files, shared by its
-- filings like Step 1's values. A filing sent for review keeps a snapshot of Step 1's values; now it keeps its own
-- copy of the uploads too, so that a file replaced or deleted later (through a draft) no longer changes what was
-- submitted (found in a review: a submitted filing's ZIP took another filing's signed letter). A filing back in
-- draft drops its copy and reads the company's files again, as it reads Step 1 again.
create table filing_entity_document (
    filing_id uuid not null references filing (id) on delete cascade,
    kind varchar(40) not null,
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    created_at timestamptz not null,
    created_by varchar(100),
    primary key (filing_id, kind)
);

-- Filings already frozen keep the files as they are now: the closest to what they were submitted with.
insert into filing_entity_document (filing_id, kind, file_name, content_type, size_bytes, sha256, content,
                                    created_at, created_by)
select f.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.sha256, d.content, d.created_at, d.created_by
  from filing f join entity_document d on d.company_id = f.company_id
 where f.entity_snapshot is not null;
