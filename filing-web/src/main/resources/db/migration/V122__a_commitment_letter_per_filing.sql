-- The signed commitment letter names the algorithm and the role it is filed in: from now on each filing has its own
-- (one company-wide letter went into another algorithm's dossier). A letter a company uploaded before is kept as the
-- letter of each of its filings that showed it (those without a Step 1 snapshot), so nothing uploaded is lost; a
-- filing that left the drafts keeps the copy it took then.
insert into filing_entity_document (filing_id, kind, file_name, content_type, size_bytes, sha256, content,
                                    created_at, created_by)
select f.id, d.kind, d.file_name, d.content_type, d.size_bytes, d.sha256, d.content, d.created_at, d.created_by
  from entity_document d
  join filing f on f.company_id = d.company_id
 where d.kind = 'SIGNED_COMMITMENT_LETTER'
   and f.entity_snapshot is null
on conflict do nothing;

delete from entity_document where kind = 'SIGNED_COMMITMENT_LETTER';
