-- Every save rewrites the algorithm's document (about 5 KB of JSON) and appends the dossier's snapshot to the change
-- log (8-10 KB). Both are larger than PostgreSQL's 2 KB TOAST threshold, so by default each was compressed with pglz
-- on every write (to about 6 KB), which cost PostgreSQL more than anything else in the insert: 3,000 inserts of a
-- demo snapshot took 1.1-1.2 s compressed and 0.3-0.6 s uncompressed, and on one connection PostgreSQL's CPU per
-- request of a save round trip fell by a fifth (docs/performance.md, "Tenth round"). So these two columns are stored
-- out of line without compression, at the price of about half as much disk again for the change log. Only rows
-- written from now on change; older rows keep their compression and read as before.
alter table algorithm alter column content set storage external;
alter table change_log alter column snapshot set storage external;
