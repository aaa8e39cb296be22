-- The changes of a filing are looked up by the filing they change (is it replaced by an approved change, is a change
-- of it open, which approved filings on a dashboard page were replaced): an index on the reference, changes only.
create index filing_previous_idx on filing (previous_filing_id) where previous_filing_id is not null;
