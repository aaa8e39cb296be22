-- Companies (clients of the portal), users, and who may see what.

create table company (
    id          uuid primary key,
    name        varchar(200) not null,
    name_en     varchar(200),
    archived    boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(100),
    updated_at  timestamptz  not null,
    updated_by  varchar(100)
);
create unique index company_name_uk on company (lower(name));

create table app_user (
    id             uuid primary key,
    username       varchar(100) not null,
    password_hash  varchar(200) not null,
    display_name   varchar(200) not null,
    role           varchar(20)  not null check (role in ('ADMIN', 'CONSULTANT', 'OFFICER')),
    company_id     uuid references company (id),
    enabled        boolean      not null default true,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(100),
    updated_at     timestamptz  not null,
    updated_by     varchar(100),
    -- An officer belongs to exactly one company; administrators and consultants to none.
    constraint app_user_officer_company check ((role = 'OFFICER') = (company_id is not null))
);
create unique index app_user_username_uk on app_user (lower(username));
create index app_user_company_idx on app_user (company_id);

create table consultant_assignment (
    consultant_id  uuid not null references app_user (id) on delete cascade,
    company_id     uuid not null references company (id) on delete cascade,
    assigned_at    timestamptz not null default now(),
    primary key (consultant_id, company_id)
);
create index consultant_assignment_company_idx on consultant_assignment (company_id);
