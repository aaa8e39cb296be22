-- Review workflow: comments on individual fields (threaded, open or resolved) and in-portal notifications.

create table field_comment (
    id           uuid primary key,
    filing_id    uuid         not null references filing (id) on delete cascade,
    field_path   varchar(200) not null,
    parent_id    uuid references field_comment (id) on delete cascade,
    author       varchar(100) not null,
    body         text         not null check (length(body) between 1 and 4000),
    resolved     boolean      not null default false,
    resolved_by  varchar(100),
    resolved_at  timestamptz,
    created_at   timestamptz  not null
);
create index field_comment_filing_idx on field_comment (filing_id, resolved);

create table notification (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    filing_id    uuid references filing (id) on delete cascade,
    message_key  varchar(100) not null,
    argument     varchar(300),
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index notification_user_unread_idx on notification (user_id) where read_at is null;
