-- Every save rewrites the algorithm's document (about 5 KB of JSON) and appends the dossier's snapshot to the change
-- log (about 8 KB). Both are larger than PostgreSQL's 2 KB TOAST threshold, so by default each was compressed with
-- pglz on every write, which cost PostgreSQL more than parsing the JSON: 0.25 ms per snapshot with compression,
-- 0.07 ms without (3,000 inserts of a demo snapshot), and a fifth of its CPU per save round trip under load
-- (docs/performance.md, "Tenth round"). pglz gained little here (8 KB to 6 KB), so these two columns are stored
-- out of line uncompressed. Only rows written from now on change; older rows keep their compression and read as before.
alter table algorithm alter column content set storage external;
alter table change_log alter column snapshot set storage external;
