-- The rows of an uploaded list that were not read (something in them, nothing in the first column): how many and the
-- first of their numbers, shown with the list until another file replaces it (said once after the upload before).
alter table model_filing_list add column skipped_count integer not null default 0;
alter table model_filing_list add column skipped_rows varchar(300);
