-- The large-model filing is reviewed as the algorithm filing is: the company submits it for review, the consultant
-- returns it with a reason or finds it ready to file; while in review or ready it is not edited. Messages about it
-- lead to it.
alter table model_filing drop constraint if exists model_filing_status_check;
alter table model_filing add constraint model_filing_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'READY'));
alter table model_filing add column return_reason varchar(2000);
alter table notification add column model_filing_id uuid references model_filing (id);
