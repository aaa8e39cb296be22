-- A filing given up before it was filed (a draft started by mistake, a change whose approved filing was cancelled)
-- is withdrawn: closed, kept as a record, without a deadline.
alter table filing drop constraint filing_status_check;
alter table filing add constraint filing_status_check check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'READY',
    'SUBMITTED', 'APPROVED', 'RETURNED_BY_CAC', 'CANCELLED', 'WITHDRAWN'));
