-- The audit log's filter "users, access and companies" reads the entries about no filing, newest first. Partial:
-- a filing's save (most of the log) writes nothing to it.
create index change_log_account_events_idx on change_log (id desc)
    where filing_id is null and model_filing_id is null;
