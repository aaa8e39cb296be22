-- The dashboard filters, sorts and pages on the server: the due date is stored (computed from the launch date
-- and the official working-day calendar on every save), and the columns it filters on are indexed.
alter table filing add column due_date date;
create index filing_company_updated_idx on filing (company_id, updated_at desc);
create index filing_company_status_idx on filing (company_id, status);
create index filing_due_date_idx on filing (due_date) where due_date is not null;
create index algorithm_name_lower_idx on algorithm (lower(name) varchar_pattern_ops);
create index filing_updated_idx on filing (updated_at desc);
