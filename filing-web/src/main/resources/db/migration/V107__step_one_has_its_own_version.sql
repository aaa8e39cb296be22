-- Step 1's own version, moved only by what Step 1 shows (its values, its typed values, the name it falls back to).
-- The company's row version also moves when an administrator renames or archives the company, changes who records
-- the CAC's outcome, or the entity's approval is recorded: as Step 1's version that refused officers' Step 1 saves
-- and every API client's ETag of the company's filings although nobody had changed Step 1. Starts where the row's
-- version stands, so that forms and ETags issued before the upgrade stay valid.
alter table company add column entity_version bigint not null default 0;
update company set entity_version = version;
