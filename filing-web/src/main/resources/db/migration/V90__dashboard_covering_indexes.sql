-- The dashboard at 100,000 filings (issue 12). Both indexes replace narrower ones, so a save maintains as many
-- filing indexes as before.
--
-- The charts and the page totals read status, role and due date of every reachable filing: with all four columns
-- in one index that read is an index-only scan per company instead of a visit to every filing row.
drop index filing_company_status_idx;
create index filing_company_tally_idx on filing (company_id, status, role, due_date);
-- A page of the newest changes (and a deep page such as page 300) walks this index in order and checks the company
-- against the user's reach without visiting the rows it skips; the id is what the page query selects.
drop index filing_updated_idx;
create index filing_updated_company_idx on filing (updated_at desc, company_id, id);
