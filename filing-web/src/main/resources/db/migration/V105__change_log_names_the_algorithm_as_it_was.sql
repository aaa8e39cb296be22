-- The audit log names each entry's algorithm as it was named when the entry was written (found in a walk: a filing's
-- creation, logged under its first name, showed the name it got later). Entries written before keep showing the
-- current name: the log is append-only, and its earlier rows are not rewritten.
alter table change_log add column algorithm_name varchar(300);
