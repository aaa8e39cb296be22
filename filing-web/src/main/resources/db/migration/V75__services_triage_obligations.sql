-- Issue 16 (triage branch): a company's services, their applicability triage (versioned: every save of the answers
-- is a row of service_triage_version, append-only like change_log), the obligations register fed by the triage,
-- and the labelling checklist of a generative algorithm.
create table service (
    id              uuid primary key,
    company_id      uuid          not null references company (id),
    name            varchar(200)  not null,
    description     varchar(1000),
    triage_version  varchar(20),
    answers         jsonb         not null default '{}'::jsonb,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(100),
    updated_at      timestamptz   not null,
    updated_by      varchar(100)
);
create index service_company_idx on service (company_id, name);

create table service_triage_version (
    id              bigint generated always as identity primary key,
    service_id      uuid          not null references service (id),
    triage_version  varchar(20)   not null,
    answers         jsonb         not null,
    obligations     jsonb         not null,
    actor           varchar(100)  not null,
    at              timestamptz   not null
);
create index service_triage_version_idx on service_triage_version (service_id, id desc);

create function service_triage_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'service_triage_version is append-only';
end
$$;
create trigger service_triage_version_append_only before update or delete on service_triage_version
    for each row execute function service_triage_version_append_only();
revoke update, delete, truncate on service_triage_version from current_user;

create table obligation (
    id              uuid primary key,
    company_id      uuid          not null references company (id),
    service_id      uuid          not null references service (id),
    kind            varchar(40)   not null,
    detail          varchar(40),
    basis           varchar(60)   not null,
    evidence_level  varchar(20)   not null check (evidence_level in ('PRIMARY', 'SECONDARY', 'UNVERIFIED')),
    -- false once a later triage no longer finds the obligation; the row and its evidence stay.
    applies         boolean       not null default true,
    status          varchar(20)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE')),
    owner_id        uuid references app_user (id),
    evidence_link   varchar(500),
    note            varchar(1000),
    next_review     date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100),
    constraint obligation_service_kind_uk unique (service_id, kind)
);
-- The consultant's dashboard: open obligations of the assigned companies, soonest review first.
create index obligation_open_idx on obligation (company_id, next_review, id)
    where applies and status in ('OPEN', 'IN_PROGRESS');

create table labelling_checklist (
    algorithm_id    uuid primary key references algorithm (id),
    answers         jsonb         not null,
    version         bigint        not null default 0,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)
);
