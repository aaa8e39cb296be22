-- The CAC's approval of a company's entity is an entry of the workflow log of the filing it was recorded from (found in
-- a walk: only the change log had it). Approvals recorded before are added to those logs from the change log: each
-- after the last entry made before it, with the status the filing had then, which it leaves as it was. The entries
-- already there keep their order; the log's places (seq) are counted again for the filings that get one.
create temporary table entity_approval_entry as
select l.id as log_id, l.filing_id, l.actor, l.at, l.detail as note, before.seq as after_seq,
       coalesce(before.to_status, 'DRAFT') as status
from change_log l
left join lateral (select t.seq, t.to_status from filing_transition t
                   where t.filing_id = l.filing_id and t.at <= l.at order by t.seq desc limit 1) before on true
where l.action = 'ENTITY_APPROVED' and l.filing_id is not null and l.detail ~ '^\d{4}-\d{2}-\d{2}$'
  and exists (select 1 from filing f where f.id = l.filing_id)
  and not exists (select 1 from filing_transition t where t.filing_id = l.filing_id
                  and t.action = 'recordEntityApproval' and t.at = l.at);

create temporary table entity_approval_log as
select filing_id, from_status, to_status, action, actor, at, note,
       (row_number() over (partition by filing_id order by place, added, at, log_id) - 1)::integer as seq
from (select t.filing_id, t.from_status, t.to_status, t.action, t.actor, t.at, t.note, t.seq as place, 0 as added,
             null::bigint as log_id
      from filing_transition t where t.filing_id in (select filing_id from entity_approval_entry)
      union all
      select e.filing_id, e.status, e.status, 'recordEntityApproval', e.actor, e.at, e.note,
             coalesce(e.after_seq, -1), 1, e.log_id
      from entity_approval_entry e) entries;

delete from filing_transition where filing_id in (select filing_id from entity_approval_entry);
insert into filing_transition (filing_id, seq, from_status, to_status, action, actor, at, note)
select filing_id, seq, from_status, to_status, action, actor, at, note from entity_approval_log;

drop table entity_approval_log;
drop table entity_approval_entry;
