-- Invitations by one-time link, and e-mail addresses for optional notification mails.
alter table app_user add column email varchar(254);

create table invitation (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);
