-- Issue 14: the sign-in throttle in the database, so that failures are counted across all portal nodes. One row
-- per client address and per (normalised) username that failed recently; housekeeping deletes rows whose window
-- has passed, so the table stays as small as the current attack.
create table login_throttle (
    scope           varchar(8)   not null check (scope in ('ADDRESS', 'ACCOUNT')),
    subject         varchar(100) not null,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    constraint login_throttle_pk primary key (scope, subject)
);

create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
