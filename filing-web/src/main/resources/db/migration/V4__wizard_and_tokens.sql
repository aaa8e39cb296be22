-- Where each filing's wizard was left, and personal access tokens for the REST API.

alter table filing add column last_step varchar(30) not null default 'ENTITY'
    check (last_step in ('ENTITY', 'ALGORITHM_BASIC', 'ALGORITHM_DETAILED', 'SELF_ASSESSMENT', 'STEP3', 'REVIEW'));

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(12)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
