-- The two documents every save writes, the algorithm's and the change log's snapshot, are kept as json instead of
-- jsonb. The portal only ever reads them whole, as text, and no query looks inside them; jsonb made PostgreSQL parse
-- every written document into its binary form and print every read one back as text: a 14 KB snapshot cost about
-- twice the CPU to insert and to read as json (docs/performance.md, "Eighteenth round"). json still refuses text
-- that is not JSON, and gives back exactly what was written, so the algorithm's row is not rewritten by a save that
-- leaves its document as it was (Hibernate compares the text).
-- Changing the type resets the column's storage to the type's default; V92's reasons for external storage hold.
alter table algorithm alter column content type json using content::json;
alter table algorithm alter column content set storage external;
alter table change_log alter column snapshot type json using snapshot::json;
alter table change_log alter column snapshot set storage external;
