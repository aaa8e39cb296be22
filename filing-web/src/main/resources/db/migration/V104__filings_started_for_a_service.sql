-- The algorithm filings started from a service's triage result, so that what is done in such a filing later (its
-- labelling checklist saved from the filing's own pages) reaches the service's obligations too (found in a walk: the
-- labelling obligation stayed "open" when the checklist was opened from the filing rather than from the triage).
create table service_filing (
    service_id uuid not null references service (id) on delete cascade,
    filing_id  uuid not null references filing (id) on delete cascade,
    primary key (service_id, filing_id)
);
create index service_filing_filing_idx on service_filing (filing_id);
