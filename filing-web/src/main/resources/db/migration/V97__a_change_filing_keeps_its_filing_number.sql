-- A change filing (变更备案) is approved under the number of the filing it changes: the number is no longer unique
-- across filings, only across chains of changes, which FilingService.filingNumberTakenByAnother checks before the
-- approval is recorded. The index stays for looking numbers up.
drop index if exists filing_number_uk;
create index filing_number_idx on filing (filing_number) where filing_number is not null;
