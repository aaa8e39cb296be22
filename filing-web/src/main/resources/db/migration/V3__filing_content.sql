-- The full filing: Step 1 on the company, Step 2 on the algorithm, Step 3 and the lifecycle on the filing,
-- the lifecycle history as an append-only table, and the evidence files.

alter table company add column entity_profile jsonb not null default '{}'::jsonb;
alter table company add column credit_code varchar(18);
create unique index company_credit_code_uk on company (credit_code) where credit_code is not null;

alter table algorithm add column algorithm_type varchar(40);
alter table algorithm add column launch_date date;

alter table filing rename column content to step3;
alter table filing add column kind varchar(10) not null default 'INITIAL' check (kind in ('INITIAL', 'CHANGE'));
alter table filing add column previous_filing_id uuid references filing (id);
alter table filing add column form_version varchar(20) not null default '2025.2';
alter table filing add column submitted_on date;
alter table filing add column filing_number varchar(40);
alter table filing add column approved_on date;
alter table filing add column cac_return_reason text;
alter table filing add column service_ended_on date;
alter table filing add column cancelled_on date;
alter table filing add column cancellation_reason text;
alter table filing alter column kind drop default;
alter table filing alter column form_version drop default;
create unique index filing_number_uk on filing (filing_number) where filing_number is not null;
alter table filing add constraint filing_number_shape check (filing_number is null or filing_number ~ '^网信算备[0-9]{21}号$');
alter table filing add constraint filing_approved_has_number
    check (status not in ('APPROVED', 'CANCELLED') or (filing_number is not null and approved_on is not null));
alter table filing add constraint filing_submitted_has_date
    check (status not in ('SUBMITTED', 'APPROVED', 'CANCELLED') or submitted_on is not null);
alter table filing add constraint filing_change_has_previous check ((kind = 'CHANGE') = (previous_filing_id is not null));
create index filing_algorithm_idx on filing (algorithm_id);

create table filing_transition (
    filing_id    uuid         not null references filing (id) on delete cascade,
    seq          integer      not null,
    from_status  varchar(30),
    to_status    varchar(30)  not null,
    action       varchar(40)  not null,
    actor        varchar(100) not null,
    at           timestamptz  not null,
    note         text,
    primary key (filing_id, seq)
);

create table evidence_file (
    id            uuid primary key,
    algorithm_id  uuid         not null references algorithm (id) on delete cascade,
    evidence_key  varchar(64)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null check (content_type in ('image/png', 'image/jpeg', 'application/pdf')),
    size_bytes    bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256        varchar(64)  not null,
    content       bytea        not null,
    created_at    timestamptz  not null,
    created_by    varchar(100),
    constraint evidence_file_key_uk unique (algorithm_id, evidence_key)
);
