-- A filing that left the draft state keeps the company's entity information as it was then (issue 13): later
-- edits of the company's shared Step 1 affect only drafts. Existing non-draft filings are frozen as they are now.
alter table filing add column entity_snapshot jsonb;

update filing f
   set entity_snapshot = case when c.entity_profile ->> 'name' is null
                              then jsonb_set(c.entity_profile, '{name}', to_jsonb(c.name))
                              else c.entity_profile end
  from company c
 where c.id = f.company_id
   and f.status not in ('DRAFT', 'RETURNED', 'RETURNED_BY_CAC');
