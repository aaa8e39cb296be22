-- The field catalogue: values a user typed that are not valid yet are kept as typed, beside the valid values,
-- on the record whose fields they belong to (entity on the company, algorithm facts on the algorithm, Step 3 on
-- the filing). Existing dossiers keep their format; only the paths of management-policy comments change, since
-- a policy's fields are now addressed one by one (….policies.ETHICS_REVIEW.content).
alter table company add column typed_input jsonb not null default '{}'::jsonb;
alter table algorithm add column typed_input jsonb not null default '{}'::jsonb;
alter table filing add column typed_input jsonb not null default '{}'::jsonb;

update field_comment set field_path = field_path || '.content'
 where field_path ~ '^entity\.responsibilityTable\.policies\.[A-Z_]+$';
