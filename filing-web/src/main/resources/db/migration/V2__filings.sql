-- Algorithms and their filings. An algorithm is shared by the filings of an entity that files it in both roles;
-- the form content of each is stored as the domain's JSON document, with the columns that are queried,
-- constrained or joined kept relational.

create table algorithm (
    id          uuid primary key,
    company_id  uuid         not null references company (id),
    name        varchar(200) not null,
    content     jsonb        not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(100),
    updated_at  timestamptz  not null,
    updated_by  varchar(100)
);
create index algorithm_company_idx on algorithm (company_id);

create table filing (
    id                 uuid primary key,
    company_id         uuid        not null references company (id),
    algorithm_id       uuid        not null references algorithm (id),
    role               varchar(30) not null check (role in ('SERVICE_PROVIDER', 'TECHNICAL_SUPPORTER')),
    status             varchar(30) not null check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'READY', 'SUBMITTED',
                                                              'APPROVED', 'RETURNED_BY_CAC', 'CANCELLED')),
    content            jsonb       not null,
    version            bigint      not null default 0,
    created_at         timestamptz not null,
    created_by         varchar(100),
    updated_at         timestamptz not null,
    updated_by         varchar(100),
    -- One filing per role for the same algorithm.
    constraint filing_algorithm_role_uk unique (algorithm_id, role)
);
create index filing_company_idx on filing (company_id);
