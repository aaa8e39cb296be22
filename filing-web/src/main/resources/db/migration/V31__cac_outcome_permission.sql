-- Issue 13: the CAC's outcome (submission, approval, return) is recorded by the consultant, or by the company's
-- officers where an administrator allowed it.
alter table company add column officers_record_cac_outcome boolean not null default false;
