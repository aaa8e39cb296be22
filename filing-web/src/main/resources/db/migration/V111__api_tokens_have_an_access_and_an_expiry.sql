-- A personal access token reads only, or reads and writes; it expires on a date chosen when it is made, or never.
-- The tokens made before kept their rights: read and write, no expiry.
alter table api_token add column access varchar(16) not null default 'READ_WRITE'
    check (access in ('READ', 'READ_WRITE'));
alter table api_token alter column access drop default;
alter table api_token add column expires_at timestamptz;
